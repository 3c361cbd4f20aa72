package org.chainrule.grader.policy;

import java.util.List;
import java.util.Set;
import org.chainrule.grader.intake.ExerciseDeclaration;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;

/**
 * The decisions behind {@link BytecodePolicy}: is a type allowed, is a member allowed, is a
 * bootstrap one that {@code javac} emits; and the reason a student reads when not.
 */
final class Rules {
    static final int CONSTANT_CLASS = 7;
    static final int CONSTANT_DYNAMIC = 17;
    static final int CONSTANT_MODULE = 19;
    static final int CONSTANT_PACKAGE = 20;

    private static final String LOOKUP = "Ljava/lang/invoke/MethodHandles$Lookup;";
    private static final String METHOD_TYPE = "Ljava/lang/invoke/MethodType;";
    private static final String CALL_SITE = "Ljava/lang/invoke/CallSite;";

    /** The bootstraps javac emits for lambdas and method references, string concatenation, records. */
    private static final Set<String> BOOTSTRAPS = Set.of(
            "java/lang/invoke/LambdaMetafactory.metafactory(" + LOOKUP + "Ljava/lang/String;" + METHOD_TYPE
                    + METHOD_TYPE + "Ljava/lang/invoke/MethodHandle;" + METHOD_TYPE + ")" + CALL_SITE,
            "java/lang/invoke/LambdaMetafactory.altMetafactory(" + LOOKUP + "Ljava/lang/String;" + METHOD_TYPE
                    + "[Ljava/lang/Object;)" + CALL_SITE,
            "java/lang/invoke/StringConcatFactory.makeConcatWithConstants(" + LOOKUP + "Ljava/lang/String;"
                    + METHOD_TYPE + "Ljava/lang/String;[Ljava/lang/Object;)" + CALL_SITE,
            "java/lang/invoke/StringConcatFactory.makeConcat(" + LOOKUP + "Ljava/lang/String;" + METHOD_TYPE + ")"
                    + CALL_SITE,
            "java/lang/runtime/ObjectMethods.bootstrap(" + LOOKUP + "Ljava/lang/String;Ljava/lang/invoke/TypeDescriptor;"
                    + "Ljava/lang/Class;Ljava/lang/String;[Ljava/lang/invoke/MethodHandle;)Ljava/lang/Object;");

    /** Classes the constant pool names for those bootstraps; no instruction may use them. */
    private static final Set<String> BOOTSTRAP_PLUMBING = Set.of("java/lang/invoke/LambdaMetafactory",
            "java/lang/invoke/StringConcatFactory", "java/lang/runtime/ObjectMethods", "java/lang/invoke/MethodHandles",
            "java/lang/invoke/MethodHandles$Lookup");

    private final ExerciseDeclaration exercise;
    private final Hierarchy hierarchy;

    Rules(ExerciseDeclaration exercise, Hierarchy hierarchy) {
        this.exercise = exercise;
        this.hierarchy = hierarchy;
    }

    Hierarchy hierarchy() {
        return hierarchy;
    }

    /** {@code [[Ljava/lang/Thread;} → {@code java/lang/Thread}; a primitive array → its descriptor. */
    static String elementType(String type) {
        String t = type;
        while (t.startsWith("[")) {
            t = t.substring(1);
        }
        return t.startsWith("L") && t.endsWith(";") ? t.substring(1, t.length() - 1) : t;
    }

    static String dotted(String internalName) {
        return internalName.replace('/', '.');
    }

    /** True for the exercise's own classes: the declared ones and their nested classes. */
    boolean isOwn(String internalName) {
        String pkg = exercise.packagePath() + "/";
        if (!internalName.startsWith(pkg)) {
            return false;
        }
        String simple = internalName.substring(pkg.length());
        int nested = simple.indexOf('$');
        return !simple.contains("/") && exercise.classes().contains(nested < 0 ? simple : simple.substring(0, nested));
    }

    /** Why {@code type} (internal name or descriptor-style array) may not be used, or {@code null}. */
    String typeRefusal(String type) {
        String t = elementType(type);
        if (t.length() == 1 || isOwn(t) || JdkRules.allowsType(t) || framework(t)) {
            return null;
        }
        if (t.startsWith("org/chainrule/exercises/")) {
            return "not one of " + exercise.id() + "'s classes (" + String.join(", ", exercise.classes())
                    + "): an exercise uses only its own classes and the framework";
        }
        String reason = Reasons.of(dotted(t));
        if (reason != null) {
            return reason;
        }
        if (t.startsWith("org/chainrule/")) {
            return exercise.allowed().isEmpty() ? exercise.id() + " may not use the framework"
                    : exercise.id() + " may use only " + allowedFramework() + " from the framework";
        }
        return "not on " + exercise.id() + "'s allow-list: " + allowedFramework() + " and the JDK basics "
                + "(java.lang numbers, strings, Math, exceptions, printing; java.util collections and functions; "
                + "sequential streams)";
    }

