package org.chainrule.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.chainrule.grader.TestResult.Status;
import org.junit.jupiter.api.Test;

class RecordsTest {
    @Test
    void fieldsSurviveTabsNewlinesAndBackslashes() {
        String line = Records.line("DONE", "[engine:x]/[method:a()]", "FAILED", "a\tb\nc\\n\r");
        assertThat(line).doesNotContain("\n");
        assertThat(Records.fields(line)).containsExactly("DONE", "[engine:x]/[method:a()]", "FAILED", "a\tb\nc\\n\r");
    }

    @Test
    void aBrokenClassFailsItsTestsWithItsMessage() throws Exception {
        ForkedRun.Outcome o = ForkedRun.read(List.of(
                Records.line(Records.PLAN, "[c:A]/[m:x]", "A", "x", "2.0", "x()"),
                Records.line(Records.BROKEN, "[c:A]", "ExceptionInInitializerError"),
                Records.line(Records.END)), "", Path.of("no-such-output"));

        assertThat(o.tests()).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo(Status.FAILED);
            assertThat(t.message()).isEqualTo("ExceptionInInitializerError");
        });
    }

    @Test
    void publicSuitesLeaveHiddenTestsOut() {
        String pattern = TestSuite.PUBLIC.classNamePattern("org.chainrule.exercises.gates");
        assertThat("org.chainrule.exercises.gates.MulGateTest").matches(pattern);
        assertThat("org.chainrule.exercises.gates.MulGateHiddenTest").doesNotMatch(pattern);
        assertThat("org.chainrule.exercises.gates.MulGateHiddenTest")
                .matches(TestSuite.ALL.classNamePattern("org.chainrule.exercises.gates"));
        assertThat("org.chainrule.exercises.gatesx.MulGateTest").doesNotMatch(pattern);
    }
}
