package org.chainrule.grader.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.chainrule.grader.ClassPaths;
import org.chainrule.grader.ExerciseCompiler;
import org.chainrule.grader.ExerciseSpec;
import org.chainrule.grader.TestSuite;
import org.chainrule.grader.intake.Intake;
import org.chainrule.grader.intake.IntakeLimits;
import org.chainrule.grader.intake.IntakeResult;
import org.chainrule.grader.intake.KeptSource;
import org.chainrule.grader.intake.RejectedSubmissionException;
import org.chainrule.grader.isolation.Isolation;
import org.chainrule.grader.report.ExerciseOutcome;
import org.chainrule.grader.report.SubmissionOutcome;

/**
 * Grades untrusted submissions against a course: the tests compiled and listed once, the time
 * limits calibrated once (or given), the isolation probed once; then every (submission, exercise)
 * pair graded on its own, {@code jobs} at a time.
 *
 * <pre>
 *   Grading grading = Grading.prepare(Course.at(root), new Grading.Options(TestSuite.ALL, 2, null), work, log);
 *   List&lt;SubmissionOutcome&gt; outcomes = grading.grade(submissions, work, done -&gt; bar.step());
 * </pre>
 */
public final class Grading {
    /** Where the calibration is kept between runs, relative to the repository. */
    static final String CALIBRATION_FILE = "grader/target/chainrule-calibration.properties";
    private static final TimeLimit CALIBRATION_LIMIT = TimeLimit.fixed(Duration.ofMinutes(5));

    /**
     * How to grade.
     *
     * @param suite     public tests only, or hidden too
     * @param jobs      exercises graded at once (each test JVM sees one processor)
     * @param timeLimit a fixed processor-time limit per exercise, or {@code null} to calibrate from the reference solutions
     */
    public record Options(TestSuite suite, int jobs, Duration timeLimit) {
    }

    private final Course course;
    private final Options options;
    private final ClassPaths classPaths;
    private final Isolation isolation;
    private final Map<String, TestCatalog> catalogs;
    private final Map<String, TimeLimit> limits;

    private Grading(Course course, Options options, ClassPaths classPaths, Isolation isolation,
                    Map<String, TestCatalog> catalogs, Map<String, TimeLimit> limits) {
        this.course = course;
        this.options = options;
        this.classPaths = classPaths;
        this.isolation = isolation;
        this.catalogs = catalogs;
        this.limits = limits;
    }

    /**
     * Compiles and lists the tests, probes the isolation, and calibrates the time limits.
     *
     * @param work a folder of the grader's own
     * @param log  one line per step, for the console
     * @throws IllegalStateException when the course cannot be graded (tests that do not compile, a
     *                               reference solution that fails its own tests, hidden tests missing)
     */
    public static Grading prepare(Course course, Options options, Path work, Consumer<String> log)
            throws IOException, InterruptedException {
        if (options.suite() == TestSuite.ALL && !Files.isDirectory(course.hiddenTests())) {
            throw new IllegalStateException("the hidden tests are not here (" + course.hiddenTests()
                    + "): grade with --tests public, or from the instructor repository");
        }
        ClassPaths classPaths = ClassPaths.ofThisJvm();
        Isolation isolation = Isolation.probe();
        log.accept("isolation: " + isolation.description());
        Map<String, TestCatalog> catalogs = new LinkedHashMap<>();
        try (ExerciseCompiler compiler = ExerciseCompiler.open()) {
            for (ExerciseSpec spec : course.exercises()) {
                catalogs.put(spec.id(), TestCatalog.build(course, spec, options.suite(), classPaths,
                        work.resolve("tests").resolve(spec.id()), compiler));
            }
        }
        Grading grading = new Grading(course, options, classPaths, isolation, catalogs, new LinkedHashMap<>());
        grading.limits.putAll(grading.timeLimits(work, log));
        return grading;
    }

    /** The isolation in force, one line. */
    public String isolation() {
        return isolation.description();
    }

    /** The time limits of each exercise. */
    public Map<String, TimeLimit> limits() {
        return Map.copyOf(limits);
    }

    /** How many tests of each exercise run. */
    public int testCount() {
        return catalogs.values().stream().mapToInt(c -> c.tests().size()).sum();
    }

