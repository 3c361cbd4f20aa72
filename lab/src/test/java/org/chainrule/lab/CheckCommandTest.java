package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code check} in this JVM on the instructor repository's stubs (its class path has the framework). */
class CheckCommandTest {
    private static String[] run(String... args) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        StringWriter usage = new StringWriter();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            var cli = Chainrule.commandLine();
            cli.setErr(new PrintWriter(err, true));
            cli.setOut(new PrintWriter(usage, true));
            code = cli.execute(args);
        } finally {
            System.setOut(oldOut);
        }
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8) + usage, err.toString()};
    }

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
        assertThat(r[2]).startsWith("check: there is no exercise 'E99'; choose one of [E01");
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
        assertThat(r[2]).startsWith("check: no exercises/registry.properties under /;");
    }
}
