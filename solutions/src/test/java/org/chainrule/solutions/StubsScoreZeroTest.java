package org.chainrule.solutions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.chainrule.grader.ExerciseResult;
import org.chainrule.grader.ExerciseSpec;
import org.chainrule.grader.TestResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The tests grade: every public and hidden test <i>fails</i> against the committed stubs, run
 * through the grader (javac per exercise, a forked JVM). With the solutions passing them all
 * (surefire runs them in this module), a test that cannot fail would show up here.
 */
class StubsScoreZeroTest {
    @TestFactory
    List<DynamicTest> everyGradedTestFailsAgainstTheStubs() throws Exception {
        Path work = Files.createTempDirectory("chainrule-stubs");
        List<DynamicTest> tests = new ArrayList<>();
        for (ExerciseSpec spec : Curriculum.registry().exercises()) {
            Future<ExerciseResult> result = Curriculum.gradeAll(spec, Curriculum.STUBS, work.resolve(spec.id()));
            tests.add(DynamicTest.dynamicTest(spec.id() + " " + spec.topic() + " stubs score 0", () -> {
                ExerciseResult r = result.get();
                assertThat(r.compileErrors()).as("%s stubs compile", spec.id()).isEmpty();
                assertThat(r.problem()).as("%s tests ran to the end", spec.id()).isEmpty();
                assertThat(r.tests()).as("%s tests found", spec.id()).isNotEmpty();
                assertThat(r.tests()).as("%s: tests a stub passes (they cannot fail)", spec.id())
                        .filteredOn(t -> t.status() != TestResult.Status.FAILED)
                        .extracting(t -> t.className() + "." + t.methodName()).isEmpty();
                assertThat(r.tests()).as("%s: every failure names the stub's method and handout", spec.id())
                        .allSatisfy(t -> assertThat(t.message()).contains(spec.id() + " ", "not done yet"));
                assertThat(r.points()).isZero();
            }));
        }
        return tests;
    }
}
