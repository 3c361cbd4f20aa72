package org.chainrule.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chainrule.grader.Registry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chainrule release --out DIR}: writes the student repository (instructors only; see {@link Release}). */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = "Write the student repository: framework, grader, lab, exercise stubs, public tests, handouts, "
                + "launcher, a student README; no solutions, hidden tests, stub generator or benchmarks.",
        footer = {"", "Example: ./chainrule release --out ../course-student"})
final class ReleaseCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "An empty or new folder for the student repository.")
    Path out;

    @CommandLine.Mixin
    RepositoryOption repository;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path repo = repository.instructor(spec, "solutions", "solutions/", "; a student repository cannot release");
        Path target = out.toAbsolutePath().normalize();
        if (target.startsWith(repo)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "release: --out " + out + " is inside the repository; choose a folder outside it.");
        }
        if (Files.exists(target) && !isEmptyFolder(target)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "release: --out " + out + " exists and is not an empty folder; choose a new one.");
        }
        Registry registry = Registry.load(repo.resolve("exercises"));
        List<Path> files = Release.write(repo, target, registry);
        System.out.printf("release: wrote %d files to %s (exercises %s).%n", files.size(), target,
                String.join(", ", registry.exercises().stream().map(e -> e.id()).toList()));
        System.out.printf("Next: cd %s && ./chainrule check   (students: see README.md)%n", target);
        return 0;
    }

    private static boolean isEmptyFolder(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
