package org.chainrule.grader.intake;

/**
 * The submission as a whole cannot be graded (a zip bomb, a broken or oversized archive); the
 * message says why in one line a student can act on. Every exercise then scores 0 with it.
 */
public final class RejectedSubmissionException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message why, e.g. {@code "the zip lists 70000 entries; at most 20000 are accepted"} */
    public RejectedSubmissionException(String message) {
        super(message);
    }
}
