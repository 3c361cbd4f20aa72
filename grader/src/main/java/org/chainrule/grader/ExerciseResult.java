package org.chainrule.grader;

import java.time.Duration;
import java.util.List;

/**
 * What one exercise earned: its tests' outcomes, or the compile errors that kept them from running.
 *
 * @param spec the exercise
 * @param tests every test, passed, failed or not run (empty only if it never got to run)
 * @param compileErrors the student code's compile errors (then no test ran)
 * @param problem why the tests could not run at all, e.g. the test JVM could not start; empty if none
 * @param warnings what the grader would refuse (policy) or ignore (extra files); shown, not scored by {@code check}
 * @param elapsed wall-clock time, compiling included
 */
public record ExerciseResult(ExerciseSpec spec, List<TestResult> tests, List<CompileError> compileErrors,
                             String problem, List<String> warnings, Duration elapsed) {
    public ExerciseResult {
        tests = List.copyOf(tests);
        compileErrors = List.copyOf(compileErrors);
        warnings = List.copyOf(warnings);
    }

    /** The points earned. */
    public double points() {
        return tests.stream().mapToDouble(TestResult::earned).sum();
    }

    /** What the exercise is worth (the registry's points): public only, or public and hidden. */
    public double maxPoints(boolean withHidden) {
        return withHidden ? spec.publicPoints() + spec.hiddenPoints() : spec.publicPoints();
    }

    /** How many tests passed. */
    public long passed() {
        return tests.stream().filter(t -> t.status() == TestResult.Status.PASSED).count();
    }

    /** Whether it compiled, ran and passed every test. */
    public boolean allPassed() {
        return compileErrors.isEmpty() && problem.isEmpty() && !tests.isEmpty() && passed() == tests.size();
    }
}
