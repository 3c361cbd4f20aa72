package org.chainrule.lab;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chainrule.grader.ExerciseSpec;
import org.chainrule.grader.Registry;

/**
 * What goes into the student repository, by allow-list: the framework modules' main sources, the
 * exercises (stubs, public tests, handouts, registry), the launcher and a student README. Never
 * the solutions, hidden tests, fixtures, stub generator or benchmarks — they are simply not on
 * the list. The root pom loses those modules; in {@code exercises} the public tests run by default.
 */
final class Release {
    /** Framework modules shipped with their {@code pom.xml} and {@code src/main} (their own tests stay home). */
    static final List<String> MODULES = List.of("core", "autograd", "testkit", "models", "plots", "grader", "lab");
    /** Files and folders at the root that a student needs. */
    static final List<String> ROOT_FILES = List.of("chainrule", ".gitignore", "DATA.md", "mvnw", "mvnw.cmd", ".mvn");
    /** Modules of the instructor repository that a student repository does not have. */
    static final List<String> LEFT_OUT = List.of("solutions", "bench");
    /** A line that opens a solution region: must never reach a student. */
    static final String REGION = "// BEGIN SOLUTION";

    private Release() {
    }

    /**
     * Writes the student repository of {@code repo} into {@code out} (which must be empty or absent).
     *
     * @return the files written, relative to {@code out}
     */
    static List<Path> write(Path repo, Path out, Registry registry) throws IOException {
        List<Path> written = new ArrayList<>();
        for (String module : MODULES) {
            if (Files.isDirectory(repo.resolve(module))) {
                copy(repo, out, module + "/pom.xml", written);
                copy(repo, out, module + "/src/main", written);
            }
        }
        for (String file : ROOT_FILES) {
            copy(repo, out, file, written);
        }
        for (String part : List.of("exercises/" + Registry.FILE, "exercises/handouts", "exercises/src/main/java",
                "exercises/src/test/java")) {
            copy(repo, out, part, written);
        }
        String exercisesPom = Files.readString(repo.resolve("exercises/pom.xml"), StandardCharsets.UTF_8)
                .replace("<skipExerciseTests>true</skipExerciseTests>", "<skipExerciseTests>false</skipExerciseTests>");
        written.add(writeText(out, "exercises/pom.xml", exercisesPom));
        String rootPom = Files.readString(repo.resolve("pom.xml"), StandardCharsets.UTF_8);
        for (String module : LEFT_OUT) {
            rootPom = rootPom.replaceAll("\\n\\s*<module>" + module + "</module>", "");
        }
        written.add(writeText(out, "pom.xml", rootPom));
        written.add(writeText(out, "README.md", studentReadme(registry)));
        for (Path file : written) {
            String name = file.getFileName().toString();
            boolean region = name.endsWith(".java")
                    && Files.readAllLines(out.resolve(file), StandardCharsets.UTF_8).stream().anyMatch(l -> l.trim().equals(REGION));
            if (region || name.endsWith("HiddenTest.java")) {
                throw new IllegalStateException("release: " + file + (region ? " holds a solution region" : " is a hidden test")
                        + ", which must not reach students; the release in " + out + " is incomplete.");
            }
        }
        return written;
    }

    /** The student README: the template with one row per exercise. */
    static String studentReadme(Registry registry) throws IOException {
        StringBuilder rows = new StringBuilder("| exercise | what you build | handout |\n|---|---|---|\n");
        for (ExerciseSpec e : registry.exercises()) {
            rows.append(String.format("| %s %s | %s | %s |%n", e.id(), e.topic(), e.title(),
                    String.join(" · ", e.handouts().stream().map(h -> "[" + h.substring(h.lastIndexOf('/') + 1)
                            + "](exercises/" + h + ")").toList())));
        }
        try (InputStream in = Release.class.getResourceAsStream("student-README.md")) {
            if (in == null) {
                throw new IllegalStateException("release: the student README template is missing from the lab jar.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{EXERCISES}}", rows.toString().strip());
        }
    }

    private static void copy(Path repo, Path out, String relative, List<Path> written) throws IOException {
        Path from = repo.resolve(relative);
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                Path rel = repo.relativize(f);
                Path to = out.resolve(rel.toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to, StandardCopyOption.COPY_ATTRIBUTES);
                written.add(rel);
            }
        }
    }

    private static Path writeText(Path out, String relative, String text) throws IOException {
        Path to = out.resolve(relative);
        Files.createDirectories(to.getParent());
        Files.writeString(to, text, StandardCharsets.UTF_8);
        return Path.of(relative);
    }
}
