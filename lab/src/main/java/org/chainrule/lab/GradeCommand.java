package org.chainrule.lab;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.chainrule.grader.ExerciseSpec;
import org.chainrule.grader.TestSuite;
import org.chainrule.grader.grade.Course;
import org.chainrule.grader.grade.Grading;
import org.chainrule.grader.grade.Reports;
import org.chainrule.grader.grade.Submission;
import org.chainrule.grader.report.ExerciseOutcome;
import org.chainrule.grader.report.Student;
import org.chainrule.grader.report.SubmissionMetadata;
import org.chainrule.grader.report.SubmissionOutcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chainrule grade SUBMISSION... [--out DIR] [--jobs N] [--tests public|all]}: grades untrusted
 * submissions — safe unpacking, the bytecode allow-list, a fenced JVM per exercise with calibrated
 * time limits, public and hidden tests — into {@code DIR/<name>/results.json} (Gradescope's schema),
 * {@code DIR/<name>/feedback.md} and {@code DIR/gradebook.csv}.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grade submissions (folders, zips or .java files) from untrusted hands: results.json, feedback.md, gradebook.csv.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:graded (whatever the scores)", "1:the grader itself failed", "2:usage error"},
        footer = {"", "Examples:", "  ./chainrule grade submissions/*.zip --out grading --jobs 2",
            "  ./chainrule grade ../alice-repo --tests public"})
final class GradeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SUBMISSION",
            description = "A folder or .zip with a student repository, its exercises/src/main/java, "
                    + "org/chainrule/exercises/..., or the .java files flat.")
    List<Path> submissions;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "grading",
            description = "Where the reports go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--jobs", paramLabel = "N", description = "Exercises graded at once (default: the number of processors).")
    Integer jobs;

    @Option(names = "--tests", paramLabel = "public|all", defaultValue = "all",
            description = "Public tests only, or the hidden ones too (default: ${DEFAULT-VALUE}).")
    String tests;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "A fixed limit per exercise instead of max(10 s, 5 × the reference solution's time).")
    Integer timeLimit;

    @Option(names = "--metadata", paramLabel = "FILE",
            description = "Gradescope's submission_metadata.json for a single submission (found on its own next to "
                    + "a folder named 'submission').")
    Path metadata;

    @CommandLine.Mixin
    RepositoryOption repository;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path repo = repository.course(spec, "a Chainrule repository");
        TestSuite suite = suite();
        checkUsage();
        PrintStream err = System.err;
        Course course = Course.at(repo);
        List<Submission> list = submissions(Reports.names(submissions));
        Path work = Files.createTempDirectory("chainrule-grade");
        try {
            int cores = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
            Grading grading = Grading.prepare(course, new Grading.Options(suite, cores,
                    timeLimit == null ? null : Duration.ofSeconds(timeLimit)), work, line -> err.println("grade: " + line));
            int total = list.size() * course.exercises().size();
            AtomicInteger done = new AtomicInteger();
            boolean console = System.console() != null;
            long start = System.nanoTime();
            List<SubmissionOutcome> outcomes = grading.grade(list, work, name -> {
                int n = done.incrementAndGet();
                if (console) {
                    err.print(progress(n, total, name));
                }
            });
            if (console) {
                err.println();
            }
            Reports.write(out, course.exercises().stream().map(ExerciseSpec::id).toList(), outcomes);
            summary(System.out, course, outcomes, (System.nanoTime() - start) / 1e9, grading.isolation());
            return 0;
        } catch (IllegalStateException e) {
            err.println("grade: the grader could not grade: " + e.getMessage());
            return 1;
        } finally {
            delete(work);
        }
    }

    private TestSuite suite() {
        return switch (tests.toLowerCase(Locale.ROOT)) {
            case "all" -> TestSuite.ALL;
            case "public" -> TestSuite.PUBLIC;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "grade: --tests is '" + tests + "'; choose public or all.");
        };
    }

    private void checkUsage() {
        for (Path s : submissions) {
            if (!Files.exists(s)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "grade: " + s + " does not exist; a submission is "
                        + "a folder, a .zip or a .java file.");
            }
        }
        if (jobs != null && jobs < 1 || timeLimit != null && timeLimit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "grade: --jobs and --time-limit take a number of at least 1.");
        }
        if (metadata != null && (submissions.size() != 1 || !Files.isRegularFile(metadata))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "grade: --metadata needs one submission and an existing file.");
        }
    }

    private List<Submission> submissions(List<String> names) throws Exception {
        List<Submission> list = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            Path path = submissions.get(i);
            list.add(new Submission(path, path.toString(), names.get(i), students(path)));
        }
        return list;
    }

    /** Gradescope's metadata: given, or next to a folder named {@code submission}; never from inside a submission (students write that). */
    private List<Student> students(Path submission) throws Exception {
        Path file = metadata;
        Path absolute = submission.toAbsolutePath().normalize();
        if (file == null && absolute.getFileName() != null && absolute.getFileName().toString().equals("submission")) {
            file = absolute.resolveSibling(SubmissionMetadata.FILE);
        }
        return file != null && Files.isRegularFile(file) ? SubmissionMetadata.read(file) : List.of();
    }

    /** Deletes a temporary folder; one left behind is harmless. */
    static void delete(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }

    static String progress(int done, int total, String name) {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        return String.format("\r[%s%s] %d/%d exercises graded (%s)   ", "#".repeat(filled), " ".repeat(width - filled), done,
                total, name.length() > 24 ? name.substring(0, 24) + "…" : name);
    }

    /** One screen: per submission its total and its exercises' points; then the totals and where the reports are. */
    private void summary(PrintStream out, Course course, List<SubmissionOutcome> outcomes, double seconds, String isolation) {
        int shown = Math.min(outcomes.size(), 20);
        out.printf("%-24s %7s  %s%n", "submission", "total", String.join(" ", course.exercises().stream()
                .map(e -> String.format("%4s", e.id())).toList()));
        for (SubmissionOutcome s : outcomes.subList(0, shown)) {
            StringBuilder row = new StringBuilder();
            for (ExerciseOutcome e : s.exercises()) {
                row.append(String.format(Locale.ROOT, "%4s ", points(e.points())));
            }
            out.printf(Locale.ROOT, "%-24s %7s  %s%s%n", s.name().length() > 24 ? s.name().substring(0, 23) + "…" : s.name(),
                    points(s.points()) + "/" + points(s.maxPoints()), row.toString().stripTrailing(),
                    s.problem().isEmpty() ? "" : "  (refused: " + s.problem() + ")");
        }
        if (outcomes.size() > shown) {
            out.printf("… and %d more in %s%n", outcomes.size() - shown, out());
        }
        out.printf(Locale.ROOT, "grade: %d submission(s) in %.1f s; isolation: %s%n", outcomes.size(), seconds, isolation);
        out.printf("grade: reports in %s/<name>/ (results.json, feedback.md) and %s/gradebook.csv%n", out(), out());
    }

    private String out() {
        return out.toString();
    }

    private static String points(double p) {
        return p == Math.rint(p) ? String.valueOf((long) p) : String.format(Locale.ROOT, "%.1f", p);
    }
}
