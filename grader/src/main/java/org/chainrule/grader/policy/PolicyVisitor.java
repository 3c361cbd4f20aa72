package org.chainrule.grader.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** Walks one class and records each {@link Violation} of the {@link Rules}. */
final class PolicyVisitor extends ClassVisitor {
    private final Rules rules;
    private final Set<Violation> found;
    private final Set<String> refusedTypes;
    private String className;
    private String sourceFile = "?";
    /** Class-level findings, reported once the source file is known (it is visited after the header). */
    private final List<String[]> header = new ArrayList<>();

    PolicyVisitor(Rules rules, Set<Violation> found, Set<String> refusedTypes) {
        super(Opcodes.ASM9);
        this.rules = rules;
        this.found = found;
        this.refusedTypes = refusedTypes;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        className = name;
        if (!rules.isOwn(name)) {
            String reason = rules.typeRefusal(name);
            refusedTypes.add(name);
            header.add(new String[] {"is compiled as " + Rules.dotted(name),
                    reason != null ? reason : "only the exercise's declared classes and their nested classes are accepted"});
        }
        List<String> supers = new ArrayList<>(List.of(interfaces));
        if (superName != null) {
            supers.add(0, superName);
        }
        for (String type : supers) {
            String reason = rules.typeRefusal(type);
            if (reason != null) {
                refusedTypes.add(Rules.elementType(type));
                header.add(new String[] {(type.equals(superName) ? "extends " : "implements ") + Rules.dotted(type), reason});
            }
        }
    }

    /** The source file named by the class, or {@code ?}. */
    String sourceFile() {
        return sourceFile;
    }

    @Override
    public void visitEnd() {
        List<Violation> later = new ArrayList<>(found);
        found.clear();
        for (String[] h : header) {
            report(null, 0, h[0], h[1]);
        }
        found.addAll(later);
    }

    @Override
    public void visitSource(String source, String debug) {
        if (source != null) {
            sourceFile = source;
        }
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
        type(null, 0, Type.getType(descriptor).getInternalName(), "is annotated with ");
        return null;
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        type(null, 0, Type.getType(descriptor).getInternalName(), "declares field " + name + " of type ");
        return null;
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        if ((access & Opcodes.ACC_NATIVE) != 0) {
            report(name, 0, "declares a native method", "native code (JNI) is not allowed");
        }
        if (name.equals("finalize") && descriptor.equals("()V")) {
            report(name, 0, "declares finalize()", "finalizers run on a thread of their own: not allowed");
        }
        Type method = Type.getMethodType(descriptor);
        type(name, 0, method.getReturnType().getInternalName(), "returns ");
        for (Type argument : method.getArgumentTypes()) {
            type(name, 0, argument.getInternalName(), "takes a parameter of type ");
        }
        return new Code(name);
    }

    /** Records a violation when {@code type} is refused; {@code what} + the type's name describes the use. */
    private void type(String method, int line, String type, String what) {
        String reason = rules.typeRefusal(type);
        if (reason != null) {
            refusedTypes.add(Rules.elementType(type));
            report(method, line, what + Rules.dotted(Rules.elementType(type)), reason);
        }
    }

    private void report(String method, int line, String what, String reason) {
        found.add(rules.violation(className, method, sourceFile, line, what, reason));
    }

    /** The checks on one method's instructions, with the current source line. */
    private final class Code extends MethodVisitor {
        private final String method;
        private int line;
        /** Catch types whose handler has not been reached yet: reported at the handler's line. */
        private final Map<Label, String> pendingCatches = new HashMap<>();
        private final Set<String> armedCatches = new LinkedHashSet<>();

        Code(String method) {
            super(Opcodes.ASM9);
            this.method = method;
        }

        @Override
        public void visitLineNumber(int line, Label start) {
            this.line = line;
            flushCatches();
        }

        @Override
        public void visitLabel(Label label) {
            String type = pendingCatches.remove(label);
            if (type != null) {
                armedCatches.add(type);
            }
        }

