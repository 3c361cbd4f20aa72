package org.chainrule.exercises.softmax;

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
        throw new UnsupportedOperationException("E08 SoftmaxByHand.scores: not done yet — see exercises/handouts/E08-softmax.md");
    }

    /**
     * softmax of each row, stable: the row's maximum is subtracted before exp.
     *
     * @param scores {@code [n, k]}
     * @return {@code [n, k]}, each row positive and summing to 1
     */
    public static Tensor probabilities(Tensor scores) {
        throw new UnsupportedOperationException("E08 SoftmaxByHand.probabilities: not done yet — see exercises/handouts/E08-softmax.md");
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
        throw new UnsupportedOperationException("E08 SoftmaxByHand.predict: not done yet — see exercises/handouts/E08-softmax.md");
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
        throw new UnsupportedOperationException("E08 SoftmaxByHand.gradients: not done yet — see exercises/handouts/E08-softmax.md");
    }
}
