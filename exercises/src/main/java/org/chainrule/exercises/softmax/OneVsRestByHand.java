package org.chainrule.exercises.softmax;

import org.chainrule.core.Tensor;

/**
 * E08: one-vs-rest (one-vs-all), the notes' first route to k classes: k binary logistic models,
 * model j answering "class j, or not?", and the most confident one wins.
 * <pre>
 *   h_j = σ(X·W_j + b_j)          W_j: [d, 1],  b_j: [1],  h_j: [n, 1]
 *   predict_i = argmax_j h_ij     (the first one on a tie)
 * </pre>
 * Stacking the k columns W_j side by side gives one matrix W {@code [d, k]}: softmax regression.
 *
 * <p>"By hand": only {@code org.chainrule.core} may be used.
 */
public final class OneVsRestByHand {
    private OneVsRestByHand() {
    }

    /**
     * The class whose binary model gives the highest probability.
     *
     * @param x features, {@code [n, d]}
     * @param w k weight columns, each {@code [d, 1]}
     * @param b k biases, each {@code [1]}
     * @return n class indices in {@code [0, k)}
     * @throws IllegalArgumentException if there are no models, w and b differ in number, or a shape does not fit
     */
    public static int[] predict(Tensor x, Tensor[] w, Tensor[] b) {
        throw new UnsupportedOperationException("E08 OneVsRestByHand.predict: not done yet — see exercises/handouts/E08-softmax.md");
    }
}
