package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ChainruleTest {

    /** Runs the command line with captured stdout (demos) and stderr (picocli). */
    private static String[] run(String... args) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        StringWriter usage = new StringWriter();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine cli = Chainrule.commandLine();
            cli.setErr(new PrintWriter(err, true));
            cli.setOut(new PrintWriter(usage, true));
            code = cli.execute(args);
        } finally {
            System.setOut(oldOut);
        }
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8) + usage, err.toString()};
    }

    @Test
    void unknownDemoIsAUsageErrorThatListsTheDemos() {
        String[] r = run("demo", "nope");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).startsWith("demo: there is no demo 'nope'; choose one of [tensors, gates");
    }

    @Test
    void listNamesEveryDemo() {
        String[] r = run("demo", "--list");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("tensors", "gates");
    }

    @Test
    void helpListsTheCommands() {
        String[] r = run("--help");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("Usage: chainrule", "demo");
    }

    @Test
    void unknownOptionIsAUsageError() {
        String[] r = run("demo", "--frobnicate");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("Unknown option: '--frobnicate'");
    }
}
