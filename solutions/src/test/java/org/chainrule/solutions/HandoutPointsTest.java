package org.chainrule.solutions;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.chainrule.grader.ExerciseSpec;
import org.chainrule.testkit.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Points are stated once in code ({@code @Points}) and agree everywhere else: each exercise's
 * public tests sum to the registry's {@code points.public} and its hidden tests to
 * {@code points.hidden}; every graded test has points and a description; and both handouts list
 * each public test with its points ({@code | 3 | `matmulAgreesWithTensor` | … |}) and the two
 * totals ({@code | **10** |} and {@code | **5** |}).
 */
class HandoutPointsTest {
    @TestFactory
    List<DynamicTest> pointsAgreeWithTheRegistryAndTheHandouts() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (ExerciseSpec spec : Curriculum.registry().exercises()) {
            tests.add(DynamicTest.dynamicTest(spec.id() + " " + spec.topic(), () -> {
                List<Method> publicTests = graded(spec, Curriculum.PUBLIC_TESTS, "Test");
                List<Method> hiddenTests = graded(spec, Curriculum.HIDDEN_TESTS, "HiddenTest");
                assertThat(publicTests).as("%s public tests", spec.id()).isNotEmpty();
                assertThat(hiddenTests).as("%s hidden tests", spec.id()).isNotEmpty();
                for (Method m : concat(publicTests, hiddenTests)) {
                    assertThat(m.getAnnotation(Points.class)).as("@Points on %s", name(m)).isNotNull();
                    assertThat(m.getAnnotation(Points.class).value()).as("points of %s", name(m)).isPositive();
                    assertThat(m.getAnnotation(DisplayName.class)).as("@DisplayName on %s", name(m)).isNotNull();
                }
                assertThat(sum(publicTests)).as("%s public points", spec.id()).isEqualTo(spec.publicPoints());
                assertThat(sum(hiddenTests)).as("%s hidden points", spec.id()).isEqualTo(spec.hiddenPoints());
                for (String handout : spec.handouts()) {
                    String text = Files.readString(Curriculum.ROOT.resolve("exercises").resolve(handout), StandardCharsets.UTF_8);
                    for (Method m : publicTests) {
                        assertThat(text).as("%s lists %s with its points", handout, m.getName())
                                .contains("| " + number(m.getAnnotation(Points.class).value()) + " | `" + m.getName() + "` |");
                    }
                    assertThat(text).as("%s states the totals", handout).contains(
                            "| **" + number(spec.publicPoints()) + "** |", "| **" + number(spec.hiddenPoints()) + "** |");
                }
            }));
        }
        return tests;
    }

    /** The {@code @Test} methods of the exercise's test classes in {@code root} whose names end in {@code suffix}. */
    private static List<Method> graded(ExerciseSpec spec, Path root, String suffix) throws Exception {
        Path dir = root.resolve(spec.packagePath());
        List<Method> methods = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return methods;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.map(Path::getFileName).sorted().toList()) {
                String name = f.toString().replace(".java", "");
                boolean match = name.endsWith(suffix) && (suffix.equals("HiddenTest") || !name.endsWith("HiddenTest"));
                if (match) {
                    Arrays.stream(Class.forName(spec.qualified(name)).getDeclaredMethods())
                            .filter(m -> m.isAnnotationPresent(Test.class)).forEach(methods::add);
                }
            }
        }
        return methods;
    }

    private static double sum(List<Method> methods) {
        return methods.stream().mapToDouble(m -> m.getAnnotation(Points.class).value()).sum();
    }

    private static List<Method> concat(List<Method> a, List<Method> b) {
        List<Method> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String name(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName();
    }

    /** {@code 3} for 3.0, {@code 1.5} for 1.5: how the handouts write points. */
    static String number(double points) {
        return points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points);
    }
}
