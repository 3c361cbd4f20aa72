package org.chainrule.models.data;

/**
 * A data file cannot be used: it is missing, unreadable, or not in the expected format.
 *
 * <p>The message says where and what, and is meant to be shown to the user as it is, without a
 * stack trace: {@code iris.csv line 7, column 3: "abc" is not a number.} It is an
 * {@link IllegalArgumentException}: the caller handed over a bad file. (Not named
 * {@code DataFormatException}, so that it is never confused with {@code java.util.zip}'s
 * checked exception of that name.)
 */
public final class DataFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the teaching message: the file, the line and column (or byte offset), the rule
     */
    public DataFileException(String message) {
        super(message);
    }

    /**
     * @param message the teaching message
     * @param cause the I/O error behind it, kept for debugging; the message alone must be enough
     */
    DataFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
