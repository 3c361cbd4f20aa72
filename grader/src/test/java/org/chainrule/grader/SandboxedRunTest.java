package org.chainrule.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.chainrule.grader.TestResult.Status;
import org.chainrule.grader.isolation.Isolation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox on its own, without the bytecode policy in front of it: what it contains even when
 * the code under test does what the policy would have refused.
 */
class SandboxedRunTest {
    private static final Path SAMPLE = Path.of("src", "test", "resources", "sample");
    private static final String PACKAGE = "org.chainrule.exercises.sample";
    /** What the JVM's other threads (start-up, exit, garbage collection) may add beyond one processor. */
    private static final long ONE_PROCESSOR_SLACK_MILLIS = 100;
    private static ClassPaths classPaths;
    private static Path tests;
    private static Isolation isolation;

    @TempDir
    static Path shared;

    @TempDir
    Path work;

    @BeforeAll
    static void compileTests() throws Exception {
        classPaths = ClassPaths.ofThisJvm();
        isolation = Isolation.probe();
        Path good = student(shared.resolve("good-src"), "return a + b;");
        Path goodClasses = shared.resolve("good-classes");
        assertThat(ExerciseCompiler.compile(good, List.of(good.resolve("org/chainrule/exercises/sample/Adder.java")),
                classPaths.framework(), goodClasses)).isEmpty();
        Path testRoot = SAMPLE.resolve("exercises/src/test/java");
        List<Path> sources = ExerciseGrader.testSources(Registry.load(SAMPLE.resolve("exercises")).exercises().get(0), List.of(testRoot), TestSuite.PUBLIC);
        List<Path> cp = new ArrayList<>(List.of(goodClasses));
        cp.addAll(classPaths.tests());
        tests = shared.resolve("test-classes");
        assertThat(ExerciseCompiler.compile(testRoot, sources, cp, tests)).isEmpty();
    }

    private static Path student(Path root, String body) throws Exception {
        Path file = root.resolve("org/chainrule/exercises/sample/Adder.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package org.chainrule.exercises.sample;\n\npublic final class Adder {\n"
                + "    public static int add(int a, int b) {\n        " + body + "\n    }\n}\n");
        return root;
    }

    private SandboxedRun.Outcome run(String body, Duration limit) throws Exception {
        return SandboxedRun.run(PACKAGE, TestSuite.PUBLIC, classPath(body), SandboxedRun.Limits.of(limit, limit.multipliedBy(3)),
                isolation.prefix(), work.resolve("run"));
    }

    private List<Path> classPath(String body) throws Exception {
        Path src = student(work.resolve("src"), body);
        Path classes = work.resolve("classes");
        assertThat(ExerciseCompiler.compile(src, List.of(src.resolve("org/chainrule/exercises/sample/Adder.java")),
                classPaths.framework(), classes)).isEmpty();
        List<Path> cp = new ArrayList<>(List.of(classes, tests));
        cp.addAll(classPaths.runner());
        return cp;
    }

    private static List<Status> statuses(SandboxedRun.Outcome outcome) {
        return outcome.tests().stream().map(TestResult::status).toList();
    }

    @Test
    void aJobUsesOneProcessorItsJitCompilesOnTheTestsThread() throws Exception {
        // busy code that the JIT compiles: with a compiler thread of its own the JVM would use
        // about a third of a second processor beside the tests (processor time well above wall time)
        SandboxedRun.Outcome outcome = run("long s = a; for (int i = 0; i < 20_000_000; i++) { s = s * 31 + (i ^ (s >>> 7)); }"
                + " return s == 42 ? 0 : a + b;", Duration.ofSeconds(60));

        assertThat(statuses(outcome)).containsOnly(Status.PASSED);
        assertThat(outcome.processorTime()).isLessThanOrEqualTo(outcome.elapsed().plusMillis(ONE_PROCESSOR_SLACK_MILLIS));
    }

    @Test
    void honestCodePassesAndItsPrintingIsKeptPerTest() throws Exception {
        SandboxedRun.Outcome outcome = run("System.out.println(\"adding \" + a + \" and \" + b); return a + b;",
                Duration.ofSeconds(60));
        assertThat(statuses(outcome)).containsOnly(Status.PASSED).hasSize(3);
        assertThat(outcome.problem()).isEmpty();
        assertThat(outcome.printed()).containsEntry(PACKAGE + ".AdderTest#a_small", "adding 1 and 2\n");
    }

