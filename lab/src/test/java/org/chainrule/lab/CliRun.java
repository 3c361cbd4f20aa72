package org.chainrule.lab;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the command line in this JVM, as the tests of the lab commands do. */
final class CliRun {
    private CliRun() {
    }

    /**
     * Runs {@code chainrule args...} with its output captured.
     *
     * @return {exit code, standard output (demos) followed by picocli's usage output, picocli's error output}
     */
    static String[] run(String... args) {
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
}
