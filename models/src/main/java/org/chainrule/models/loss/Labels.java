package org.chainrule.models.loss;

import org.chainrule.core.ClassLabels;
import org.chainrule.core.Shape;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;
import org.chainrule.models.data.LabelEncoding;

/** Checks and converts the labels the losses take (package-private). */
final class Labels {
    private Labels() {
    }

    /**
     * Checks binary labels: the scores' shape, every entry 0 or 1.
     *
     * @param loss the loss, named in the error
     * @param scores the shape of the scores or probabilities, e.g. {@code [n, 1]}
     * @param y labels, the scores' shape (e.g. {@code [n, 1]}), each 0 or 1
     * @return {@code y}
     */
    static Tensor binary(String loss, Shape scores, Tensor y) {
        if (!y.shape().equals(scores)) {
            throw new ShapeException(String.format("%s: scores are %s but labels y are %s; y must have the "
                    + "scores' shape (for n examples, both [n, 1]).", loss, scores, y.shape()));
        }
        double[] v = y.toArray();
        for (int i = 0; i < v.length; i++) {
            if (v[i] != 0 && v[i] != 1) {
                throw new IllegalArgumentException(String.format("%s: label %s at flat index %d of y %s is "
                        + "not 0 or 1; binary labels are 0 (negative) or 1 (positive).", loss, v[i], i, y.shape()));
            }
        }
        return y;
    }

    /**
     * Turns binary labels {0, 1} into signs {−1, +1}: {@code 2y − 1}. Margin losses want the sign,
     * so that {@code y·s > 0} means "the score s is on the right side".
     *
     * @param y labels 0/1 of any shape, e.g. {@code [n, 1]}
     * @return the same shape, each −1 or +1
     */
    static Tensor signs(Tensor y) {
        return y.mul(2).sub(1);
    }

    /**
     * Checks class labels against scores {@code [n, k]} and returns them one-hot, {@code [n, k]}.
     *
     * @param loss the loss, named in the error
     * @param scores the shape of the scores, {@code [n, k]}
     * @param labels n class indices in {@code [0, k)}
     */
    static Tensor oneHot(String loss, Shape scores, int[] labels) {
        if (scores.rank() != 2 || scores.dim(0) != labels.length) {
            throw new ShapeException(String.format("%s: scores are %s but %d labels were given; scores must be "
                    + "[n, k] with one label per row (n = %d).", loss, scores, labels.length, labels.length));
        }
        int k = scores.dim(1);
        ClassLabels.check(loss, labels, k);
        return LabelEncoding.oneHot(labels, k);
    }
}
