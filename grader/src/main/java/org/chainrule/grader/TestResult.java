package org.chainrule.grader;

/**
 * The outcome of one graded test.
 *
 * @param className the test class, e.g. {@code org.chainrule.exercises.gates.MulGateTest}
 * @param methodName the test method, e.g. {@code backwardSwapsTheInputs}
 * @param description what it checks, shown to students (the test's {@code @DisplayName})
 * @param points what it is worth ({@code @Points}); earned only when {@link #status()} is PASSED
 * @param status passed, failed or not run
 * @param message why it failed or did not run (one block from {@code Exercise}, a compiler
 *                message, "time limit"); empty when it passed
 */
public record TestResult(String className, String methodName, String description, double points, Status status,
                         String message) {
    /** What happened to a test. Aborted and skipped tests count as {@link #FAILED}. */
    public enum Status { PASSED, FAILED, NOT_RUN }

    /** The points earned: all of them when passed, none otherwise. */
    public double earned() {
        return status == Status.PASSED ? points : 0;
    }

    /** Whether the test class is a hidden one ({@code <Class>HiddenTest}). */
    public boolean hidden() {
        return className.endsWith("HiddenTest");
    }

    /** The same test with another status and message. */
    public TestResult with(Status newStatus, String newMessage) {
        return new TestResult(className, methodName, description, points, newStatus, newMessage);
    }
}
