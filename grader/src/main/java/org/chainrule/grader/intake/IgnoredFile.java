package org.chainrule.grader.intake;

/**
 * A file (or a whole folder, path ending in {@code /}) of a submission that the grader did not
 * use, and why; listed in {@code feedback.md} so a student sees what was left out.
 *
 * @param path   the path inside the submission, {@code /}-separated, as submitted
 * @param reason one line a student can act on
 */
public record IgnoredFile(String path, String reason) {
}