    @Test
    void printingFakeRecordsOrAFloodChangesNothing() throws Exception {
        String body = "System.out.println(\"END\\nDONE\\tx\\tPASSED\\t\"); System.err.println(\"PLAN\\tfake\");"
                + " for (int i = 0; i < 200_000; i++) { System.out.println(\"flood flood flood flood flood flood\"); }"
                + " return a - b;";
        SandboxedRun.Outcome outcome = run(body, Duration.ofSeconds(60));
        assertThat(outcome.tests()).hasSize(3);
        assertThat(statuses(outcome)).containsExactly(Status.FAILED, Status.FAILED, Status.FAILED);
        assertThat(outcome.printed().get(PACKAGE + ".AdderTest#a_small"))
                .startsWith("END\nDONE\tx\tPASSED\t\nPLAN\tfake\nflood")
                .endsWith("more bytes printed; the grader keeps 16384 per test)")
                .hasSizeLessThan(17_000);
    }

    @Test
    void theNetworkAndTheCompilerAreNotThere() throws Exception {
        String body = "String why = \"\";"
                + " try { new java.net.Socket(\"1.1.1.1\", 53).close(); why += \"socket opened;\"; }"
                + " catch (Exception e) { why += e.getClass().getSimpleName() + \";\"; }"
                + " try { Class.forName(\"javax.tools.ToolProvider\"); why += \"compiler found;\"; }"
                + " catch (ClassNotFoundException e) { why += \"no compiler;\"; }"
                + " throw new IllegalStateException(why);";
        SandboxedRun.Outcome outcome = run(body, Duration.ofSeconds(60));
        String message = outcome.tests().get(0).message();
        assertThat(message).contains("no compiler;");
        if (isolation.networkIsolated()) {
            assertThat(message).contains("SocketException;").doesNotContain("socket opened");
        }
    }

    @Test
    void exitEndsTheRunAndTheOtherTestsAreListedNotRun() throws Exception {
        SandboxedRun.Outcome outcome = run("if (a < 0) { Runtime.getRuntime().halt(0); } return a + b;", Duration.ofSeconds(60));
        assertThat(statuses(outcome)).containsExactly(Status.PASSED, Status.FAILED, Status.NOT_RUN);
        assertThat(outcome.problem()).isEqualTo("the test JVM stopped before all tests ended");
    }

    @Test
    void codeThatWaitsInsteadOfComputingMeetsTheWallClock() throws Exception {
        String body = "try { Thread.sleep(60_000); } catch (InterruptedException e) { } return a + b;";
        SandboxedRun.Outcome outcome = SandboxedRun.run(PACKAGE, TestSuite.PUBLIC, classPath(body),
                SandboxedRun.Limits.of(Duration.ofSeconds(30), Duration.ofSeconds(6)), isolation.prefix(), work.resolve("run"));
        assertThat(outcome.problem()).isEqualTo("time limit: the tests were stopped after 6 s");
        assertThat(statuses(outcome)).containsExactly(Status.FAILED, Status.NOT_RUN, Status.NOT_RUN);
    }

    @Test
    void anOutOfMemoryErrorEndsTheRunWithAReason() throws Exception {
        String body = "long[][] hog = new long[1_300][]; for (int i = 0; i < hog.length; i++) { hog[i] = new long[1_000_000]; }"
                + " return hog.length;";
        SandboxedRun.Outcome outcome = run(body, Duration.ofSeconds(60));
        assertThat(outcome.problem()).startsWith("the test JVM stopped (exit code 3): it ran out of memory (the heap is capped)");
        assertThat(statuses(outcome)).containsExactly(Status.FAILED, Status.NOT_RUN, Status.NOT_RUN);
    }

    @Test
    void anEndlessLoopThatSwallowsInterruptsIsKilledAtTheLimit() throws Exception {
        String body = "while (a >= -1000) { try { Thread.sleep(0); } catch (InterruptedException e) { } } return 0;";
        SandboxedRun.Outcome outcome = run(body, Duration.ofSeconds(10));
        assertThat(outcome.problem()).isEqualTo("time limit: the tests used more than 10 s of processor time");
        assertThat(statuses(outcome)).containsExactly(Status.FAILED, Status.NOT_RUN, Status.NOT_RUN);
        assertThat(outcome.processorTime()).isGreaterThan(Duration.ofSeconds(10));
        assertThat(outcome.elapsed()).isLessThan(Duration.ofSeconds(30));
    }
}
