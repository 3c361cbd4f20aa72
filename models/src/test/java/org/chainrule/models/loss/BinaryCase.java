package org.chainrule.models.loss;

import static org.quicktheories.generators.SourceDSL.integers;

import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Labels;
import org.chainrule.testkit.TensorGen;
import org.quicktheories.core.Gen;

/**
 * A generated binary batch: scores (or probabilities) {@code [n, 1]} and n labels 0/1.
 *
 * @param s scores or probabilities, shape {@code [n, 1]}
 * @param y n labels, each 0 or 1, {@code [n]}
 */
record BinaryCase(Tensor s, int[] y) {
    /** Batches of 1 to 8 rows, the scores' elements drawn from {@code values}. */
    static Gen<BinaryCase> batches(Gen<Double> values) {
        Gen<BinaryCase> gen = integers().between(1, 8).flatMap(n -> TensorGen.tensors(Shape.of(n, 1), values)
                .zip(Labels.of(n, 2), BinaryCase::new));
        return gen.describedAs(BinaryCase::toString);
    }

    @Override
    public String toString() {
        return "s = " + TensorGen.describe(s) + ", y = " + java.util.Arrays.toString(y);
    }
}
