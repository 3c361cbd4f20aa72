package org.chainrule.testkit;

import org.chainrule.core.Shape;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of shapes: single shapes, pairs that broadcast, pairs that multiply, axes.
 *
 * <p>Sizes start at 1 (no empty tensors) and stay small: a gradient check costs two function
 * evaluations per element. Shapes shrink towards rank 0 and size 1, so a failing property is
 * reported on the smallest shape that still fails.
 */
public final class Shapes {
    private Shapes() {
    }

    /**
     * Shapes of rank {@code 0..maxRank} with every size in {@code 1..maxSize}, e.g. {@code []},
     * {@code [3]}, {@code [2, 1, 3]}.
     */
    public static Gen<Shape> shapes(int maxRank, int maxSize) {
        return shapes(0, maxRank, maxSize);
    }

    /** Shapes of rank {@code minRank..maxRank} with every size in {@code 1..maxSize}. */
    public static Gen<Shape> shapes(int minRank, int maxRank, int maxSize) {
        if (minRank < 0 || maxRank < minRank || maxSize < 1) {
            throw new IllegalArgumentException(String.format("shapes: ranks %d..%d, sizes 1..%d; need "
                    + "0 ≤ minRank ≤ maxRank and maxSize ≥ 1.", minRank, maxRank, maxSize));
        }
        Gen<Integer> rank = Generate.range(minRank, maxRank);
        Gen<Integer> size = Generate.range(1, maxSize);
        Gen<Shape> gen = in -> {
            int[] dims = new int[rank.generate(in)];
            for (int i = 0; i < dims.length; i++) {
                dims[i] = size.generate(in);
            }
            return Shape.of(dims);
        };
        return gen.describedAs(Shape::toString);
    }

    /** Matrix shapes {@code [m, n]} with m and n in {@code 1..maxSize}. */
    public static Gen<Shape> matrices(int maxSize) {
        return shapes(2, 2, maxSize);
    }

    /**
     * Two shapes that broadcast together, like {@code [2, 3]} and {@code [3]}, or {@code [2, 1]}
     * and {@code [1, 3]}. Both come from one shape T of rank {@code 0..maxRank} by
     * {@link #broadcastableTo}: some leading axes dropped, some sizes replaced by 1.
     */
    public static Gen<ShapePair> broadcastPairs(int maxRank, int maxSize) {
        Gen<Shape> target = shapes(maxRank, maxSize);
        Gen<ShapePair> gen = in -> {
            Shape t = target.generate(in);
            return new ShapePair(broadcastableTo(t).generate(in), broadcastableTo(t).generate(in));
        };
        return gen.describedAs(ShapePair::toString);
    }

    /**
     * A shape {@code a} and a shape {@code b} that {@code a} broadcasts to, e.g. {@code [3]} and
     * {@code [2, 3]}: the inputs of {@code broadcastTo}, or a bias and the batch it is added to.
     */
    public static Gen<ShapePair> broadcastsTo(int maxRank, int maxSize) {
        Gen<Shape> target = shapes(maxRank, maxSize);
        Gen<ShapePair> gen = in -> {
            Shape t = target.generate(in);
            return new ShapePair(broadcastableTo(t).generate(in), t);
        };
        return gen.describedAs(ShapePair::toString);
    }

    /**
     * Shapes that broadcast to {@code target}: a third of the time some leading axes are dropped,
     * and each remaining size is replaced by 1 a third of the time. Shrinks towards
     * {@code target} itself.
     */
    public static Gen<Shape> broadcastableTo(Shape target) {
        int rank = target.rank();
        Gen<Integer> oneInThree = Generate.range(0, 2);
        Gen<Integer> dropped = Generate.range(1, Math.max(1, rank));
        return in -> {
            int drop = rank > 0 && oneInThree.generate(in) == 2 ? dropped.generate(in) : 0;
            int[] dims = new int[rank - drop];
            for (int i = 0; i < dims.length; i++) {
                dims[i] = oneInThree.generate(in) == 2 ? 1 : target.dim(drop + i);
            }
            return Shape.of(dims);
        };
    }

    /**
     * Shapes that can be multiplied: {@code [m, k]} and {@code [k, n]}, each size in
     * {@code 1..maxSize} (A's columns equal B's rows, the notes' rule).
     */
    public static Gen<ShapePair> matmulPairs(int maxSize) {
        Gen<Integer> size = Generate.range(1, maxSize);
        Gen<ShapePair> gen = in -> {
            int m = size.generate(in);
            int k = size.generate(in);
            int n = size.generate(in);
            return new ShapePair(Shape.of(m, k), Shape.of(k, n));
        };
        return gen.describedAs(ShapePair::toString);
    }

    /**
     * Every axis of {@code shape}, written either way: {@code 0..rank-1} or the equivalent
     * negative {@code -rank..-1} (so both spellings are exercised).
     *
     * @param shape a shape of rank ≥ 1
     */
    public static Gen<Integer> axes(Shape shape) {
        if (shape.rank() == 0) {
            throw new IllegalArgumentException("axes: shape [] has no axes; a scalar cannot be reduced along one.");
        }
        return Generate.range(-shape.rank(), shape.rank() - 1, 0);
    }
}
