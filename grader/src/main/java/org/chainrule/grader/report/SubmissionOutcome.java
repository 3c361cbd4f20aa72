package org.chainrule.grader.report;

import java.util.List;
import org.chainrule.grader.intake.IgnoredFile;

/**
 * Everything the reports say about one submission.
 *
 * @param submission the path as given on the command line
 * @param name       the report folder's name (the file or folder name without {@code .zip}, {@code -2} on a clash)
 * @param exercises  every exercise of the registry, in id order (a missing one with its tests failed)
 * @param ignored    the files the grader did not use, with reasons
 * @param problem    why the submission as a whole could not be graded (a rejected zip), or empty
 * @param students   the students from {@code submission_metadata.json}, or empty
 * @param seconds    how long grading took, wall clock
 * @param isolation  which isolation was in force, one line, e.g. {@code no network (unshare -n)}
 */
public record SubmissionOutcome(String submission, String name, List<ExerciseOutcome> exercises,
                                List<IgnoredFile> ignored, String problem, List<Student> students, double seconds,
                                String isolation) {

    /** Copies the lists; null texts become empty. */
    public SubmissionOutcome {
        exercises = List.copyOf(exercises);
        ignored = List.copyOf(ignored);
        students = List.copyOf(students);
        problem = problem == null ? "" : problem;
        isolation = isolation == null ? "" : isolation;
    }

    /** The points earned over all exercises. */
    public double points() {
        return exercises.stream().mapToDouble(ExerciseOutcome::points).sum();
    }

    /** What all exercises are worth. */
    public double maxPoints() {
        return exercises.stream().mapToDouble(ExerciseOutcome::maxPoints).sum();
    }
}
