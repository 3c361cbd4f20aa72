package org.chainrule.testkit;

import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators of tensors: shapes from {@link Shapes}, elements from {@link Values}.
 *
 * <p>Every generator describes its tensors compactly, so a counterexample reads as its shape and
 * its values: {@code [2, 3] [[0.5, -1.25, 2.0], [1.0, 0.0, 3.0]]}.
 * <pre>
 *   Theories.qt()
 *       .forAll(TensorGen.pairs(Shapes.broadcastPairs(3, 3), Values.between(-2, 2)))
 *       .checkAssert(p -&gt; ...p.a()..., ...p.b()...);
 * </pre>
 */
public final class TensorGen {
    private TensorGen() {
    }

    /**
     * Tensors of exactly {@code shape}, each element drawn from {@code values}.
     *
     * @param shape the shape, e.g. {@code [2, 3]}
     * @param values the elements, e.g. {@code Values.between(-2, 2)}
     */
    public static Gen<Tensor> tensors(Shape shape, Gen<Double> values) {
        Gen<Tensor> gen = in -> fill(shape, values, in);
        return gen.describedAs(TensorGen::describe);
    }

    /** Tensors whose shape comes from {@code shapes} and whose elements come from {@code values}. */
    public static Gen<Tensor> tensors(Gen<Shape> shapes, Gen<Double> values) {
        Gen<Tensor> gen = in -> fill(shapes.generate(in), values, in);
        return gen.describedAs(TensorGen::describe);
    }

    /** Pairs of tensors of the paired shapes (broadcasting or multiplying), elements from {@code values}. */
    public static Gen<TensorPair> pairs(Gen<ShapePair> shapes, Gen<Double> values) {
        return pairs(shapes, values, values);
    }

    /**
     * Pairs of tensors of the paired shapes, each with its own elements, e.g. any numerator and a
     * divisor kept away from 0.
     *
     * @param shapes the two shapes, e.g. {@link Shapes#broadcastPairs}
     * @param forA the elements of {@code a}
     * @param forB the elements of {@code b}
     */
    public static Gen<TensorPair> pairs(Gen<ShapePair> shapes, Gen<Double> forA, Gen<Double> forB) {
        Gen<TensorPair> gen = in -> {
            ShapePair s = shapes.generate(in);
            return new TensorPair(fill(s.a(), forA, in), fill(s.b(), forB, in));
        };
        return gen.describedAs(TensorPair::toString);
    }

    /**
     * Pairs whose elements differ by at least {@code margin} wherever broadcasting compares them:
     * inputs for {@code max} that never tie, so no numerical gradient straddles max's kink.
     *
     * <p>How: {@code a}'s elements are even multiples of the margin and {@code b}'s are odd
     * multiples. Any even and any odd multiple are at least one margin apart, however the two
     * tensors broadcast.
     *
     * @param shapes the two shapes, e.g. {@link Shapes#broadcastPairs}
     * @param lo the smallest element, e.g. {@code -2}
     * @param hi the largest element, at least {@code lo + 2·margin}
     * @param margin the smallest gap between compared elements, a multiple of 0.01, e.g. {@code 0.1}
     */
    public static Gen<TensorPair> separatedPairs(Gen<ShapePair> shapes, double lo, double hi, double margin) {
        int m = Values.steps(margin);
        int loK = Values.steps(lo);
        int hiK = Values.steps(hi);
        if (m < 1 || hiK - loK < 2 * m) {
            throw new IllegalArgumentException(String.format("separatedPairs: range [%s, %s] with margin %s; "
                    + "need a margin of at least %s and a range at least two margins wide.", lo, hi, margin, Values.GRID));
        }
        int first = Math.floorDiv(loK + m - 1, m);      // the multiples of the margin in [lo, hi]
        int last = Math.floorDiv(hiK, m);
        Gen<Double> even = Generate.range(Math.floorDiv(first + 1, 2), Math.floorDiv(last, 2), 0)
                .map(i -> Values.value(2 * i * m));
        Gen<Double> odd = Generate.range(Math.floorDiv(first, 2), Math.floorDiv(last - 1, 2), 0)
                .map(i -> Values.value((2 * i + 1) * m));
        return pairs(shapes, even, odd);
    }

    private static Tensor fill(Shape shape, Gen<Double> values, RandomnessSource in) {
        double[] data = new double[shape.size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = values.generate(in);
        }
        return Tensor.of(shape, data);
    }

    /**
     * A tensor on one line: the shape, then every value with all its digits, nested like the
     * tensor, e.g. {@code [2, 2] [[0.5, -1.25], [2.0, 0.0]]}. Paste the numbers into
     * {@code Tensor.of} to replay a counterexample exactly.
     */
    public static String describe(Tensor t) {
        StringBuilder sb = new StringBuilder(t.shape().toString()).append(' ');
        double[] values = t.toArray();
        if (t.rank() == 0) {
            return sb.append(values[0]).toString();
        }
        appendAxis(sb, t.shape().toArray(), values, 0, 0);
        return sb.toString();
    }

    /** Appends axis {@code axis} of the block starting at {@code offset}, then returns its end. */
    private static int appendAxis(StringBuilder sb, int[] dims, double[] values, int axis, int offset) {
        sb.append('[');
        for (int i = 0; i < dims[axis]; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (axis == dims.length - 1) {
                sb.append(values[offset++]);
            } else {
                offset = appendAxis(sb, dims, values, axis + 1, offset);
            }
        }
        sb.append(']');
        return offset;
    }
}
