package org.chainrule.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Callable;
import jdk.jshell.tool.JavaShellToolBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code chainrule shell}: JShell with Chainrule on the class path and its packages imported, so
 * that {@code Tensor.of(1, 2).add(3)} or {@code node.explain()} can be typed at a prompt.
 */
@Command(name = "shell", mixinStandardHelpOptions = true,
        description = {"JShell with Chainrule on the class path and its packages imported.",
            "Try: Tensor.of(1, 2).add(3)   Leave with /exit."},
        footer = {"", "Example: ./chainrule shell", "         ./chainrule shell script.jsh   (runs the script, then the prompt)"})
final class ShellCommand implements Callable<Integer> {
    /** The imports every session starts with (a resource beside this class). */
    static final String STARTUP = "shell-startup.jsh";

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "JShell scripts to run first; end one with /exit to leave afterwards.")
    List<Path> scripts = new ArrayList<>();

    private final InputStream in;
    private final PrintStream out;

    /** The shell on the terminal. */
    ShellCommand() {
        this(System.in, System.out);
    }

    /**
     * @param in what is typed (a test sends a script)
     * @param out where results and errors are shown
     */
    ShellCommand(InputStream in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        for (Path script : scripts) {
            if (!Files.isReadable(script)) {
                throw new CommandFailure("shell: cannot read the script '" + script + "'.");
            }
        }
        Path startup = Files.createTempFile("chainrule-startup-", ".jsh");
        try {
            Files.writeString(startup, startupScript());
            List<String> options = new ArrayList<>(List.of(
                    "--class-path", System.getProperty("java.class.path"),
                    "--startup", "DEFAULT", "--startup", startup.toString()));
            scripts.forEach(s -> options.add(s.toString()));
            // In-memory settings: no preferences folder is created or needed in the user's home.
            return JavaShellToolBuilder.builder().in(in, null).out(out).err(out).persistence(new HashMap<>())
                    .start(options.toArray(String[]::new));
        } finally {
            Files.deleteIfExists(startup);
        }
    }

    /** The imports, read from the resource {@value #STARTUP}. */
    static String startupScript() throws IOException {
        try (InputStream s = ShellCommand.class.getResourceAsStream(STARTUP)) {
            if (s == null) {
                throw new CommandFailure("shell: Chainrule's build is incomplete (" + STARTUP
                        + " is missing); run ./chainrule again to rebuild.");
            }
            return new String(s.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
