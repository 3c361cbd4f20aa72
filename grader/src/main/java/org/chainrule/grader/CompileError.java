package org.chainrule.grader;

/**
 * One error from {@code javac}: where it is and what it says.
 *
 * @param file the source file's name relative to its source root, e.g.
 *             {@code org/chainrule/exercises/gates/MulGate.java}
 * @param line the line, from 1 (0 when the error belongs to no line)
 * @param message the compiler's message, e.g. {@code ';' expected}
 */
public record CompileError(String file, long line, String message) {
    /** {@code MulGate.java:12: ';' expected}. */
    @Override
    public String toString() {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return line > 0 ? name + ":" + line + ": " + message : name + ": " + message;
    }
}
