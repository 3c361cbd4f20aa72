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
        // BEGIN SOLUTION
        if (w.length == 0 || w.length != b.length || x.rank() != 2) {
            throw new IllegalArgumentException(String.format("predict: X is %s with %d weight columns and %d biases; "
                    + "need X [n, d] and one W_j [d, 1] and one b_j [1] per class (at least one).",
                    x.shape(), w.length, b.length));
        }
        int n = x.shape().dim(0);
        int[] best = new int[n];
        double[] bestH = new double[n];
        for (int j = 0; j < w.length; j++) {
            if (w[j].rank() != 2 || w[j].shape().dim(1) != 1 || w[j].shape().dim(0) != x.shape().dim(1)
                    || b[j].rank() != 1 || b[j].size() != 1) {
                throw new IllegalArgumentException(String.format("predict: model %d has W_%d %s and b_%d %s; with X %s "
                        + "each W_j must be [%d, 1] and each b_j [1].", j, j, w[j].shape(), j, b[j].shape(), x.shape(),
                        x.shape().dim(1)));
            }
            double[] h = x.matmul(w[j]).add(b[j]).map(z -> 1 / (1 + Math.exp(-z))).toArray();
            for (int i = 0; i < n; i++) {
                if (j == 0 || h[i] > bestH[i]) {
                    best[i] = j;
                    bestH[i] = h[i];
                }
            }
        }
        return best;
        // END SOLUTION
    }
}
