package org.chainrule.grader.intake;

import java.nio.file.Path;

/**
 * A student source the grader compiles: one class the registry declares for an exercise.
 *
 * @param exercise  the exercise's declaration
 * @param className the class's simple name, e.g. {@code MulGate}
 * @param file      where the grader placed it: {@code <workspace>/sources/<package path>/<class>.java}
 * @param submitted the path it had in the submission, {@code /}-separated
 */
public record KeptSource(ExerciseDeclaration exercise, String className, Path file, String submitted) {

    /** The fully-qualified class name, e.g. {@code org.chainrule.exercises.gates.MulGate}. */
    public String qualifiedName() {
        return exercise.packageName() + "." + className;
    }
}