    /** Like {@link #typeRefusal}, but the bootstraps' own classes may sit in the constant pool. */
    String constantPoolClassRefusal(String type) {
        return BOOTSTRAP_PLUMBING.contains(type) ? null : typeRefusal(type);
    }

    /** Why member {@code name} of {@code declaring} may not be used, or {@code null}. */
    String memberRefusal(String owner, String declaring, String name) {
        if (isOwn(declaring) || declaring.startsWith("[")) {
            return null;
        }
        for (String method : List.of(dotted(owner) + "#" + name, dotted(declaring) + "#" + name)) {
            if (exercise.forbidden().contains(method)) {
                return exercise.id() + " asks you to write this yourself: " + method.replace('#', '.')
                        + " is the answer the exercise is about";
            }
        }
        if (declaring.startsWith("java/") && !declaring.equals(owner) && !isPublic(declaring)) {
            return JdkRules.allowsMember(owner, name) ? null : memberReason(owner, name);
        }
        String typeReason = typeRefusal(declaring);
        if (typeReason != null) {
            return typeReason;
        }
        if (framework(declaring) || JdkRules.allowsMember(declaring, name)) {
            return null;
        }
        return memberReason(declaring, name);
    }

    private static String memberReason(String declaring, String name) {
        String reason = Reasons.of(dotted(declaring) + "." + name);
        return reason != null ? reason : dotted(declaring) + "." + name + " is not among the allowed members";
    }

    /** True for the bootstraps of {@link #BOOTSTRAPS}, called as static methods. */
    static boolean isJavacBootstrap(Handle bsm) {
        return bsm.getTag() == Opcodes.H_INVOKESTATIC
                && BOOTSTRAPS.contains(bsm.getOwner() + "." + bsm.getName() + bsm.getDesc());
    }

    Violation violation(String className, String method, String sourceFile, int line, String what, String reason) {
        return new Violation(displayClass(className), displayMethod(method), sourceFile, line, what, reason);
    }

    private boolean framework(String internalName) {
        for (String entry : exercise.allowed()) {
            String path = entry.replace('.', '/');
            String last = entry.substring(entry.lastIndexOf('.') + 1);
            boolean isClass = !last.isEmpty() && Character.isUpperCase(last.charAt(0));
            if (isClass ? internalName.equals(path) || internalName.startsWith(path + "$")
                    : internalName.startsWith(path + "/") && internalName.indexOf('/', path.length() + 1) < 0) {
                return true;
            }
        }
        return false;
    }

    private String allowedFramework() {
        List<String> allowed = exercise.allowed();
        return allowed.isEmpty() ? "no framework package" : String.join(", ", allowed);
    }

    private boolean isPublic(String internalName) {
        try {
            return java.lang.reflect.Modifier.isPublic(Class.forName(dotted(internalName), false, null).getModifiers());
        } catch (ClassNotFoundException | LinkageError e) {
            return true;
        }
    }

    /** {@code org/chainrule/exercises/gates/MulGate$Helper} → {@code MulGate.Helper}; anonymous {@code MulGate$1} kept. */
    private static String displayClass(String internalName) {
        String simple = internalName.substring(internalName.lastIndexOf('/') + 1);
        StringBuilder out = new StringBuilder();
        for (String part : simple.split("\\$")) {
            if (out.length() > 0) {
                out.append(!part.isEmpty() && Character.isDigit(part.charAt(0)) ? "$" : ".");
            }
            out.append(part);
        }
        return out.toString();
    }

    /** {@code <init>} → {@code constructor}, {@code lambda$backward$0} → {@code a lambda in backward}. */
    private static String displayMethod(String method) {
        if (method == null) {
            return "(class)";
        }
        if (method.startsWith("lambda$")) {
            String[] parts = method.split("\\$");
            String host = parts.length > 1 ? parts[1] : "?";
            return "a lambda in " + (host.equals("new") ? "a constructor" : host.equals("static") ? "a static initializer" : host);
        }
        return switch (method) {
            case "<init>" -> "constructor";
            case "<clinit>" -> "static initializer";
            default -> method;
        };
    }
}
