package org.chainrule.grader.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.chainrule.grader.intake.ExerciseDeclaration;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** Bytecode javac never emits but a hand-made class file can hold: the policy refuses it too. */
class HandMadeBytecodeTest {
    private static final ExerciseDeclaration GATES = new ExerciseDeclaration("E02", "org.chainrule.exercises.gates",
            "Gates", List.of("MulGate"), List.of("org.chainrule.core"));
    private static final String MUL_GATE = "org/chainrule/exercises/gates/MulGate";

    private static List<String> check(byte[] bytes) {
        return new BytecodePolicy(GATES, HandMadeBytecodeTest.class.getClassLoader()).check(Map.of("MulGate", bytes))
                .stream().map(Violation::message).toList();
    }

    /** A class {@code MulGate} with one static method {@code backward} whose code {@code body} writes at line 7. */
    private static byte[] mulGate(java.util.function.Consumer<MethodVisitor> body, java.util.function.Consumer<ClassWriter> extra) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, MUL_GATE, null, "java/lang/Object", null);
        cw.visitSource("MulGate.java", null);
        extra.accept(cw);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "backward", "()V", null, null);
        mv.visitCode();
        Label start = new Label();
        mv.visitLabel(start);
        mv.visitLineNumber(7, start);
        body.accept(mv);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    @Test
    void methodHandleAndMethodTypeConstantsAreRefused() {
        Handle exit = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/System", "exit", "(I)V", false);
        byte[] bytes = mulGate(mv -> {
            mv.visitLdcInsn(exit);
            mv.visitInsn(Opcodes.POP);
            mv.visitLdcInsn(Type.getMethodType("()V"));
            mv.visitInsn(Opcodes.POP);
        }, cw -> { });
        assertThat(check(bytes)).contains(
                "MulGate.backward (MulGate.java:7): loads a MethodHandle constant — method handles are not allowed",
                "MulGate.backward (MulGate.java:7): loads a MethodType constant — method handles are not allowed");
    }

    @Test
    void aBootstrapJavacDoesNotEmitIsRefused() {
        Handle own = new Handle(Opcodes.H_INVOKESTATIC, MUL_GATE, "boot",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;",
                false);
        Handle constant = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/ConstantBootstraps", "nullConstant",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
        byte[] bytes = mulGate(mv -> {
            mv.visitInvokeDynamicInsn("run", "()Ljava/lang/Runnable;", own);
            mv.visitInsn(Opcodes.POP);
            mv.visitLdcInsn(new ConstantDynamic("nothing", "Ljava/lang/Object;", constant));
            mv.visitInsn(Opcodes.POP);
        }, cw -> { });
        assertThat(check(bytes)).contains(
                "MulGate.backward (MulGate.java:7): uses invokedynamic with bootstrap org.chainrule.exercises.gates.MulGate.boot"
                        + " — only the bootstraps javac emits for lambdas, string concatenation and records are allowed",
                "MulGate.backward (MulGate.java:7): loads a dynamic constant — method handles are not allowed",
                "MulGate.(class) (MulGate.java): holds a dynamic, module or package constant — javac emits none for an "
                        + "exercise; hand-made bytecode is not allowed");
    }

    @Test
    void aLambdaMetafactoryCallSiteWhoseTargetIsForbiddenIsRefused() {
        Handle metafactory = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/LambdaMetafactory", "metafactory",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                        + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
                        + "Ljava/lang/invoke/CallSite;", false);
        Handle halt = new Handle(Opcodes.H_INVOKEVIRTUAL, "java/lang/Runtime", "halt", "(I)V", false);
        byte[] bytes = mulGate(mv -> {
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitInvokeDynamicInsn("accept", "(Ljava/lang/Runtime;)Ljava/util/function/IntConsumer;", metafactory,
                    Type.getMethodType("(I)V"), halt, Type.getMethodType("(I)V"));
            mv.visitInsn(Opcodes.POP);
        }, cw -> { });
        assertThat(check(bytes)).containsExactly(
                "MulGate.backward (MulGate.java:7): calls java.lang.Runtime.halt(int) — ending or steering the JVM is not "
                        + "allowed: the grader would lose every result");
    }

    @Test
    void aClassNamedOnlyInTheConstantPoolIsRefused() {
        byte[] bytes = mulGate(mv -> { }, cw -> cw.newClass("java/lang/Thread"));
        assertThat(check(bytes)).containsExactly("MulGate.(class) (MulGate.java): refers to java.lang.Thread (constant pool)"
                + " — threads, executors and parallel streams are not allowed: an exercise runs on one thread");
    }

    @Test
    void aPlainHandMadeClassPasses() {
        assertThat(check(mulGate(mv -> { }, cw -> { }))).isEmpty();
    }
}
