package org.chainrule.models.loss;

import org.chainrule.core.ClassLabels;
import org.chainrule.core.Shape;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;
import org.chainrule.models.data.LabelEncoding;

/** Checks the labels the losses take against their scores and turns them into the tensors a formula needs (package-private). */
final class Labels {
    private Labels() {
    }

    /**
     * Checks binary labels against scores {@code [n, 1]} and returns them as a 0/1 column.
     *
     * @param loss the loss, named in the error
     * @param scores the shape of the scores or probabilities, {@code [n, 1]}, n at least 1
     * @param labels n labels, each 0 or 1 (the class indices of two classes)
     * @return shape {@code [n, 1]}
     */
    static Tensor binary(String loss, Shape scores, int[] labels) {
        if (scores.rank() != 2 || scores.dim(1) != 1 || scores.dim(0) != labels.length) {
            throw new ShapeException(String.format("%s: scores are %s but %d labels were given; a binary loss "
                    + "takes scores [n, 1] with one label per row (n = %d).", loss, scores, labels.length, labels.length));
        }
        checkRows(loss, scores);
        ClassLabels.check(loss, labels, 2);
        return LabelEncoding.column(labels, 1);
    }

    /**
     * Binary labels as signs: {@code 2y − 1}, so 0 → −1 and 1 → +1. Margin losses want the sign,
     * so that the margin {@code y·s > 0} means "the score s is on the right side".
     *
     * @param loss the loss, named in the error
     * @param scores the shape of the scores, {@code [n, 1]}
     * @param labels n labels, each 0 or 1
     * @return shape {@code [n, 1]}, each −1 or +1
     */
    static Tensor signs(String loss, Shape scores, int[] labels) {
        return binary(loss, scores, labels).mul(2).sub(1);
    }

    /**
     * Checks class labels against scores {@code [n, k]} and returns them one-hot, {@code [n, k]}.
     *
     * @param loss the loss, named in the error
     * @param scores the shape of the scores, {@code [n, k]}, n at least 1
     * @param labels n class indices in {@code [0, k)}
     */
    static Tensor oneHot(String loss, Shape scores, int[] labels) {
        if (scores.rank() != 2 || scores.dim(0) != labels.length) {
            throw new ShapeException(String.format("%s: scores are %s but %d labels were given; scores must be "
                    + "[n, k] with one label per row (n = %d).", loss, scores, labels.length, labels.length));
        }
        checkRows(loss, scores);
        return LabelEncoding.oneHot(ClassLabels.check(loss, labels, scores.dim(1)), scores.dim(1));
    }

    /** Every loss is a mean over rows: refuse n = 0 as {@code mean()} does. */
    private static void checkRows(String loss, Shape scores) {
        if (scores.dim(0) == 0) {
            throw new ShapeException(String.format("%s: scores are %s, no rows; the loss is a mean over the n rows "
                    + "and the mean of no numbers is undefined.", loss, scores));
        }
    }
}
