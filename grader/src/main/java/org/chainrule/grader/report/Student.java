package org.chainrule.grader.report;

/**
 * A student named by Gradescope's {@code submission_metadata.json}.
 *
 * @param name the student's name
 * @param id   Gradescope's user id (a number, kept as text)
 */
public record Student(String name, String id) {
}