    /**
     * Grades every submission.
     *
     * @param work       a folder of the grader's own (a sub-folder per submission)
     * @param onProgress called after each exercise of each submission, with its submission's name
     */
    public List<SubmissionOutcome> grade(List<Submission> submissions, Path work, Consumer<String> onProgress)
            throws IOException, InterruptedException {
        Intake intake = new Intake(course.declarations(), IntakeLimits.DEFAULT);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.jobs()));
        try (Compilers compilers = new Compilers()) {
            List<Pending> pending = new ArrayList<>();
            for (Submission s : submissions) {
                pending.add(start(s, intake, work.resolve("submissions").resolve(s.name()), pool, compilers, onProgress));
            }
            List<SubmissionOutcome> outcomes = new ArrayList<>();
            for (Pending p : pending) {
                outcomes.add(p.finish(isolation.description()));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** An exercise's result and when its job ran ({@link System#nanoTime()}). */
    private record Timed(ExerciseJob.Result result, long start, long end) {
    }

    /** A submission whose exercises are being graded; {@code intakeNanos} is how long unpacking took. */
    private record Pending(Submission submission, IntakeResult intake, String problem, List<Future<Timed>> jobs,
                           long intakeNanos) {
        SubmissionOutcome finish(String isolation) throws InterruptedException, IOException {
            List<ExerciseOutcome> exercises = new ArrayList<>();
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (Future<Timed> job : jobs) {
                try {
                    Timed timed = job.get();
                    exercises.add(timed.result().outcome());
                    first = Math.min(first, timed.start());
                    last = Math.max(last, timed.end());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    throw new IllegalStateException("grading " + submission.given() + " failed: " + cause, cause);
                }
            }
            // its own time: unpacking, then from its first exercise's start to its last one's end
            double seconds = (intakeNanos + Math.max(0, last - first)) / 1e9;
            return new SubmissionOutcome(submission.given(), submission.name(), exercises,
                    intake == null ? List.of() : intake.ignored(), problem, submission.students(), seconds, isolation);
        }
    }

    private Pending start(Submission s, Intake intake, Path work, ExecutorService pool, Compilers compilers,
                          Consumer<String> onProgress) throws IOException {
        long start = System.nanoTime();
        IntakeResult taken = null;
        String problem = "";
        try {
            taken = intake.collect(s.path(), work.resolve("intake"));
        } catch (RejectedSubmissionException e) {
            problem = e.getMessage();
        }
        long intakeNanos = System.nanoTime() - start;
        List<Future<Timed>> jobs = new ArrayList<>();
        for (ExerciseSpec spec : course.exercises()) {
            ExerciseJob job = new ExerciseJob(catalogs.get(spec.id()), options.suite(), classPaths, limits.get(spec.id()),
                    isolation.prefix());
            IntakeResult found = taken;
            String refused = problem;
            jobs.add(pool.submit(() -> {
                long begin = System.nanoTime();
                try {
                    ExerciseJob.Result result = found == null ? job.stopped("the submission was refused: " + refused)
                            : job.grade(found.of(spec.id()), work.resolve("intake/sources"), work.resolve(spec.id()),
                                    compilers.ofThisThread());
                    return new Timed(result, begin, System.nanoTime());
                } finally {
                    onProgress.accept(s.name());
                }
            }));
        }
        return new Pending(s, taken, problem, jobs, intakeNanos);
    }

    /** Fixed limits, or max(10 s, 5 × the reference solution's time) per exercise. */
    private Map<String, TimeLimit> timeLimits(Path work, Consumer<String> log) throws IOException, InterruptedException {
        Map<String, TimeLimit> out = new LinkedHashMap<>();
        if (options.timeLimit() != null || !course.hasSolutions()) {
            TimeLimit fixed = TimeLimit.fixed(options.timeLimit() != null ? options.timeLimit() : Duration.ofSeconds(60));
            course.exercises().forEach(e -> out.put(e.id(), fixed));
            log.accept("time limit: " + fixed.processorTime().toSeconds() + " s of processor time per exercise"
                    + (options.timeLimit() == null ? " (no reference solutions here to calibrate from)" : ""));
            return out;
        }
        Path file = course.root().resolve(CALIBRATION_FILE);
        String key = Calibration.key(course, course.exercises()) + "-" + options.suite();
        Map<String, Duration> reference = Calibration.load(file, key);
        boolean complete = catalogs.keySet().stream()
                .allMatch(id -> reference.containsKey(id + ".cpu") && reference.containsKey(id + ".wall"));
        if (!complete) {
            log.accept("calibrating the time limits on the reference solutions ...");
            reference.clear();
            reference.putAll(calibrate(work.resolve("calibration")));
            Calibration.store(file, key, reference);
        }
        for (ExerciseSpec e : course.exercises()) {
            out.put(e.id(), TimeLimit.calibrated(reference.get(e.id() + ".cpu"), reference.get(e.id() + ".wall")));
        }
        log.accept("time limits (processor time; max(10 s, 5 × the reference solution's)): "
                + String.join(", ", out.entrySet().stream().map(e -> e.getValue().describe(e.getKey())).toList()));
        return out;
    }

    private Map<String, Duration> calibrate(Path work) throws IOException, InterruptedException {
        Map<String, Duration> reference = new LinkedHashMap<>();
        try (Compilers compilers = new Compilers()) {
            for (ExerciseSpec spec : course.exercises()) {
                reference.putAll(calibrate(spec, work, compilers.ofThisThread()));
            }
        }
        return reference;
    }

    /** The reference solution's processor and wall-clock time on one exercise ({@code E02.cpu}, {@code E02.wall}). */
    private Map<String, Duration> calibrate(ExerciseSpec spec, Path work, ExerciseCompiler compiler)
            throws IOException, InterruptedException {
        List<KeptSource> sources = new ArrayList<>();
        for (String name : spec.classes()) {
            sources.add(new KeptSource(Course.declaration(spec), name,
                    course.solutions().resolve(spec.packagePath()).resolve(name + ".java"), name + ".java"));
        }
        ExerciseJob job = new ExerciseJob(catalogs.get(spec.id()), options.suite(), classPaths, CALIBRATION_LIMIT,
                isolation.prefix());
        ExerciseJob.Result result = job.grade(sources, course.solutions(), work.resolve(spec.id()), compiler);
        ExerciseOutcome o = result.outcome();
        if (o.passed() != o.tests().size()) {
            String first = o.tests().stream().filter(t -> !t.passed()).map(t -> t.displayName() + ": " + t.message())
                    .findFirst().orElse(o.problem());
            throw new IllegalStateException(spec.id() + ": the reference solution fails its own tests ("
                    + o.passed() + " of " + o.tests().size() + " pass), so limits cannot be calibrated; first: " + first);
        }
        return Map.of(spec.id() + ".cpu", result.processorTime(), spec.id() + ".wall", result.elapsed());
    }
}
