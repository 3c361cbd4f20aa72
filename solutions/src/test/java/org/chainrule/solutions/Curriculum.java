package org.chainrule.solutions;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chainrule.grader.ClassPaths;
import org.chainrule.grader.CodePolicy;
import org.chainrule.grader.ExerciseGrader;
import org.chainrule.grader.ExerciseResult;
import org.chainrule.grader.ExerciseSpec;
import org.chainrule.grader.Registry;
import org.chainrule.grader.TestSuite;

/** The instructor repository as the curriculum tests see it: its registry, its source roots, the grader. */
final class Curriculum {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path STUBS = ROOT.resolve("exercises/src/main/java");
    static final Path SOLUTIONS = ROOT.resolve("solutions/src/main/java");
    static final Path PUBLIC_TESTS = ROOT.resolve("exercises/src/test/java");
    static final Path HIDDEN_TESTS = ROOT.resolve("solutions/src/test/java");
    static final Path FIXTURES = ROOT.resolve("solutions/src/test/fixtures");
    /** The public and hidden tests as Maven compiled them (against the solutions; the stubs have the same API). */
    static final Path COMPILED_TESTS = ROOT.resolve("solutions/target/test-classes");
    /** Generous: a stub fails fast, but this machine may be busy. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(120);
    /** Two test JVMs at a time: the exercises are independent, and a forked JVM mostly waits on its start. */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "curriculum-grader");
        t.setDaemon(true);
        return t;
    });

    private Curriculum() {
    }

    static Registry registry() throws IOException {
        return Registry.load(ROOT.resolve("exercises"));
    }

    /**
     * Starts grading the student classes under {@code studentRoot} with the public and hidden
     * tests, through the grader (javac for the student classes, a forked JVM for the tests).
     */
    static Future<ExerciseResult> gradeAll(ExerciseSpec spec, Path studentRoot, Path workDir) {
        ExerciseGrader grader = new ExerciseGrader(ClassPaths.ofThisJvm(), CodePolicy.installed());
        return POOL.submit(() -> grader.gradeCompiled(spec, studentRoot, COMPILED_TESTS, TestSuite.ALL, TIME_LIMIT, workDir));
    }
}
