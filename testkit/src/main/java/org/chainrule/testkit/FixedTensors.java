package org.chainrule.testkit;

import org.chainrule.core.Rng;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;

/**
 * Tensors that gate tests feed a student's {@code backward} (E02's gates, E04's activations): the
 * same numbers for the same shape on every run, chosen so that no element can hide.
 */
public final class FixedTensors {
    private static final long SEED = 2020;

    private FixedTensors() {
    }

    /**
     * An upstream gradient of whole numbers ±1, ±2, ±3, fixed per shape: no 0, so every element of
     * a downstream gradient counts, and whole numbers, so {@code upstream × local} is exact where
     * the local gradient is.
     *
     * @param shape the upstream's shape, any
     */
    public static Tensor wholeUpstream(Shape shape) {
        Rng rng = Rng.seed(SEED + shape.hashCode());
        double[] values = new double[shape.size()];
        for (int i = 0; i < values.length; i++) {
            int k = rng.nextInt(6);                       // 0..5 → −3, −2, −1, 1, 2, 3
            values[i] = k < 3 ? k - 3 : k - 2;
        }
        return Tensor.of(shape, values);
    }

    /**
     * Weights of size 0.5 to 1.5 with random signs, fixed per shape: the scalar {@code Σ out ⊙ w}
     * reads every element of {@code out} differently, so a gradient check of it sees each one.
     *
     * @param shape the weights' shape, any
     */
    public static Tensor signedWeights(Shape shape) {
        Rng rng = Rng.seed(SEED + 31L * shape.hashCode());
        Tensor size = rng.uniform(0.5, 1.5, shape.toArray());
        Tensor sign = rng.uniform(-1, 1, shape.toArray()).map(Math::signum);
        return size.mul(sign);
    }
}
