package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void anUnwritableOutputFolderIsOneMessageNotAStackTrace(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        String[] r = run("demo", "gates", "--out", blocker.resolve("pictures").toString());
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[2]).startsWith("chainrule: could not read or write a file: ")
                .contains("blocker", "Check the path given with --out")
                .doesNotContain("\tat ");
    }

    @Test
    void unknownOptionIsAUsageError() {
        String[] r = run("demo", "--frobnicate");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("Unknown option: '--frobnicate'");
    }
}
