package org.chainrule.exercises.logistic;

import org.chainrule.core.Tensor;

/**
 * E06: the notes' logistic regression, one gradient step at a time, by hand:
 * <pre>
 *   z = X·W + b                    X: [n, d],  W: [d, 1],  b: [1]    → z: [n, 1]
 *   h = σ(z) = 1 / (1 + e^−z)      P(y = 1), [n, 1]
 *   cost = −(1/n) Σ_i [ y_i·log h_i + (1 − y_i)·log(1 − h_i) ]     (the notes' cost_fn)
 *   ∂cost/∂W = Xᵀ·(h − y) / n      [d, 1]
 *   ∂cost/∂b = Σ_i (h_i − y_i) / n  [1]      (b was added to every row, so its gradient sums them)
 *   W ← W − η·∂cost/∂W,   b ← b − η·∂cost/∂b          η = the learning rate
 * </pre>
 * The decision boundary is where h = 0.5, i.e. z = 0: {@code w0·x0 + w1·x1 + b = 0}, the line
 * {@code x1 = −(w0/w1)·x0 − b/w1}.
 *
 * <p>"By hand": only {@code org.chainrule.core} may be used — no {@code Node}, no {@code models}.
 */
public final class LogisticByHand {
    /**
     * Lowest value allowed inside each log of the cost: σ(z) rounds to exactly 1 for z &gt; 37, and
     * log(1 − 1) = −∞. With the floor one example costs at most −log(1e-7) ≈ 16.1.
     */
    public static final double PROBABILITY_FLOOR = 1e-7;

    private LogisticByHand() {
    }

    /**
     * One full-batch gradient-descent step.
     *
     * @param x features, {@code [n, d]} (the notes' {@code X_train} is {@code [6, 2]})
     * @param y labels 0 or 1 as a column, {@code [n, 1]} (the notes' {@code Y_train})
     * @param w weights, {@code [d, 1]}
     * @param b bias, {@code [1]}
     * @param learningRate η, the step size, ≥ 0 (the notes use 0.01)
     * @return W and b after the update, and the cost before it
     * @throws IllegalArgumentException if the shapes do not fit, a label is not 0 or 1, or η is negative
     */
    public static Step step(Tensor x, Tensor y, Tensor w, Tensor b, double learningRate) {
        // BEGIN SOLUTION
        checkShapes(x, y, w, b, learningRate);
        int n = x.shape().dim(0);
        Tensor h = x.matmul(w).add(b).map(z -> 1 / (1 + Math.exp(-z)));           // [n, 1]
        Tensor logH = h.maximum(PROBABILITY_FLOOR).log();
        Tensor logOneMinusH = h.neg().add(1).maximum(PROBABILITY_FLOOR).log();
        double cost = -y.mul(logH).add(y.neg().add(1).mul(logOneMinusH)).sum().item() / n;
        Tensor error = h.sub(y);                                                      // h − y, [n, 1]
        Tensor gradW = x.transpose().matmul(error).div(n);                            // [d, 1]
        Tensor gradB = error.sum(0).div(n);                                           // [1]
        return new Step(w.sub(gradW.mul(learningRate)), b.sub(gradB.mul(learningRate)), cost);
        // END SOLUTION
    }

    /**
     * The decision boundary of a two-feature model, the line where h = 0.5:
     * <pre>
     *   x1 = slope·x0 + intercept,   slope = −w0/w1,   intercept = −b/w1
     * </pre>
     *
     * @param w weights, {@code [2, 1]}, with w1 ≠ 0
     * @param b bias, {@code [1]}
     * @return {@code {slope, intercept}}
     * @throws IllegalArgumentException if W is not {@code [2, 1]}, b is not {@code [1]}, or w1 = 0 (a vertical line has no slope)
     */
    public static double[] boundary(Tensor w, Tensor b) {
        // BEGIN SOLUTION
        if (w.rank() != 2 || w.shape().dim(0) != 2 || w.shape().dim(1) != 1 || b.rank() != 1 || b.size() != 1) {
            throw new IllegalArgumentException(String.format("boundary: W is %s and b is %s; a line in the plane "
                    + "needs W [2, 1] (two features) and b [1].", w.shape(), b.shape()));
        }
        double w0 = w.get(0, 0);
        double w1 = w.get(1, 0);
        if (w1 == 0) {
            throw new IllegalArgumentException(String.format("boundary: w1 is 0 (W = [[%s], [0.0]]), so the "
                    + "boundary is the vertical line x0 = −b/w0 and has no slope −w0/w1.", w0));
        }
        return new double[] {-w0 / w1, -b.get(0) / w1};
        // END SOLUTION
    }

    /**
     * Checks X {@code [n, d]}, y {@code [n, 1]} of 0/1, W {@code [d, 1]}, b {@code [1]} and η ≥ 0.
     *
     * @param x features, {@code [n, d]}
     * @param y labels, {@code [n, 1]}
     * @param w weights, {@code [d, 1]}
     * @param b bias, {@code [1]}
     * @param learningRate η
     */
    private static void checkShapes(Tensor x, Tensor y, Tensor w, Tensor b, double learningRate) {
        // BEGIN SOLUTION
        boolean fit = x.rank() == 2 && y.rank() == 2 && w.rank() == 2 && b.rank() == 1
                && y.shape().dim(0) == x.shape().dim(0) && y.shape().dim(1) == 1
                && w.shape().dim(0) == x.shape().dim(1) && w.shape().dim(1) == 1 && b.size() == 1;
        if (!fit) {
            throw new IllegalArgumentException(String.format("step: X is %s, y is %s, W is %s, b is %s; need X [n, d], "
                    + "y [n, 1], W [d, 1] and b [1] (the notes: X [6, 2], y [6, 1], W [2, 1], b [1]).",
                    x.shape(), y.shape(), w.shape(), b.shape()));
        }
        double[] labels = y.toArray();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException(String.format("step: y[%d, 0] = %s is not 0 or 1; logistic "
                        + "regression's labels are 0 (negative) and 1 (positive).", i, labels[i]));
            }
        }
        if (!(learningRate >= 0)) {
            throw new IllegalArgumentException("step: the learning rate is " + learningRate
                    + "; it must be a number ≥ 0 (the notes use 0.01).");
        }
        // END SOLUTION
    }
}
