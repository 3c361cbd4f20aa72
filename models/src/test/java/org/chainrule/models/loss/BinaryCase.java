package org.chainrule.models.loss;

import static org.quicktheories.generators.SourceDSL.integers;

import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Labels;
import org.chainrule.testkit.TensorGen;
import org.quicktheories.core.Gen;

/**
 * A generated binary batch: scores (or probabilities) {@code [n, 1]} and labels 0/1 {@code [n, 1]}.
 *
 * @param s scores or probabilities, shape {@code [n, 1]}
 * @param y labels 0/1, shape {@code [n, 1]}
 */
record BinaryCase(Tensor s, Tensor y) {
    /** Batches of 1 to 8 rows, the scores' elements drawn from {@code values}. */
    static Gen<BinaryCase> batches(Gen<Double> values) {
        Gen<BinaryCase> gen = integers().between(1, 8).flatMap(n -> TensorGen.tensors(Shape.of(n, 1), values)
                .zip(Labels.of(n, 2), (s, labels) -> new BinaryCase(s, column(labels))));
        return gen.describedAs(BinaryCase::toString);
    }

    static Tensor column(int[] labels) {
        double[] y = new double[labels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels[i];
        }
        return Tensor.of(Shape.of(y.length, 1), y);
    }

    @Override
    public String toString() {
        return "s = " + TensorGen.describe(s) + ", y = " + TensorGen.describe(y);
    }
}
