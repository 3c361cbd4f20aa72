package org.chainrule.grader.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainrule.grader.intake.ExerciseDeclaration;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The allow-list a student's compiled classes must pass before any of them runs: what an
 * exercise may touch is named, everything else is refused with the class, method, line and call.
 *
 * <p>Allowed: the exercise's own classes (the registry's {@code classes} and their nested
 * classes); the registry's {@code allowed} framework packages or classes; the JDK basics of
 * {@link JdkRules}; and exactly the {@code invokedynamic} bootstraps {@code javac} emits for
 * lambdas, string concatenation and records. Checked: calls (judged by the class that declares
 * the method), field reads and writes, created and cast types, caught exceptions, class,
 * method-type and method-handle constants, superclasses and interfaces, declared field and
 * method types, annotations, native methods and finalizers, and every class the constant pool
 * names.
 */
public final class BytecodePolicy {
    private final ExerciseDeclaration exercise;
    private final ClassLoader frameworkLoader;

    /**
     * @param exercise        the exercise whose classes are checked
     * @param frameworkLoader a loader that sees the framework and the JDK; classes are loaded
     *                        through it without initialisation, to find who declares a member
     */
    public BytecodePolicy(ExerciseDeclaration exercise, ClassLoader frameworkLoader) {
        this.exercise = exercise;
        this.frameworkLoader = frameworkLoader;
    }

    /**
     * Every violation in {@code classFiles}, in class order; empty when the code may run.
     *
     * @param classFiles the bytes of each compiled class of the exercise (keys are not used)
     */
    public List<Violation> check(Map<String, byte[]> classFiles) {
        Map<String, Hierarchy.Own> own = new HashMap<>();
        List<ClassReader> readers = new ArrayList<>();
        for (byte[] bytes : classFiles.values()) {
            ClassReader reader = new ClassReader(bytes);
            readers.add(reader);
            own.put(reader.getClassName(), shape(reader));
        }
        return check(readers, own);
    }

    /**
     * What the tests call on the student's classes that those classes do not have (a changed
     * signature, a missing method), one line each: {@code MulGate.backward(Tensor, Tensor)}.
     *
     * @param studentClasses the student's compiled classes
     * @param testClasses    the exercise's compiled tests
     */
    public List<String> missingMembers(Map<String, byte[]> studentClasses, Map<String, byte[]> testClasses) {
        Map<String, Hierarchy.Own> own = new HashMap<>();
        for (byte[] bytes : studentClasses.values()) {
            ClassReader reader = new ClassReader(bytes);
            own.put(reader.getClassName(), shape(reader));
        }
        Hierarchy hierarchy = new Hierarchy(own, frameworkLoader);
        Rules rules = new Rules(exercise, hierarchy);
        Set<String> missing = new java.util.TreeSet<>();
        for (byte[] bytes : testClasses.values()) {
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
                            boolean present = method.equals("<init>") // constructors are not inherited
                                    ? own.containsKey(owner) && own.get(owner).methods().contains(method + desc)
                                    : hierarchy.hasMethod(owner, method, desc);
                            if (rules.isOwn(owner) && !present) {
                                missing.add(Rules.dotted(owner).substring(exercise.packageName().length() + 1) + "."
                                        + (method.equals("<init>") ? "constructor" : method) + "(" + arguments(desc) + ")");
                            }
                        }

                        @Override
                        public void visitFieldInsn(int opcode, String owner, String field, String desc) {
                            if (rules.isOwn(owner) && !hierarchy.hasField(owner, field)) {
                                missing.add(Rules.dotted(owner).substring(exercise.packageName().length() + 1) + "." + field);
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_FRAMES);
        }
        return List.copyOf(missing);
    }

    private List<Violation> check(List<ClassReader> readers, Map<String, Hierarchy.Own> own) {
        readers.sort((a, b) -> a.getClassName().compareTo(b.getClassName()));
        Rules rules = new Rules(exercise, new Hierarchy(own, frameworkLoader));
        List<Violation> violations = new ArrayList<>();
        for (ClassReader reader : readers) {
            Set<Violation> found = new LinkedHashSet<>();
            Set<String> refusedTypes = new HashSet<>();
            PolicyVisitor visitor = new PolicyVisitor(rules, found, refusedTypes);
            reader.accept(visitor, ClassReader.SKIP_FRAMES);
            constantPool(reader, visitor.sourceFile(), rules, found, refusedTypes);
            violations.addAll(found);
        }
        return violations;
    }

    /** Types and members named by no instruction but still in the constant pool (dead code, attributes). */
    private static void constantPool(ClassReader reader, String sourceFile, Rules rules, Set<Violation> found,
                                     Set<String> refusedTypes) {
        char[] buffer = new char[reader.getMaxStringLength()];
        String className = reader.getClassName();
        for (int i = 1; i < reader.getItemCount(); i++) {
            int offset = reader.getItem(i);
            if (offset == 0) {
                continue;
            }
            int tag = reader.readByte(offset - 1);
            if (tag == Rules.CONSTANT_CLASS) {
                String type = reader.readUTF8(offset, buffer);
                String reason = rules.constantPoolClassRefusal(type);
                if (reason != null && refusedTypes.add(Rules.elementType(type))) {
                    found.add(rules.violation(className, null, sourceFile, 0,
                            "refers to " + Rules.dotted(Rules.elementType(type)) + " (constant pool)", reason));
                }
            } else if (tag == Rules.CONSTANT_DYNAMIC || tag == Rules.CONSTANT_MODULE || tag == Rules.CONSTANT_PACKAGE) {
                found.add(rules.violation(className, null, sourceFile, 0, "holds a dynamic, module or package constant",
                        "javac emits none for an exercise; hand-made bytecode is not allowed"));
            }
        }
    }

    private static Hierarchy.Own shape(ClassReader reader) {
        Set<String> methods = new HashSet<>();
        Set<String> fields = new HashSet<>();
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                fields.add(name);
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                methods.add(name + descriptor);
                return null;
            }
        }, ClassReader.SKIP_CODE);
        return new Hierarchy.Own(reader.getSuperName(), List.of(reader.getInterfaces()), methods, fields);
    }

    /** {@code (DLjava/lang/String;)V} → {@code double, String}. */
    static String arguments(String descriptor) {
        List<String> names = new ArrayList<>();
        for (Type t : Type.getArgumentTypes(descriptor)) {
            String name = t.getClassName();
            names.add(name.substring(name.lastIndexOf('.') + 1));
        }
        return String.join(", ", names);
    }
}
