package org.chainrule.solutions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.chainrule.grader.ExerciseResult;
import org.chainrule.grader.ExerciseSpec;
import org.chainrule.grader.Registry;
import org.chainrule.grader.TestResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Known-wrong fixtures are caught: for each folder {@code solutions/src/test/fixtures/<ID>-<topic>/<name>/}
 * each {@code <Class>.java.edit} is applied to the solution's {@code <Class>.java} ({@link FixtureEdit}:
 * "replace these whole lines → with these"), the solutions are compiled with the edited classes
 * swapped in and graded with the public and hidden tests; the fixture must lose points, and some
 * failing test's message must contain its {@code expect} (so the message points at the mistake).
 * An edit whose lines no longer stand exactly once in the solution fails, naming the fixture, the
 * file and the lines: a fixture never goes stale silently. {@code fixture.properties}:
 * <pre>
 *   exercise = E01
 *   mistake = matmul without the shape check
 *   expect = should throw ShapeException
 * </pre>
 * A fixture with {@code caughtBy = policy} calls the framework's own answer where the exercise
 * says "by hand": the tests may well pass, and the grader's allow-list policy is what refuses it.
 * Here it is checked that its edited source calls {@code expect} (a class) and that this class lies
 * outside the exercise's {@code allowed} list; the policy's own tests refuse it.
 */
class FixturesTest {
    @TestFactory
    List<DynamicTest> everyKnownWrongFixtureIsCaughtWithItsMessage() throws Exception {
        Registry registry = Curriculum.registry();
        Path work = Files.createTempDirectory("chainrule-fixtures");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path fixture : fixtures()) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(fixture.resolve("fixture.properties"), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            String name = fixture.getParent().getFileName() + "/" + fixture.getFileName();
            ExerciseSpec spec = registry.find(p.getProperty("exercise", "?")).orElseThrow(() -> new IllegalStateException(
                    name + "/fixture.properties: exercise = " + p.getProperty("exercise") + " is not in the registry"));
            String expect = p.getProperty("expect", "").trim();
            Map<String, String> edited;
            try {
                edited = edited(name, spec, fixture);
            } catch (RuntimeException broken) {
                tests.add(DynamicTest.dynamicTest(name + ": " + p.getProperty("mistake"), () -> {
                    throw broken;
                }));
                continue;
            }
            if (p.getProperty("caughtBy", "tests").trim().equals("policy")) {
                tests.add(DynamicTest.dynamicTest(name + ": " + p.getProperty("mistake") + " (caught by the policy)",
                        () -> assertOutsideAllowed(name, spec, edited.values(), expect)));
                continue;
            }
            Path student = work.resolve(name).resolve("src");
            swapIn(spec, edited, student);
            Future<ExerciseResult> result = Curriculum.gradeAll(spec, student, work.resolve(name).resolve("run"));
            tests.add(DynamicTest.dynamicTest(name + ": " + p.getProperty("mistake"), () -> {
                assertThat(expect).as("%s: expect is set", name).isNotEmpty();
                assertThat(fixture.getParent().getFileName().toString()).as("%s: folder is <ID>-<topic>", name)
                        .isEqualTo(spec.id() + "-" + spec.topic());
                ExerciseResult r = result.get();
                assertThat(r.compileErrors()).as("%s compiles", name).isEmpty();
                assertThat(r.points()).as("%s loses points", name).isLessThan(spec.publicPoints() + spec.hiddenPoints());
                assertThat(r.tests()).as("%s: a failing test's message contains '%s'", name, expect)
                        .filteredOn(t -> t.status() == TestResult.Status.FAILED)
                        .anySatisfy(t -> assertThat(t.message()).contains(expect));
                System.out.printf("fixture %s: %s/%s points; caught by %s%n", name, r.points(),
                        spec.publicPoints() + spec.hiddenPoints(), r.tests().stream()
                                .filter(t -> t.status() == TestResult.Status.FAILED && t.message().contains(expect))
                                .map(t -> t.methodName() + " → " + t.message().lines().findFirst().orElse(""))
                                .toList());
            }));
        }
        assertThat(tests).as("fixtures under %s", Curriculum.FIXTURES).isNotEmpty();
        return tests;
    }

    /** The fixture's edited sources call {@code forbidden}, a class none of the exercise's allowed entries covers. */
    private static void assertOutsideAllowed(String name, ExerciseSpec spec, Collection<String> sources, String forbidden) {
        assertThat(forbidden).as("%s: expect names the forbidden class", name).isNotEmpty();
        assertThat(String.join("\n", sources)).as("%s calls %s", name, forbidden).contains(forbidden);
        assertThat(spec.allowed()).as("%s: %s is outside what %s allows", name, forbidden, spec.id())
                .noneMatch(a -> forbidden.equals(a) || forbidden.startsWith(a + "."));
    }

    /**
     * Each {@code <Class>.java.edit} of the fixture applied to the solution's {@code <Class>.java}, by class name.
     *
     * @throws IllegalStateException naming the fixture and the file: no edit, a file other than
     *     {@code fixture.properties} and edits, an edit of a class the exercise does not have, or an
     *     edit whose lines do not stand exactly once in the solution
     */
    private static Map<String, String> edited(String name, ExerciseSpec spec, Path fixture) throws IOException {
        Map<String, String> edited = new TreeMap<>();
        try (Stream<Path> files = Files.list(fixture)) {
            for (Path f : files.sorted().toList()) {
                String file = f.getFileName().toString();
                if (file.equals("fixture.properties")) {
                    continue;
                }
                String c = file.replaceFirst("\\.java\\.edit$", "");
                if (!file.endsWith(".java.edit") || !spec.classes().contains(c)) {
                    throw new IllegalStateException(name + "/" + file + ": a fixture holds fixture.properties and an edit "
                            + "<Class>.java.edit of each class it changes, one of " + spec.classes()
                            + " (see solutions/src/test/fixtures/README.md).");
                }
                Path solution = Curriculum.SOLUTIONS.resolve(spec.packagePath()).resolve(c + ".java");
                FixtureEdit edit = FixtureEdit.parse(name + "/" + file, Files.readString(f, StandardCharsets.UTF_8));
                edited.put(c, edit.applyTo(Files.readString(solution, StandardCharsets.UTF_8),
                        Curriculum.ROOT.relativize(solution).toString()));
            }
        }
        if (edited.isEmpty()) {
            throw new IllegalStateException(name + ": no <Class>.java.edit, so no mistake.");
        }
        return edited;
    }

    /** The solution's classes in {@code student}, the edited ones in their place. */
    private static void swapIn(ExerciseSpec spec, Map<String, String> edited, Path student) throws IOException {
        Path pkg = Files.createDirectories(student.resolve(spec.packagePath()));
        for (String c : spec.classes()) {
            Path solution = Curriculum.SOLUTIONS.resolve(spec.packagePath()).resolve(c + ".java");
            Files.writeString(pkg.resolve(c + ".java"), edited.getOrDefault(c, Files.readString(solution, StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8);
        }
    }

    /** Every {@code fixtures/<ID>-<topic>/<name>/} folder, sorted. */
    static List<Path> fixtures() throws Exception {
        if (!Files.isDirectory(Curriculum.FIXTURES)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(Curriculum.FIXTURES, 2)) {
            return files.filter(f -> Curriculum.FIXTURES.relativize(f).getNameCount() == 2 && Files.isDirectory(f))
                    .sorted().toList();
        }
    }
}
