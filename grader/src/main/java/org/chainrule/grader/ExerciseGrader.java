package org.chainrule.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One exercise from sources to points: compile the student classes (framework only on the class
 * path), review them with the {@link CodePolicy}, compile the tests against them, run the tests in
 * a fresh JVM with a time limit.
 *
 * <pre>
 *   ExerciseGrader grader = new ExerciseGrader(ClassPaths.ofThisJvm(), CodePolicy.installed());
 *   ExerciseResult r = grader.grade(spec, studentRoot, List.of(testRoot), TestSuite.PUBLIC,
 *           Duration.ofSeconds(30), workDir);
 * </pre>
 *
 * @param classPaths the framework and libraries (see {@link ClassPaths})
 * @param policy reviews the student's compiled classes; its findings become warnings
 */
public record ExerciseGrader(ClassPaths classPaths, CodePolicy policy) {

    /**
     * Grades one exercise.
     *
     * @param spec the exercise
     * @param studentRoot the source root holding the student classes, e.g. {@code exercises/src/main/java}
     * @param testRoots the source roots holding its tests ({@code <Class>Test}, {@code <Class>HiddenTest})
     * @param suite public tests only, or hidden too
     * @param timeLimit wall-clock limit for running the tests
     * @param workDir an empty folder of this exercise's own (compiled classes, results, output)
     */
    public ExerciseResult grade(ExerciseSpec spec, Path studentRoot, List<Path> testRoots, TestSuite suite,
                                Duration timeLimit, Path workDir) throws IOException, InterruptedException {
        return grade(spec, studentRoot, new TestSource(testRoots, null), suite, timeLimit, workDir);
    }

    /**
     * Grades one exercise with tests compiled beforehand (e.g. by Maven, against the solutions):
     * what the instructor build does to grade the stubs and every fixture without compiling the
     * same tests again each time.
     *
     * @param compiledTests a class folder holding the exercise's test classes
     */
    public ExerciseResult gradeCompiled(ExerciseSpec spec, Path studentRoot, Path compiledTests, TestSuite suite,
                                        Duration timeLimit, Path workDir) throws IOException, InterruptedException {
        return grade(spec, studentRoot, new TestSource(List.of(), compiledTests), suite, timeLimit, workDir);
    }

    /** Test sources to compile, or test classes already compiled. */
    private record TestSource(List<Path> roots, Path compiled) {
    }

    private ExerciseResult grade(ExerciseSpec spec, Path studentRoot, TestSource testSource, TestSuite suite,
                                 Duration timeLimit, Path workDir) throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<String> warnings = new ArrayList<>(ignoredFiles(spec, studentRoot));
        List<Path> sources = new ArrayList<>();
        for (String name : spec.classes()) {
            Path source = studentRoot.resolve(spec.packagePath()).resolve(name + ".java");
            if (!Files.isRegularFile(source)) {
                return new ExerciseResult(spec, List.of(), List.of(new CompileError(spec.packagePath() + "/" + name + ".java",
                        0, "file not found; the exercise needs it (see " + spec.handout() + ")")), "", warnings, since(start));
            }
            sources.add(source);
        }
        Path studentClasses = workDir.resolve("student-classes");
        List<CompileError> errors = ExerciseCompiler.compile(studentRoot, sources, classPaths.framework(), studentClasses);
        if (!errors.isEmpty()) {
            return new ExerciseResult(spec, List.of(), errors, "", warnings, since(start));
        }
        warnings.addAll(policy.review(spec, studentClasses));

        Path testClasses = testSource.compiled();
        if (testClasses == null) {
            testClasses = workDir.resolve("test-classes");
            List<Path> testClassPath = new ArrayList<>(List.of(studentClasses));
            testClassPath.addAll(classPaths.tests());
            List<CompileError> testErrors = ExerciseCompiler.compile(testSource.roots().get(0),
                    testSources(spec, testSource.roots(), suite), testClassPath, testClasses);
            if (!testErrors.isEmpty()) {
                return new ExerciseResult(spec, List.of(), List.of(), "the tests do not compile against this code: "
                        + testErrors.get(0) + " (did a method's signature change? the tests need the handout's signatures)",
                        warnings, since(start));
            }
        }
        List<Path> runClassPath = new ArrayList<>(List.of(studentClasses, testClasses));
        runClassPath.addAll(classPaths.runner());
        ForkedRun.Outcome outcome = ForkedRun.run(spec.packageName(), suite, runClassPath, timeLimit, workDir);
        return new ExerciseResult(spec, outcome.tests(), List.of(), outcome.problem(), warnings, since(start));
    }

    /** The exercise's test sources in {@code roots} that {@code suite} selects. */
    static List<Path> testSources(ExerciseSpec spec, List<Path> roots, TestSuite suite) throws IOException {
        List<Path> tests = new ArrayList<>();
        for (Path root : roots) {
            Path dir = root.resolve(spec.packagePath());
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".java"))
                            .filter(f -> suite == TestSuite.ALL || !f.getFileName().toString().endsWith("HiddenTest.java"))
                            .sorted().forEach(tests::add);
                }
            }
        }
        if (tests.isEmpty()) {
            throw new IllegalStateException(spec.id() + ": no tests found under " + roots + " in " + spec.packagePath());
        }
        return tests;
    }

    /** Files in the exercise's package that are not its registered classes: the grader ignores them. */
    static List<String> ignoredFiles(ExerciseSpec spec, Path studentRoot) throws IOException {
        Path dir = studentRoot.resolve(spec.packagePath());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted()
                    .filter(name -> !spec.classes().contains(name.replaceFirst("\\.java$", "")))
                    .map(name -> "ignored " + name + ": the grader compiles only " + String.join(", ", spec.classes())
                            + " (the registered classes of " + spec.id() + "); put helper code inside them")
                    .toList();
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
