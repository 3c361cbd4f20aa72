package org.chainrule.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chainrule.grader.Registry;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The repository a command works on, for {@code check}, {@code grade}, {@code submit},
 * {@code release} and {@code gradescope} (a picocli mixin): where {@code ./chainrule} is (the
 * launcher passes it as {@code -Dchainrule.root}), or the hidden {@code --root DIR} of the tests.
 * A student repository has {@code exercises/registry.properties}; an instructor repository has
 * {@code solutions/} too. A command run in the wrong one is a usage error that says which.
 */
final class RepositoryOption {
    @Option(names = "--root", paramLabel = "DIR", hidden = true,
            description = "The repository (default: where ./chainrule is).")
    Path root;

    /** The repository, absolute. */
    Path path() {
        return (root != null ? root : Path.of(System.getProperty("chainrule.root", "."))).toAbsolutePath().normalize();
    }

    /**
     * The repository, which must hold the exercises' registry; else a usage error
     * "{@code <command>: no exercises/registry.properties under <dir>; run ./chainrule <command> inside <where>.}"
     *
     * @param where e.g. {@code "a Chainrule repository"}
     */
    Path course(CommandSpec spec, String where) {
        Path repo = path();
        if (!Files.isRegularFile(repo.resolve("exercises").resolve(Registry.FILE))) {
            String command = spec.name();
            throw new CommandLine.ParameterException(spec.commandLine(), command + ": no exercises/" + Registry.FILE
                    + " under " + repo + "; run ./chainrule " + command + " inside " + where + ".");
        }
        return repo;
    }

    /**
     * The repository, which must be an instructor's: the registry and {@code needed} (a folder);
     * else a usage error "{@code <command>: <dir> is not an instructor repository (it needs <what>)<more>.}"
     *
     * @param needed the folder, relative to the repository, e.g. {@code solutions/src/test/java}
     * @param what   how the message names it, e.g. {@code "solutions/ with the hidden tests"}
     * @param more   what follows the parenthesis, e.g. {@code "; a student repository cannot release"}, or empty
     */
    Path instructor(CommandSpec spec, String needed, String what, String more) {
        Path repo = path();
        if (!Files.isDirectory(repo.resolve(needed)) || !Files.isRegularFile(repo.resolve("exercises").resolve(Registry.FILE))) {
            throw new CommandLine.ParameterException(spec.commandLine(), spec.name() + ": " + repo + " is not an instructor "
                    + "repository (it needs " + what + " and exercises/" + Registry.FILE + ")" + more + ".");
        }
        return repo;
    }
}
