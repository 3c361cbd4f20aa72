package org.chainrule.solutions.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chainrule.grader.ExerciseSpec;
import org.chainrule.grader.Registry;
import org.junit.jupiter.api.Test;

/**
 * The committed stubs ({@code exercises/src/main/java}) are exactly what {@link StubGenerator}
 * makes from the solutions. With {@code -Dchainrule.regenerate=true} (the {@code regenerate}
 * profile) it writes them instead:
 * <pre>
 *   mvn -B -ntp -Pregenerate -pl solutions -am test
 * </pre>
 */
class StubsInSyncTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String COMMAND = "mvn -B -ntp -Pregenerate -pl solutions -am test";

    @Test
    void committedStubsAreWhatTheGeneratorMakes() throws Exception {
        Map<Path, String> stubs = StubGenerator.generate(ROOT);
        List<Path> stale = staleStubs(stubs);
        if (Boolean.getBoolean("chainrule.regenerate")) {
            for (Map.Entry<Path, String> e : stubs.entrySet()) {
                Files.createDirectories(ROOT.resolve(e.getKey()).getParent());
                Files.writeString(ROOT.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
            for (Path p : stale) {
                Files.delete(ROOT.resolve(p));
            }
            System.out.printf("regenerated %d stubs, removed %d stale ones%n", stubs.size(), stale.size());
            return;
        }
        List<Path> differ = new ArrayList<>();
        for (Map.Entry<Path, String> e : stubs.entrySet()) {
            Path file = ROOT.resolve(e.getKey());
            if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(e.getValue())) {
                differ.add(e.getKey());
            }
        }
        assertThat(differ).as("stubs that differ from the solutions' regions; regenerate them with: %s", COMMAND).isEmpty();
        assertThat(stale).as("stubs without a solution; remove them (%s does)", COMMAND).isEmpty();
    }

    /** Files in the exercise packages that the generator does not make. */
    private static List<Path> staleStubs(Map<Path, String> stubs) throws Exception {
        List<Path> stale = new ArrayList<>();
        for (ExerciseSpec spec : Registry.load(ROOT.resolve("exercises")).exercises()) {
            Path dir = ROOT.resolve("exercises/src/main/java").resolve(spec.packagePath());
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.map(ROOT::relativize).filter(p -> !stubs.containsKey(p)).forEach(stale::add);
                }
            }
        }
        return stale;
    }
}
