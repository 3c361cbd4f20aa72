package org.chainrule.grader.report;

import java.util.List;

/**
 * One exercise's result in a submission.
 *
 * @param id        the exercise id, e.g. {@code E02}
 * @param title     the registry's title
 * @param tests     every test, in run order; a compile error or a policy refusal lists them all as failed
 * @param problem   why the tests did not all run (the compiler's message with file and line, the
 *                  policy's findings, "time limit"), or empty
 * @param maxPoints what the exercise is worth in this run (public only, or public and hidden)
 */
public record ExerciseOutcome(String id, String title, List<TestOutcome> tests, String problem, double maxPoints) {

    /** Copies the list; a null problem becomes empty. */
    public ExerciseOutcome {
        tests = List.copyOf(tests);
        problem = problem == null ? "" : problem;
    }

    /** The points earned. */
    public double points() {
        return tests.stream().mapToDouble(TestOutcome::points).sum();
    }

    /** How many tests passed. */
    public long passed() {
        return tests.stream().filter(TestOutcome::passed).count();
    }

    /** The exercise's number as Gradescope numbers tests: {@code E02} → {@code 2}. */
    public int number() {
        return Integer.parseInt(id.replaceAll("\\D", ""));
    }
}
