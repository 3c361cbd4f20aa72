package org.chainrule.grader.grade;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.chainrule.grader.ExerciseSpec;

/**
 * The reference solutions' own times, from which the {@link TimeLimit}s come; kept in a file
 * keyed by a hash of the solutions, the tests and the JDK, so they are measured again only when
 * one of those changes. Keys: {@code E01.cpu} and {@code E01.wall}, in milliseconds.
 */
final class Calibration {
    private Calibration() {
    }

    /** The reference times stored for {@code key}, or an empty map. */
    static Map<String, Duration> load(Path file, String key) {
        Map<String, Duration> times = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return times;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return times;
        }
        if (!key.equals(p.getProperty("key"))) {
            return times;
        }
        for (String name : p.stringPropertyNames()) {
            if (name.matches("E\\d\\d\\.(cpu|wall)")) {
                times.put(name, Duration.ofMillis(Long.parseLong(p.getProperty(name))));
            }
        }
        return times;
    }

    /** Stores the reference times; a folder that cannot be written only means measuring again next time. */
    static void store(Path file, String key, Map<String, Duration> times) {
        Properties p = new Properties();
        p.setProperty("key", key);
        times.forEach((id, d) -> p.setProperty(id, String.valueOf(d.toMillis())));
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(out, "reference solution times (ms): processor (cpu) and wall clock; limits are max(10 s, 5 x these)");
            }
        } catch (IOException e) {
            // not kept: the next run measures again
        }
    }

    /** A hash of everything a reference time depends on: solutions, tests, registry, JDK. */
    static String key(Course course, List<ExerciseSpec> exercises) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(System.getProperty("java.version").getBytes(StandardCharsets.UTF_8));
            sha.update(Files.readAllBytes(course.root().resolve("exercises/registry.properties")));
            for (ExerciseSpec e : exercises) {
                for (Path root : List.of(course.solutions(), course.publicTests(), course.hiddenTests())) {
                    Path dir = root.resolve(e.packagePath());
                    if (Files.isDirectory(dir)) {
                        try (Stream<Path> files = Files.list(dir)) {
                            for (Path f : files.sorted().toList()) {
                                sha.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                                sha.update(Files.readAllBytes(f));
                            }
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }
}
