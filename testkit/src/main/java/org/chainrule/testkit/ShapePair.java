package org.chainrule.testkit;

import org.chainrule.core.Shape;

/**
 * Two shapes made for each other: they broadcast together, one broadcasts to the other, or they
 * multiply ({@code [m, k]} and {@code [k, n]}); see {@link Shapes}.
 *
 * @param a the first shape, e.g. {@code [2, 3]}
 * @param b the second shape, e.g. {@code [3]}
 */
public record ShapePair(Shape a, Shape b) {
    /** Both shapes, e.g. {@code [2, 3] and [3]}. */
    @Override
    public String toString() {
        return a + " and " + b;
    }
}