        @Override
        public void visitEnd() {
            armedCatches.addAll(pendingCatches.values());
            flushCatches();
        }

        private void flushCatches() {
            for (String type : armedCatches) {
                type(method, line, type, "catches ");
            }
            armedCatches.clear();
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            type(method, line, type, opcode == Opcodes.NEW ? "creates " : "uses type ");
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
            type(method, line, descriptor, "creates an array of ");
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            if (type != null && rules.typeRefusal(type) != null) {
                pendingCatches.put(handler, type);
            }
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            boolean write = opcode == Opcodes.PUTFIELD || opcode == Opcodes.PUTSTATIC;
            String declaring = rules.hierarchy().declaringField(owner, name);
            String what = (write ? "writes field " : "reads field ") + Rules.dotted(declaring) + "." + name;
            String reason = rules.typeRefusal(owner);
            if (reason == null) {
                reason = write && !rules.isOwn(declaring)
                        ? "only the exercise's own fields may be written"
                        : rules.memberRefusal(owner, declaring, name);
            }
            if (reason != null) {
                refusedTypes.add(Rules.elementType(owner));
                report(method, line, what, reason);
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            call(owner, name, descriptor);
        }

        private void call(String owner, String name, String descriptor) {
            if (name.equals("<init>")) {
                type(method, line, owner, "creates ");
                return;
            }
            String declaring = owner.startsWith("[") ? owner : rules.hierarchy().declaringMethod(owner, name, descriptor);
            String reason = rules.typeRefusal(owner);
            if (reason == null) {
                reason = rules.memberRefusal(owner, declaring, name);
            }
            if (reason != null) {
                refusedTypes.add(Rules.elementType(owner));
                report(method, line, "calls " + Rules.dotted(declaring) + "." + name + "("
                        + BytecodePolicy.arguments(descriptor) + ")", reason);
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... arguments) {
            if (!Rules.isJavacBootstrap(bsm)) {
                report(method, line, "uses invokedynamic with bootstrap " + Rules.dotted(bsm.getOwner()) + "." + bsm.getName(),
                        "only the bootstraps javac emits for lambdas, string concatenation and records are allowed");
                return;
            }
            type(method, line, Type.getReturnType(descriptor).getInternalName(), "makes a lambda of type ");
            for (Object argument : arguments) {
                if (argument instanceof Handle handle) {
                    handle(handle);
                } else if (argument instanceof Type type && type.getSort() == Type.OBJECT) {
                    type(method, line, type.getInternalName(), "makes a lambda that is also a ");
                } else if (argument instanceof ConstantDynamic) {
                    report(method, line, "passes a dynamic constant to a bootstrap", "javac emits none for an exercise");
                }
            }
        }

        /** A method reference or record accessor handed to a bootstrap: judged as the call or field use it makes. */
        private void handle(Handle handle) {
            switch (handle.getTag()) {
                case Opcodes.H_GETFIELD -> visitFieldInsn(Opcodes.GETFIELD, handle.getOwner(), handle.getName(), handle.getDesc());
                case Opcodes.H_GETSTATIC -> visitFieldInsn(Opcodes.GETSTATIC, handle.getOwner(), handle.getName(), handle.getDesc());
                case Opcodes.H_PUTFIELD -> visitFieldInsn(Opcodes.PUTFIELD, handle.getOwner(), handle.getName(), handle.getDesc());
                case Opcodes.H_PUTSTATIC -> visitFieldInsn(Opcodes.PUTSTATIC, handle.getOwner(), handle.getName(), handle.getDesc());
                default -> call(handle.getOwner(), handle.getName(), handle.getDesc());
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            if (value instanceof Type type && (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY)) {
                type(method, line, type.getInternalName(), "loads the class constant ");
            } else if (value instanceof Type || value instanceof Handle || value instanceof ConstantDynamic) {
                report(method, line, "loads a " + (value instanceof Type ? "MethodType" : value instanceof Handle
                        ? "MethodHandle" : "dynamic") + " constant", "method handles are not allowed");
            }
        }
    }
}
