package org.chainrule.grader.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chainrule.grader.ClassPaths;
import org.chainrule.grader.CompileError;
import org.chainrule.grader.ExerciseCompiler;
import org.chainrule.grader.ExerciseSpec;
import org.chainrule.grader.SandboxedRun;
import org.chainrule.grader.TestResult;
import org.chainrule.grader.TestSuite;
import org.chainrule.grader.intake.KeptSource;
import org.chainrule.grader.policy.BytecodePolicy;
import org.chainrule.grader.policy.Violation;
import org.chainrule.grader.report.ExerciseOutcome;
import org.chainrule.grader.report.TestOutcome;

/**
 * One exercise of one submission, from sources to points: every declared class present, compiled
 * on its own against the framework only, passed by the bytecode allow-list, offering what the
 * tests call, then run in a {@link SandboxedRun}. Whatever stops it, every test of the
 * {@link TestCatalog} is listed with the reason.
 *
 * @param catalog    the exercise's compiled tests
 * @param suite      public tests only, or hidden too
 * @param classPaths the framework and the runner's libraries
 * @param timeLimit  the calibrated time limits
 * @param prefix     the isolation prefix ({@code unshare -n}), or empty
 */
record ExerciseJob(TestCatalog catalog, TestSuite suite, ClassPaths classPaths, TimeLimit timeLimit, List<String> prefix) {
    private static final int MAX_LISTED = 10;

    /** What came of it, plus the test JVM's wall-clock and processor time (zero when it never started). */
    record Result(ExerciseOutcome outcome, Duration elapsed, Duration processorTime) {
    }

    /**
     * Grades {@code kept} (the submission's sources of this exercise) in {@code work}.
     *
     * @param sourceRoot the folder the kept sources' package folders start in
     * @param compiler   this thread's compiler
     */
    Result grade(List<KeptSource> kept, Path sourceRoot, Path work, ExerciseCompiler compiler)
            throws IOException, InterruptedException {
        ExerciseSpec spec = catalog.spec();
        List<String> present = kept.stream().map(KeptSource::className).toList();
        List<String> missing = spec.classes().stream().filter(c -> !present.contains(c)).toList();
        if (!missing.isEmpty()) {
            return stopped(missing.size() == spec.classes().size()
                    ? "not submitted: no " + String.join(", ", spec.classes().stream().map(c -> c + ".java").toList())
                            + " in package " + spec.packageName()
                    : "incomplete: " + String.join(", ", missing.stream().map(c -> c + ".java").toList()) + " missing; "
                            + spec.id() + " needs " + String.join(", ", spec.classes()) + " in package " + spec.packageName());
        }
        Path classes = work.resolve("student-classes");
        List<CompileError> errors = compiler.compileAll(sourceRoot,
                kept.stream().map(KeptSource::file).toList(), classPaths.framework(), classes);
        if (!errors.isEmpty()) {
            return stopped("does not compile:\n" + errors.stream().limit(MAX_LISTED).map(CompileError::toString)
                    .collect(Collectors.joining("\n")) + more(errors.size()));
        }
        Map<String, byte[]> studentFiles = classFiles(classes);
        BytecodePolicy policy = new BytecodePolicy(Course.declaration(spec), ExerciseJob.class.getClassLoader());
        List<Violation> violations = policy.check(studentFiles);
        if (!violations.isEmpty()) {
            return stopped("refused by the grader's allow-list, so nothing ran:\n" + violations.stream().limit(MAX_LISTED)
                    .map(Violation::message).collect(Collectors.joining("\n")) + more(violations.size()));
        }
        List<String> lacking = policy.missingMembers(studentFiles, catalog.classFiles());
        if (!lacking.isEmpty()) {
            return stopped("the tests call " + String.join(", ", lacking) + ", which your code does not have; "
                    + "keep the signatures of the stub (see " + spec.handout() + ")");
        }
        List<Path> classPath = new ArrayList<>(List.of(classes, catalog.classes()));
        classPath.addAll(classPaths.runner());
        SandboxedRun.Outcome run = SandboxedRun.run(spec.packageName(), suite, classPath,
                timeLimit.limits(), prefix, work.resolve("run"));
        return new Result(outcome(run), run.elapsed(), run.processorTime());
    }

    /** Every test failed, not run, for one reason. */
    Result stopped(String reason) {
        List<TestOutcome> tests = new ArrayList<>();
        for (TestCatalog.Entry e : catalog.tests()) {
            tests.add(new TestOutcome(catalog.spec().id(), e.simpleClassName(), e.displayName(), 0, e.points(),
                    TestOutcome.Status.NOT_RUN, "not run: " + reason, "", e.hidden()));
        }
        return new Result(new ExerciseOutcome(catalog.spec().id(), catalog.spec().title(), tests, reason,
                catalog.maxPoints()), Duration.ZERO, Duration.ZERO);
    }

    /** The run's results in catalog order; a test the run never listed is "not run". */
    private ExerciseOutcome outcome(SandboxedRun.Outcome run) {
        Map<String, TestResult> byKey = new HashMap<>();
        for (TestResult t : run.tests()) {
            byKey.put(t.className() + "#" + t.methodName(), t);
        }
        List<TestOutcome> tests = new ArrayList<>();
        for (TestCatalog.Entry e : catalog.tests()) {
            TestResult t = byKey.get(e.key());
            TestOutcome.Status status = t == null ? TestOutcome.Status.NOT_RUN : TestOutcome.Status.valueOf(t.status().name());
            String message = t == null ? "not run: " + (run.problem().isEmpty() ? "the test JVM did not list it" : run.problem())
                    : t.message();
            double earned = status == TestOutcome.Status.PASSED ? e.points() : 0;
            tests.add(new TestOutcome(catalog.spec().id(), e.simpleClassName(), e.displayName(), earned, e.points(), status,
                    message, run.printed().getOrDefault(e.key(), ""), e.hidden()));
        }
        return new ExerciseOutcome(catalog.spec().id(), catalog.spec().title(), tests, run.problem(), catalog.maxPoints());
    }

    private static String more(int count) {
        return count > MAX_LISTED ? "\n… and " + (count - MAX_LISTED) + " more" : "";
    }

    private static Map<String, byte[]> classFiles(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(p -> p.toString().endsWith(".class")).toList()) {
                files.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }
}
