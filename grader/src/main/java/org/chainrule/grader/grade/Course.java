package org.chainrule.grader.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainrule.grader.ExerciseSpec;
import org.chainrule.grader.Registry;
import org.chainrule.grader.intake.ExerciseDeclaration;

/**
 * Where a course repository keeps what grading needs: the registry, the stubs (to compile the
 * tests against once), the public tests, and — in an instructor repository only — the hidden
 * tests and the reference solutions (to calibrate the time limits).
 *
 * @param root      the repository
 * @param registry  {@code exercises/registry.properties}
 */
public record Course(Path root, Registry registry) {

    /** Reads the registry of the repository at {@code root}. */
    public static Course at(Path root) throws IOException {
        return new Course(root.toAbsolutePath().normalize(), Registry.load(root.resolve("exercises")));
    }

    /** {@code exercises/src/main/java}: the stubs. */
    public Path stubs() {
        return root.resolve("exercises/src/main/java");
    }

    /** {@code exercises/src/test/java}: the public tests. */
    public Path publicTests() {
        return root.resolve("exercises/src/test/java");
    }

    /** {@code solutions/src/test/java}: the hidden tests (instructor repository only). */
    public Path hiddenTests() {
        return root.resolve("solutions/src/test/java");
    }

    /** {@code solutions/src/main/java}: the reference solutions (instructor repository only). */
    public Path solutions() {
        return root.resolve("solutions/src/main/java");
    }

    /** True in an instructor repository: hidden tests and reference solutions are there. */
    public boolean hasSolutions() {
        return Files.isDirectory(hiddenTests()) && Files.isDirectory(solutions());
    }

    /** The exercises in id order. */
    public List<ExerciseSpec> exercises() {
        return registry.exercises();
    }

    /** Each exercise as intake and policy see it. */
    public List<ExerciseDeclaration> declarations() {
        List<ExerciseDeclaration> out = new ArrayList<>();
        for (ExerciseSpec e : exercises()) {
            out.add(declaration(e));
        }
        return out;
    }

    /** One exercise as intake and policy see it. */
    public static ExerciseDeclaration declaration(ExerciseSpec e) {
        return new ExerciseDeclaration(e.id(), e.packageName(), e.title(), e.classes(), e.allowed(), e.forbidden());
    }
}
