package org.chainrule.exercises.logistic;

import java.util.Locale;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Exercise;
import org.chainrule.testkit.TensorGen;

/** E06's comparison of a whole step, naming the usual mistakes when the numbers show one. */
final class Hints {
    private static final double SAME = 1e-12;

    private Hints() {
    }

    /**
     * Fails unless {@code got}'s W, b and cost equal {@code expected}'s; if the cost has the wrong
     * sign, or W moved n times too far or the wrong way, says so.
     *
     * @param startW the W the step started from, {@code [d, 1]}
     * @param startB the b the step started from, {@code [1]}
     * @param n the number of rows
     */
    static void sameStep(Exercise ex, String oracle, Tensor startW, Tensor startB, Step expected, Step got, int n) {
        if (got.w() != null && got.w().shape().equals(expected.w().shape())
                && got.b() != null && got.b().shape().equals(expected.b().shape())) {
            String hint = costHint(expected.cost(), got.cost());
            if (hint.isEmpty()) {
                hint = moveHint(Tensor.concat(0, startW.flatten(), startB.flatten()),
                        Tensor.concat(0, expected.w().flatten(), expected.b().flatten()),
                        Tensor.concat(0, got.w().flatten(), got.b().flatten()), n);
            }
            if (!hint.isEmpty()) {
                throw ex.fail("differs from " + oracle + ": " + hint, "W = " + TensorGen.describe(expected.w())
                        + ", b = " + TensorGen.describe(expected.b()) + ", cost " + expected.cost(),
                        "W = " + TensorGen.describe(got.w()) + ", b = " + TensorGen.describe(got.b()) + ", cost " + got.cost());
            }
        }
        ex.assertClose(oracle + ": the cost before the update", expected.cost(), got.cost(), SAME);
        ex.assertClose(oracle + ": W after the update", expected.w(), got.w(), SAME);
        ex.assertClose(oracle + ": b after the update", expected.b(), got.b(), SAME);
    }

    /** A hint when the cost is −expected. */
    static String costHint(double expectedCost, double gotCost) {
        if (Math.abs(gotCost + expectedCost) <= SAME * Math.max(1, Math.abs(expectedCost))
                && Math.abs(expectedCost) > SAME) {
            return "the cost has the wrong sign. The notes' cost is −mean(y·log h + (1 − y)·log(1 − h)): the minus "
                    + "sign turns 'higher is better' into a cost.";
        }
        return "";
    }

    /** A hint when the step went n times too far or the wrong way: start, expected and got are W and b, flattened. */
    static String moveHint(Tensor start, Tensor expected, Tensor got, int n) {
        double[] s = start.toArray();
        double[] e = expected.toArray();
        double[] g = got.toArray();
        boolean nTimes = n > 1;
        boolean flipped = true;
        boolean moved = false;
        for (int i = 0; i < s.length; i++) {
            double de = e[i] - s[i];
            double dg = g[i] - s[i];
            moved |= Math.abs(de) > 1e-9;
            nTimes &= Math.abs(dg - n * de) <= 1e-9 * (1 + Math.abs(dg));
            flipped &= Math.abs(dg + de) <= 1e-9 * (1 + Math.abs(dg));
        }
        if (!moved) {
            return "";
        }
        if (nTimes) {
            return String.format(Locale.ROOT, "W and b moved n = %d times too far. The cost is a mean: "
                    + "∂cost/∂W = Xᵀ(h − y)/n and ∂cost/∂b = Σ(h − y)/n — divide by n.", n);
        }
        if (flipped) {
            return "W and b moved the wrong way: gradient descent subtracts, W ← W − η·∂cost/∂W, with ∂cost/∂W = Xᵀ(h − y)/n.";
        }
        return "";
    }
}
