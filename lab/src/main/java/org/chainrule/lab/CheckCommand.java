package org.chainrule.lab;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chainrule.grader.ClassPaths;
import org.chainrule.grader.CodePolicy;
import org.chainrule.grader.ExerciseGrader;
import org.chainrule.grader.ExerciseResult;
import org.chainrule.grader.ExerciseSpec;
import org.chainrule.grader.Registry;
import org.chainrule.grader.TestSuite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chainrule check [E02|gates]}: a student's own progress. Each exercise is compiled on its
 * own from {@code exercises/src/main/java} and its public tests run in a fresh JVM with a time
 * limit; a table of points, then every failure with its counterexample, expected vs got and seed.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check your exercises: compile each one on its own, run its public tests, show what failed and why.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every checked test passes", "1:some test fails (or does not compile, or hits the time limit)",
            "2:usage error (e.g. no such exercise)", "3:the framework could not be built (reported by ./chainrule)"},
        footer = {"", "Examples:", "  ./chainrule check          # every exercise",
            "  ./chainrule check E02      # one exercise, by id", "  ./chainrule check gates    # or by topic"})
final class CheckCommand implements Callable<Integer> {
    /** Generous for a student's machine: the public tests of one exercise take a second or two. */
    static final int DEFAULT_TIME_LIMIT = 30;

    @Parameters(index = "0", arity = "0..1", paramLabel = "EXERCISE",
            description = "Which exercise, by id (E02) or topic (gates); default: all of them.")
    String exercise;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "" + DEFAULT_TIME_LIMIT,
            description = "Wall-clock limit for each exercise's tests, from the first one's start (default: ${DEFAULT-VALUE} s); an endless loop is stopped there.")
    int timeLimit;

    @CommandLine.Mixin
    RepositoryOption repository;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path repo = repository.course(spec, "a Chainrule repository");
        if (timeLimit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "check: --time-limit is " + timeLimit + "; give at least 1 second.");
        }
        Registry registry = Registry.load(repo.resolve("exercises"));
        List<ExerciseSpec> chosen = choose(registry);
        PrintStream out = System.out;
        ExerciseGrader grader = new ExerciseGrader(ClassPaths.ofThisJvm(), CodePolicy.installed());
        Path work = Files.createTempDirectory("chainrule-check");
        List<ExerciseResult> results = new ArrayList<>();
        try {
            for (ExerciseSpec e : chosen) {
                results.add(grader.grade(e, repo.resolve("exercises/src/main/java"),
                        List.of(repo.resolve("exercises/src/test/java")), TestSuite.PUBLIC,
                        Duration.ofSeconds(timeLimit), work.resolve(e.id())));
            }
        } finally {
            delete(work);
        }
        CheckReport.print(results, out);
        return results.stream().allMatch(ExerciseResult::allPassed) ? 0 : 1;
    }

    private List<ExerciseSpec> choose(Registry registry) {
        if (exercise == null) {
            return registry.exercises();
        }
        return registry.find(exercise).map(List::of).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), String.format("check: there is no exercise '%s'; choose one of %s (or a topic: %s).",
                        exercise, registry.exercises().stream().map(ExerciseSpec::id).toList(),
                        String.join(", ", registry.exercises().stream().map(ExerciseSpec::topic).toList()))));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
