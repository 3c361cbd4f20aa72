package org.chainrule.solutions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
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
 * the solutions are compiled with its {@code .java} files swapped in and graded with the public
 * and hidden tests; the fixture must lose points, and some failing test's message must contain its
 * {@code expect} (so the message points at the mistake). {@code fixture.properties}:
 * <pre>
 *   exercise = E01
 *   mistake = matmul without the shape check
 *   expect = should throw ShapeException
 * </pre>
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
            Path student = work.resolve(name).resolve("src");
            List<String> replaced = swapIn(spec, fixture, student);
            Future<ExerciseResult> result = Curriculum.gradeAll(spec, student, work.resolve(name).resolve("run"));
            tests.add(DynamicTest.dynamicTest(name + ": " + p.getProperty("mistake"), () -> {
                assertThat(expect).as("%s: expect is set", name).isNotEmpty();
                assertThat(fixture.getParent().getFileName().toString()).as("%s: folder is <ID>-<topic>", name)
                        .isEqualTo(spec.id() + "-" + spec.topic());
                assertThat(replaced).as("%s replaces student classes only", name).isNotEmpty().allMatch(spec.classes()::contains);
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

    /** The solution's classes in {@code student}, with the fixture's files in their place; the names it replaced. */
    private static List<String> swapIn(ExerciseSpec spec, Path fixture, Path student) throws Exception {
        Path pkg = Files.createDirectories(student.resolve(spec.packagePath()));
        for (String c : spec.classes()) {
            Files.copy(Curriculum.SOLUTIONS.resolve(spec.packagePath()).resolve(c + ".java"), pkg.resolve(c + ".java"));
        }
        List<String> replaced = new ArrayList<>();
        try (Stream<Path> files = Files.list(fixture)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                replaced.add(f.getFileName().toString().replace(".java", ""));
                Files.copy(f, pkg.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return replaced;
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
