package org.chainrule.lab;

/**
 * A command could not do its work, for a reason already said in the user's words (e.g. "cannot
 * write pictures to 'out': 'out' is a file, not a folder. ..."). The command line prints the
 * message as one line, without a stack trace, and exits with status 1.
 */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and what to do, in plain words, without Java class names */
    CommandFailure(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and what to do, in plain words
     * @param cause the underlying exception, shown only with {@code --debug}
     */
    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
