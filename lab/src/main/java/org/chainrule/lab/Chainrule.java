package org.chainrule.lab;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code chainrule} command line: {@code chainrule demo NAME}, more commands as the course
 * grows. Started by the {@code ./chainrule} launcher at the repository root.
 */
@Command(name = "chainrule",
        mixinStandardHelpOptions = true,
        version = "Chainrule 0.1.0",
        description = "Chainrule: a deep-learning teaching framework — tensors, gradient gates, models.",
        subcommands = {DemoCommand.class, CheckCommand.class, ReleaseCommand.class, GradeCommand.class,
            SubmitCommand.class, GradescopeCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  ./chainrule demo tensors", "  ./chainrule demo --list", "  ./chainrule check E01", "",
            "Exit codes: 0 ok (check: every test passes), 1 failed (check: some test fails), 2 usage error,",
            "3 the framework could not be built.", ""})
public final class Chainrule implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** With no command, print the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its status (0 ok, 1 failed, 2 usage error). */
    public static void main(String[] args) {
        // Print UTF-8 whatever the locale: the walkthroughs use ·, →, ⊙ and Σ.
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        System.exit(commandLine().execute(args));
    }

    /** The file and the reason, e.g. {@code /proc/nope/gates.dot (No such file or directory)}. */
    private static String describe(Throwable io) {
        String type = io.getClass().getSimpleName();
        return io.getMessage() == null ? type : type + ": " + io.getMessage();
    }

    /** The configured command line; user mistakes are reported as one message, not a stack trace. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Chainrule());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof IllegalArgumentException) {
                commandLine.getErr().println("chainrule: " + ex.getMessage());
                return 2;
            }
            if (ex instanceof IOException || ex instanceof UncheckedIOException) {
                Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
                commandLine.getErr().println("chainrule: could not read or write a file: " + describe(io)
                        + ". Check the path given with --out and that the folder is writable.");
                return 1;
            }
            throw ex;
        });
        return cli;
    }
}
