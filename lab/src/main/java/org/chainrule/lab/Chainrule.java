package org.chainrule.lab;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code chainrule} command line: {@code chainrule demo NAME}, more commands as the course
 * grows. Started by the {@code ./chainrule} launcher at the repository root.
 */
@Command(name = "chainrule",
        mixinStandardHelpOptions = true,
        version = "Chainrule 0.1.0",
        description = "Chainrule: a deep-learning teaching framework — tensors, gradient gates, models.",
        subcommands = {DemoCommand.class, ShellCommand.class, CheckCommand.class, ReleaseCommand.class,
            GradeCommand.class, SubmitCommand.class, GradescopeCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  ./chainrule demo tensors", "  ./chainrule demo --list", "  ./chainrule shell",
            "  ./chainrule check E01", "  ./chainrule grade submissions/*.zip --out grading", "",
            "Exit codes: 0 ok (check: every test passes), 1 failed (check: some test fails), 2 usage error,",
            "3 the framework could not be built.", ""})
public final class Chainrule implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Read from the raw arguments by the handlers below; declared so every command accepts it. */
    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "When something fails, show the Java stack trace as well.")
    boolean debug;

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
        boolean debug = Arrays.asList(args).contains("--debug");
        int status;
        try {
            status = commandLine().execute(args);
        } catch (Throwable t) {  // errors picocli lets through, e.g. a class missing from a cleaned build
            PrintWriter err = new PrintWriter(System.err, true);
            status = report(t, err, debug);
        }
        System.exit(status);
    }

    /** One plain line for a failure (the stack trace too with {@code --debug}); returns the exit status. */
    private static int report(Throwable t, PrintWriter err, boolean debug) {
        err.println("chainrule: " + Failures.describe(t));
        if (debug) {
            t.printStackTrace(err);
        }
        return Failures.status(t);
    }

    /** The configured command line; every failure is reported as one line, not a stack trace. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Chainrule());
        cli.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            String what = Failures.usage(ex).replaceAll("\\.$", "");
            c.getErr().println("chainrule: " + what + " (help: " + c.getCommandSpec().qualifiedName(" ") + " --help)");
            if (List.of(args).contains("--debug")) {
                ex.printStackTrace(c.getErr());
            }
            return Failures.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) ->
                report(ex, c.getErr(), parsed.originalArgs().contains("--debug")));
        return cli;
    }
}
