package org.chainrule.solutions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chainrule.grader.ExerciseSpec;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The registry and the sources agree: each exercise's classes exist as stubs and as solutions,
 * its package holds nothing else, and no exercise's code or tests import another exercise.
 */
class RegistryMatchesSourcesTest {
    @TestFactory
    List<DynamicTest> everyExerciseIsWhereTheRegistrySays() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (ExerciseSpec spec : Curriculum.registry().exercises()) {
            tests.add(DynamicTest.dynamicTest(spec.id() + " " + spec.topic(), () -> {
                for (Path root : List.of(Curriculum.STUBS, Curriculum.SOLUTIONS)) {
                    assertThat(javaFiles(root.resolve(spec.packagePath())))
                            .as("%s classes in %s", spec.id(), root).containsExactlyInAnyOrderElementsOf(spec.classes());
                }
                for (Path root : List.of(Curriculum.STUBS, Curriculum.SOLUTIONS, Curriculum.PUBLIC_TESTS, Curriculum.HIDDEN_TESTS)) {
                    for (String name : javaFiles(root.resolve(spec.packagePath()))) {
                        String text = Files.readString(root.resolve(spec.packagePath()).resolve(name + ".java"), StandardCharsets.UTF_8);
                        assertThat(text.lines().filter(l -> l.startsWith("import") && l.contains(ExerciseSpec.PACKAGE_PREFIX)))
                                .as("%s/%s imports another exercise", root.getFileName(), name).isEmpty();
                    }
                }
            }));
        }
        return tests;
    }

    private static List<String> javaFiles(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .map(n -> n.substring(0, n.length() - ".java".length())).sorted().toList();
        }
    }
}
