package org.chainrule.grader.report;

/**
 * One graded test as the reports show it.
 *
 * @param exercise    the exercise id, e.g. {@code E02}
 * @param className   the test class's simple name, e.g. {@code MulGateTest} or {@code MulGateHiddenTest}
 * @param displayName the test's description ({@code @DisplayName}), shown to students
 * @param points      the points earned: {@code maxPoints} when passed, 0 otherwise
 * @param maxPoints   what the test is worth ({@code @Points})
 * @param status      passed, failed, or not run (counted as failed)
 * @param message     why it failed or did not run: the property's block (counterexample, expected vs
 *                    got, seed), a compiler or policy message, "not run: time limit"; empty when passed
 * @param output      what the student's code printed while the test ran (already capped), or empty
 * @param hidden      true for a hidden test ({@code <Class>HiddenTest}): its message is never shown
 */
public record TestOutcome(String exercise, String className, String displayName, double points, double maxPoints,
                          Status status, String message, String output, boolean hidden) {

    /** What happened to a test; {@link #NOT_RUN} (a crash, a time limit, a refusal) counts as failed. */
    public enum Status { PASSED, FAILED, NOT_RUN }

    /** Nulls become empty strings, so a runner may leave out what it does not know. */
    public TestOutcome {
        message = message == null ? "" : message;
        output = output == null ? "" : output;
    }

    /** The student class the test is about: {@code MulGateHiddenTest} → {@code MulGate}. */
    public String subject() {
        return className.replaceFirst("(Hidden)?Tests?$", "");
    }

    /** True only when the test ran and passed. */
    public boolean passed() {
        return status == Status.PASSED;
    }
}
