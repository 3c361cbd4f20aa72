package org.chainrule.testkit;

/**
 * A graded assertion failed: carries the {@link Feedback} so that a property's reporter can add
 * the shrunk input and the seed before showing it (package-private; thrown by {@link Exercise}).
 */
final class Mismatch extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final transient Feedback feedback;

    Mismatch(Feedback feedback) {
        super(feedback.block());
        this.feedback = feedback;
    }

    Feedback feedback() {
        return feedback;
    }
}
