package org.chainrule.core;

/**
 * A tensor operation was given shapes it cannot work with.
 *
 * <p>The message always names the operation, prints every shape involved and states the rule
 * with its numbers, e.g. {@code matmul: a is [1, 2] and b is [3, 1]; a's columns (2) must equal
 * b's rows (3).} It is an {@link IllegalArgumentException}: the caller passed a bad argument.
 */
public final class ShapeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the teaching message: op, shapes, rule with numbers, at most one hint
     */
    public ShapeException(String message) {
        super(message);
    }
}
