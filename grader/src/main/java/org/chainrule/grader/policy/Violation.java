package org.chainrule.grader.policy;

/**
 * One thing a student class does that the exercise may not: where (class, method, file, line),
 * what (the call, field, type or constant) and why.
 *
 * @param className  the class's simple name, nested classes with a dot: {@code MulGate}, {@code MulGate.Helper}
 * @param method     the method as a student knows it: {@code backward}, {@code constructor},
 *                   {@code static initializer}, {@code a lambda in backward}, or {@code (class)}
 * @param sourceFile the source file, e.g. {@code MulGate.java}, or {@code ?} when unknown
 * @param line       the line number, or 0 when the bytecode has none
 * @param what       what the code does, e.g. {@code calls java.lang.System.exit(int)}
 * @param reason     why that is refused, one line
 */
public record Violation(String className, String method, String sourceFile, int line, String what, String reason) {

    /**
     * One line: {@code MulGate.backward (MulGate.java:12): calls java.lang.System.exit(int) — ending or
     * steering the JVM is not allowed}.
     */
    public String message() {
        String where = line > 0 ? sourceFile + ":" + line : sourceFile;
        return className + "." + method + " (" + where + "): " + what + " — " + reason;
    }
}
