package org.chainrule.exercises.softmax;

import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;

/**
 * E08: softmax regression by hand — k classes scored by one matrix (the notes' "one product
 * instead of k models"):
 * <pre>
 *   S = X·W + b                       X: [n, d],  W: [d, k],  b: [k]   → S: [n, k]
 *   P_ij = e^(S_ij − m_i) / Σ_l e^(S_il − m_i)     m_i = max_l S_il (nothing overflows)
 *   predict_i = argmax_j S_ij         (softmax keeps the order)
 *   L = −(1/n) Σ_i log P_i,y_i        the mean cross-entropy
 *   ∂L/∂S = (P − Y)/n                 Y the one-hot labels, [n, k]
 *   ∂L/∂W = Xᵀ·∂L/∂S                  [d, k], W's shape
 *   ∂L/∂b = Σ_i ∂L/∂S_i               [k]: b was added to every row, so its gradient sums them
 * </pre>
 * Column j of W is class j's template: drawn as an image, it looks like the class (the notes).
 *
 * <p>"By hand": only {@code org.chainrule.core} may be used — no {@code Node}, no {@code models}.
 */
public final class SoftmaxByHand {
    private SoftmaxByHand() {
    }

    /**
     * The class scores {@code S = X·W + b}.
     *
     * @param x features, {@code [n, d]}
     * @param w weights, {@code [d, k]} (column j scores class j)
     * @param b bias, {@code [k]}
     * @return scores, {@code [n, k]}
     * @throws IllegalArgumentException if the shapes do not fit
     */
    public static Tensor scores(Tensor x, Tensor w, Tensor b) {
        // BEGIN SOLUTION
        boolean fit = x.rank() == 2 && w.rank() == 2 && b.rank() == 1 && x.shape().dim(1) == w.shape().dim(0)
                && b.shape().dim(0) == w.shape().dim(1);
        if (!fit) {
            throw new IllegalArgumentException(String.format("scores: X is %s, W is %s, b is %s; need X [n, d], W [d, k] "
                    + "and b [k] (X's columns = W's rows, one bias per class).", x.shape(), w.shape(), b.shape()));
        }
        return x.matmul(w).add(b);
        // END SOLUTION
    }

    /**
     * softmax of each row, stable: the row's maximum is subtracted before exp.
     *
     * @param scores {@code [n, k]}
     * @return {@code [n, k]}, each row positive and summing to 1
     */
    public static Tensor probabilities(Tensor scores) {
        // BEGIN SOLUTION
        if (scores.rank() != 2 || scores.shape().dim(1) < 1) {
            throw new IllegalArgumentException("probabilities: scores are " + scores.shape()
                    + "; softmax needs [n, k], one row of k class scores per example.");
        }
        Tensor e = scores.sub(scores.max(1, true)).exp();        // overflow countermeasure: every exponent ≤ 0
        return e.div(e.sum(1, true));
        // END SOLUTION
    }

    /**
     * The class of the largest score in each row (the first one on a tie).
     *
     * @param x features, {@code [n, d]}
     * @param w weights, {@code [d, k]}
     * @param b bias, {@code [k]}
     * @return n class indices in {@code [0, k)}
     */
    public static int[] predict(Tensor x, Tensor w, Tensor b) {
        // BEGIN SOLUTION
        double[] best = scores(x, w, b).argmax(1).toArray();
        int[] classes = new int[best.length];
        for (int i = 0; i < best.length; i++) {
            classes[i] = (int) best[i];
        }
        return classes;
        // END SOLUTION
    }

    /**
     * The mean cross-entropy and its gradients with respect to W and b.
     *
     * @param x features, {@code [n, d]}, n ≥ 1
     * @param labels n class indices in {@code [0, k)}, {@code [n]}
     * @param w weights, {@code [d, k]}
     * @param b bias, {@code [k]}
     * @return the loss, ∂L/∂W {@code [d, k]} and ∂L/∂b {@code [k]}
     * @throws IllegalArgumentException if the shapes do not fit or a label is not a class
     */
    public static Gradients gradients(Tensor x, int[] labels, Tensor w, Tensor b) {
        // BEGIN SOLUTION
        Tensor s = scores(x, w, b);
        int n = s.shape().dim(0);
        int k = s.shape().dim(1);
        if (labels.length != n || n == 0) {
            throw new IllegalArgumentException(String.format("gradients: X is %s but %d labels were given; give one "
                    + "label per row (n = %d, at least 1).", x.shape(), labels.length, n));
        }
        Tensor logP = s.sub(s.max(1, true));                            // log-softmax: S − m − log Σ e^(S − m)
        logP = logP.sub(logP.exp().sum(1, true).log());
        double[] dS = logP.exp().toArray();                            // P, then P − Y
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (labels[i] < 0 || labels[i] >= k) {
                throw new IllegalArgumentException(String.format("gradients: label %d at row %d is not a class; with "
                        + "W %s there are %d classes, 0 to %d.", labels[i], i, w.shape(), k, k - 1));
            }
            total -= logP.get(i, labels[i]);
            dS[i * k + labels[i]] -= 1;
        }
        Tensor gradS = Tensor.of(Shape.of(n, k), dS).div(n);           // (P − Y)/n
        return new Gradients(total / n, x.transpose().matmul(gradS), gradS.sum(0));
        // END SOLUTION
    }
}
