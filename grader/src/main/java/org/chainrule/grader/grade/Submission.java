package org.chainrule.grader.grade;

import java.nio.file.Path;
import java.util.List;
import org.chainrule.grader.report.Student;

/**
 * One submission to grade.
 *
 * @param path     the folder, zip or file
 * @param given    the path as given on the command line (the gradebook's first column)
 * @param name     its report folder's name, unique within the run
 * @param students the students from Gradescope's metadata, or empty
 */
public record Submission(Path path, String given, String name, List<Student> students) {
    public Submission {
        students = List.copyOf(students);
    }
}
