package org.chainrule.lab;

import java.io.PrintStream;
import java.util.List;
import org.chainrule.grader.CompileError;
import org.chainrule.grader.ExerciseResult;
import org.chainrule.grader.TestResult;

/**
 * What {@code chainrule check} prints: one table row per exercise (points, tests passed), then
 * per exercise what to act on — compile errors with file and line, each failing test with its
 * one-block message, warnings. An exercise whose every failure is a stub "not done yet" gets one
 * line instead of a block per test.
 */
final class CheckReport {
    private static final String STUB = "not done yet";

    private CheckReport() {
    }

    static void print(List<ExerciseResult> results, PrintStream out) {
        out.printf("%-4s  %-60s  %-14s  %s%n", "", "exercise", "points", "tests passed");
        double total = 0;
        double max = 0;
        for (ExerciseResult r : results) {
            String passed = !r.compileErrors().isEmpty() ? "does not compile"
                    : r.tests().isEmpty() ? "did not run" : r.passed() + " of " + r.tests().size();
            out.printf("%-4s  %-60s  %-14s  %s%n", r.spec().id(), cut(r.spec().title(), 60),
                    number(r.points()) + " / " + number(r.maxPoints(false)), passed);
            total += r.points();
            max += r.maxPoints(false);
        }
        if (results.size() > 1) {
            out.printf("%-4s  %-60s  %-14s%n", "", "total", number(total) + " / " + number(max));
        }
        for (ExerciseResult r : results) {
            details(r, out);
        }
    }

    private static void details(ExerciseResult r, PrintStream out) {
        if (r.allPassed() && r.warnings().isEmpty()) {
            return;
        }
        out.printf("%n── %s %s: %s / %s points (%.1f s) ──%n", r.spec().id(), r.spec().topic(), number(r.points()),
                number(r.maxPoints(false)), r.elapsed().toMillis() / 1000.0);
        for (String w : r.warnings()) {
            out.println("! warning: " + w);
        }
        if (!r.compileErrors().isEmpty()) {
            out.println("✗ does not compile, so its tests did not run (the other exercises still did):");
            for (CompileError e : r.compileErrors()) {
                out.println("    " + e.file() + ":" + e.line() + ": " + e.message().replace("\n", "\n      "));
            }
            return;
        }
        if (!r.problem().isEmpty() && r.tests().isEmpty()) {
            out.println("✗ " + r.problem());
            return;
        }
        List<TestResult> failed = r.tests().stream().filter(t -> t.status() != TestResult.Status.PASSED).toList();
        if (!failed.isEmpty() && failed.size() == r.tests().size() && failed.stream().allMatch(t -> t.message().contains(STUB))) {
            out.printf("· not started: all %d tests stop at a method that is %s. Read %s, then fill in %s.%n",
                    failed.size(), STUB, r.spec().handout(), String.join(", ", r.spec().classes()));
            return;
        }
        for (TestResult t : failed) {
            out.printf("✗ %s  [%s points]%n", t.description(), number(t.points()));
            out.println("    " + t.message().strip().replace("\n", "\n    "));
        }
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    /** {@code 3} for 3.0, {@code 2.5} for 2.5. */
    static String number(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
    }
}
