package org.chainrule.lab;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chainrule gradescope --out DIR}: the Gradescope autograder bundle. {@code DIR/autograder.zip}
 * holds the course repository (what {@code grade} needs: framework, exercises, hidden tests,
 * reference solutions), {@code setup.sh} (a JDK, the framework built once, limits calibrated) and
 * {@code run_autograder} (grades {@code /autograder/submission} into
 * {@code /autograder/results/results.json}); both scripts are also written to DIR to read.
 */
@Command(name = "gradescope", mixinStandardHelpOptions = true,
        description = "Write the Gradescope autograder bundle (autograder.zip with setup.sh and run_autograder).",
        footer = {"", "Example: ./chainrule gradescope --out gradescope   # then upload gradescope/autograder.zip"})
final class GradescopeCommand implements Callable<Integer> {
    /** Never in the bundle: version control, build output, reports, IDE settings. */
    private static final Set<String> SKIPPED = Set.of(".git", "target", "out", "grading", "node_modules", ".idea", ".vscode");
    private static final List<String> SCRIPTS = List.of("setup.sh", "run_autograder");

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where autograder.zip and the two scripts go.")
    Path out;

    @CommandLine.Mixin
    RepositoryOption repository;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path repo = repository.instructor(spec, "solutions/src/test/java", "solutions/ with the hidden tests", "");
        Path dir = Files.createDirectories(out.toAbsolutePath().normalize());
        if (dir.startsWith(repo) && !SKIPPED.contains(repo.relativize(dir).getName(0).toString())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "gradescope: --out " + out
                    + " is inside the repository; choose a folder outside it (or under target/ or out/).");
        }
        for (String script : SCRIPTS) {
            try (InputStream in = GradescopeCommand.class.getResourceAsStream("gradescope/" + script)) {
                Files.write(dir.resolve(script), in.readAllBytes());
            }
            Files.setPosixFilePermissions(dir.resolve(script), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path zip = dir.resolve("autograder.zip");
        Files.deleteIfExists(zip);
        int files = bundle(repo, dir, zip);
        System.out.printf("gradescope: wrote %s (%d files: the course repository, setup.sh, run_autograder).%n", zip, files);
        System.out.println("Upload it as the assignment's autograder (Docker, Ubuntu). Gradescope runs setup.sh once, then "
                + "run_autograder per submission.");
        return 0;
    }

    /** The repository and the scripts at the zip's root, executable files kept executable. */
    private static int bundle(Path repo, Path scripts, Path zip) throws IOException {
        int count = 0;
        URI uri = URI.create("jar:" + zip.toUri());
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of("create", "true", "enablePosixFileAttributes", "true"));
             Stream<Path> walk = Files.walk(repo)) {
            for (Path f : walk.filter(Files::isRegularFile).filter(f -> keep(repo, f)).sorted().toList()) {
                count += copy(f, fs.getPath(repo.relativize(f).toString().replace('\\', '/')));
            }
            for (String script : SCRIPTS) {
                count += copy(scripts.resolve(script), fs.getPath(script));
            }
        }
        return count;
    }

    private static boolean keep(Path repo, Path file) {
        for (Path part : repo.relativize(file)) {
            if (SKIPPED.contains(part.toString())) {
                return false;
            }
        }
        return !file.getFileName().toString().endsWith(".zip");
    }

    private static int copy(Path from, Path to) throws IOException {
        if (to.getParent() != null) {
            Files.createDirectories(to.getParent());
        }
        Files.copy(from, to);
        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString(Files.isExecutable(from) ? "rwxr-xr-x" : "rw-r--r--"));
        return 1;
    }
}
