package org.chainrule.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.chainrule.grader.TestResult.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole path on a sample exercise (src/test/resources/sample): compile, run in a fresh JVM, points. */
class ExerciseGraderTest {
    private static final Path SAMPLE = Path.of("src", "test", "resources", "sample");
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static Registry registry;
    private static ExerciseGrader grader;

    @TempDir
    Path work;

    @BeforeAll
    static void load() throws Exception {
        registry = Registry.load(SAMPLE.resolve("exercises"));
        grader = new ExerciseGrader(ClassPaths.ofThisJvm(), CodePolicy.installed());
    }

    private ExerciseResult grade(String variant, TestSuite suite, Duration limit) throws Exception {
        Path student = work.resolve("student");
        Path dir = Files.createDirectories(student.resolve("org/chainrule/exercises/sample"));
        Files.copy(SAMPLE.resolve("variants").resolve(variant).resolve("Adder.java"), dir.resolve("Adder.java"));
        return grader.grade(registry.exercises().get(0), student,
                List.of(SAMPLE.resolve("exercises/src/test/java")), suite, limit, work.resolve("run"));
    }

    @Test
    void aCorrectSolutionEarnsEveryPointWithTheTestsDescriptions() throws Exception {
        ExerciseResult r = grade("good", TestSuite.ALL, LIMIT);

        assertThat(r.tests()).extracting(TestResult::description).containsExactlyInAnyOrder(
                "1 + 2 is 3", "-1 + -2 is -3", "add agrees with + on generated numbers", "large()");
        assertThat(r.tests()).allMatch(t -> t.status() == Status.PASSED);
        assertThat(r.points()).isEqualTo(15.0);
        assertThat(r.allPassed()).isTrue();
    }

    @Test
    void aCompileErrorIsTheCompilersMessageFileAndLine() throws Exception {
        ExerciseResult r = grade("syntax", TestSuite.PUBLIC, LIMIT);

        assertThat(r.compileErrors()).hasSize(1);
        CompileError e = r.compileErrors().get(0);
        assertThat(e.file()).isEqualTo("org/chainrule/exercises/sample/Adder.java");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.message()).contains("';' expected");
        assertThat(r.points()).isZero();
    }

    @Test
    void anEndlessLoopHitsTheTimeLimitAndEveryTestIsStillListed() throws Exception {
        ExerciseResult r = grade("loop", TestSuite.PUBLIC, Duration.ofSeconds(5));

        assertThat(r.problem()).startsWith("time limit: the tests were stopped after 5 s");
        assertThat(r.tests()).extracting(TestResult::methodName, TestResult::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a_small", Status.PASSED),
                org.assertj.core.groups.Tuple.tuple("b_negative", Status.FAILED),
                org.assertj.core.groups.Tuple.tuple("c_property", Status.NOT_RUN));
        assertThat(r.tests().get(1).message()).endsWith("while this test was running (an endless loop?)");
        assertThat(r.tests().get(2).message()).startsWith("not run: time limit");
        assertThat(r.points()).isEqualTo(2.0);
    }

    @Test
    void systemExitStopsTheJvmNotTheGraderAndTheRestAreNotRun() throws Exception {
        ExerciseResult r = grade("exit", TestSuite.PUBLIC, LIMIT);

        assertThat(r.problem()).isEqualTo("the test JVM stopped (exit code 3)");
        assertThat(r.tests()).extracting(TestResult::status)
                .containsExactly(Status.PASSED, Status.FAILED, Status.NOT_RUN);
        assertThat(r.points()).isEqualTo(2.0);
    }

    @Test
    void publicMeansNoHiddenTestsAndUnregisteredFilesAreIgnoredWithAWarning() throws Exception {
        Path dir = Files.createDirectories(work.resolve("student/org/chainrule/exercises/sample"));
        Files.writeString(dir.resolve("Helper.java"), "package org.chainrule.exercises.sample; class Helper { }");
        ExerciseResult r = grade("good", TestSuite.PUBLIC, LIMIT);

        assertThat(r.tests()).extracting(TestResult::className).doesNotContain("org.chainrule.exercises.sample.AdderHiddenTest");
        assertThat(r.points()).isEqualTo(10.0);
        assertThat(r.warnings()).containsExactly("ignored Helper.java: the grader compiles only Adder (the registered "
                + "classes of E01); put helper code inside them");
    }
}
