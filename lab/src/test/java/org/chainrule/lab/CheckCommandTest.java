package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainrule.lab.CliRun.run;

import org.junit.jupiter.api.Test;

/** {@code check} in this JVM on the instructor repository's stubs (its class path has the framework). */
class CheckCommandTest {

    @Test
    void theStubsScoreZeroWithAMessageToActOnAndExitCode1() {
        String[] r = run("check", "E01", "--root", "..");

        assertThat(r[0]).isEqualTo("1");
        assertThat(r[1]).contains("E01   Tensors by hand").contains("0 / 10", "0 of 6")
                .contains("· not started: all 6 tests stop at a method that is not done yet. Read "
                        + "exercises/handouts/E01-tensors.md, then fill in TensorsByHand.");
    }

    @Test
    void anUnknownExerciseIsAUsageErrorThatListsTheExercises() {
        String[] r = run("check", "E99", "--root", "..");

        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).startsWith("chainrule: check: there is no exercise 'E99'; choose one of [E01");
    }

    @Test
    void helpListsTheExitCodes() {
        String[] r = run("check", "--help");

        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("Exit codes:", "0   every checked test passes", "1   some test fails",
                "2   usage error", "3   the framework could not be built");
    }

    @Test
    void outsideARepositoryCheckSaysWhereItLooked() {
        String[] r = run("check", "--root", "/");

        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).startsWith("chainrule: check: no exercises/registry.properties under /;");
    }
}
