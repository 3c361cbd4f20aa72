package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.chainrule.grader.ExerciseSpec;
import org.chainrule.grader.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code release} writes a student repository with no solution in it, and there the launcher
 * builds the framework and {@code check} runs: zeros on the stubs, full marks on a solved E01
 * (without rebuilding: exercise sources never trigger Maven). Slow (a Maven build), so one exercise.
 */
class ReleaseTest {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    /** Lines inside solution regions at least this long are distinctive enough to search for. */
    private static final int DISTINCTIVE = 30;

    @TempDir
    Path dir;

    @Test
    void aReleaseHoldsNoSolutionAndCheckRunsThere() throws Exception {
        Path out = dir.resolve("student");
        Registry registry = Registry.load(REPO.resolve("exercises"));
        Release.write(REPO, out, registry);

        assertThat(out.resolve("solutions")).doesNotExist();
        assertThat(out.resolve("bench")).doesNotExist();
        assertThat(out.resolve("core/src/test")).doesNotExist();
        assertThat(out.resolve("chainrule")).isExecutable();
        assertThat(Files.readString(out.resolve("pom.xml"))).doesNotContain("<module>solutions</module>", "<module>bench</module>")
                .contains("<module>exercises</module>", "<module>grader</module>");
        assertThat(Files.readString(out.resolve("README.md"))).contains("./chainrule check", "[E01-tensors.md](exercises/handouts/E01-tensors.md)");
        List<String> texts = texts(out);
        assertThat(texts).as("text files in the release").hasSizeGreaterThan(50);
        List<String> published = new ArrayList<>(texts(REPO.resolve("exercises/src/test")));
        published.addAll(texts(REPO.resolve("exercises/handouts")));
        for (String module : Release.MODULES) {
            if (Files.isDirectory(REPO.resolve(module).resolve("src/main"))) {
                published.addAll(texts(REPO.resolve(module).resolve("src/main")));
            }
        }
        // A region line that is published on purpose is no secret: the framework's own code (matmul's
        // rank check), or an error text the handout and the public tests state.
        List<String> regions = solutionLines(registry).stream()
                .filter(line -> published.stream().noneMatch(t -> t.contains(line))).toList();
        assertThat(regions).as("distinctive solution lines to look for").isNotEmpty();
        for (String line : regions) {
            assertThat(texts).as("solution text in the release: %s", line).noneMatch(t -> t.contains(line));
        }
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(n -> n.endsWith("HiddenTest.java") || n.equals("StubGenerator.java") || n.equals("fixtures"));
        }

        Run stubs = launch(out, "check", "E01");
        assertThat(stubs.exit()).as(stubs.output()).isEqualTo(1);
        assertThat(stubs.output()).contains("0 / 10", "not started");

        ExerciseSpec e01 = registry.find("E01").orElseThrow();
        Path solved = REPO.resolve("solutions/src/main/java").resolve(e01.packagePath()).resolve("TensorsByHand.java");
        Files.copy(solved, out.resolve("exercises/src/main/java").resolve(e01.packagePath()).resolve("TensorsByHand.java"),
                StandardCopyOption.REPLACE_EXISTING);
        Run done = launch(out, "check", "tensors");
        assertThat(done.exit()).as(done.output()).isZero();
        assertThat(done.output()).contains("10 / 10", "6 of 6").doesNotContain("rebuilding");
    }

    /** What one launcher run gave: its exit code and its output (stdout and stderr). */
    private record Run(int exit, String output) {
    }

    /** Runs the release's launcher (building offline on first use), at most 10 minutes. */
    private Run launch(Path repo, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(repo.resolve("chainrule").toString()));
        command.addAll(List.of(args));
        Path log = dir.resolve("launch-" + args[args.length - 1] + ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("CHAINRULE_MVN_ARGS", "-o");
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor();
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Every text file of the release. */
    private static List<String> texts(Path out) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".java") || name.endsWith(".md") || name.endsWith(".xml") || name.endsWith(".properties")) {
                    texts.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }

    /** The distinctive lines inside every solution region of every registered exercise. */
    private static List<String> solutionLines(Registry registry) throws IOException {
        List<String> lines = new ArrayList<>();
        for (ExerciseSpec e : registry.exercises()) {
            for (String c : e.classes()) {
                boolean inside = false;
                for (String line : Files.readAllLines(REPO.resolve("solutions/src/main/java").resolve(e.packagePath()).resolve(c + ".java"))) {
                    String t = line.trim();
                    if (t.equals("// BEGIN SOLUTION") || t.equals("// END SOLUTION")) {
                        inside = t.startsWith("// BEGIN");
                    } else if (inside && t.length() >= DISTINCTIVE) {
                        lines.add(t);
                    }
                }
            }
        }
        return lines;
    }
}
