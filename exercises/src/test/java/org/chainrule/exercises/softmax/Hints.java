package org.chainrule.exercises.softmax;

import org.chainrule.core.Tensor;
import org.chainrule.testkit.Exercise;
import org.chainrule.testkit.TensorGen;

/** E08's comparisons, naming a transposed ∂W, an unsummed ∂b or an overflowed softmax when the numbers show one. */
final class Hints {
    private Hints() {
    }

    /** ∂L/∂W: says "transposed" when got is expectedᵀ. @param expected {@code [d, k]} */
    static void dW(Exercise ex, String oracle, Tensor expected, Tensor got, double tolerance) {
        if (got != null && !got.shape().equals(expected.shape()) && got.rank() == 2
                && got.transpose().shape().equals(expected.shape())
                || got != null && got.shape().equals(expected.shape()) && got.rank() == 2
                && !expected.allClose(got, tolerance, tolerance) && expected.allClose(got.transpose(), tolerance, tolerance)) {
            throw ex.fail("dW is transposed: ∂L/∂W = Xᵀ·(P − Y)/n has W's shape, [d, k] = " + expected.shape()
                    + " (features down, classes across); (P − Y)ᵀ·X would be [k, d]", TensorGen.describe(expected)
                    + "   (" + oracle + ")", TensorGen.describe(got));
        }
        ex.assertClose(oracle, expected, got, tolerance);
    }

    /** ∂L/∂b: says "sum over the batch" when got is not [k]. @param expected {@code [k]} */
    static void db(Exercise ex, String oracle, Tensor expected, Tensor got, double tolerance) {
        if (got != null && !got.shape().equals(expected.shape())) {
            throw ex.fail("db is " + got.shape() + ", not b's shape " + expected.shape() + ": ∂L/∂b = Σ_i (P − Y)_i / n "
                    + "sums the rows (b was added to every row of the batch, so its gradient adds them up)",
                    TensorGen.describe(expected) + "   (" + oracle + ")", TensorGen.describe(got));
        }
        ex.assertClose(oracle, expected, got, tolerance);
    }

    /** Probabilities: says "subtract the row maximum" when got has a NaN or an infinity. */
    static void probabilities(Exercise ex, String oracle, Tensor expected, Tensor got, double tolerance) {
        if (got != null) {
            for (double v : got.toArray()) {
                if (!Double.isFinite(v)) {
                    throw ex.fail("gave " + v + ": e^x overflows to Infinity from x ≈ 710 on, and Infinity/Infinity "
                            + "is NaN. Subtract each row's maximum before exp (softmax does not change), then every "
                            + "exponent is ≤ 0", TensorGen.describe(expected) + "   (" + oracle + ")", TensorGen.describe(got));
                }
            }
        }
        ex.assertClose(oracle, expected, got, tolerance);
    }
}
