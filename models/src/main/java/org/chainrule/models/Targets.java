package org.chainrule.models;

import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;

/** Turns class labels into the target tensors the binary losses take (package-private). */
final class Targets {
    private Targets() {
    }

    /**
     * 1 where {@code labels[i] == positive}, else 0, as a column: the notes' {@code Y_train}.
     *
     * @param labels n class indices, {@code [n]}
     * @param positive the class that counts as 1
     * @return shape {@code [n, 1]}
     */
    static Tensor column(int[] labels, int positive) {
        double[] y = new double[labels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels[i] == positive ? 1 : 0;
        }
        return Tensor.of(Shape.of(y.length, 1), y);
    }

    /**
     * Binary labels as a column, checking each is 0 or 1.
     *
     * @param model the model asking, named in the error
     * @param labels n labels, each 0 or 1, {@code [n]}
     * @return shape {@code [n, 1]}
     */
    static Tensor binaryColumn(String model, int[] labels) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException(String.format("%s: label %d at row %d is not 0 or 1; a "
                        + "binary model needs labels 0 (negative) and 1 (positive). For k classes use "
                        + "SoftmaxRegression or OneVsRest.", model, labels[i], i));
            }
        }
        return column(labels, 1);
    }

    /**
     * The index of the largest entry of each row (ties: the first).
     *
     * @param scores shape {@code [n, k]}
     * @return n column indices
     */
    static int[] argmaxRows(Tensor scores) {
        double[] best = scores.argmax(1).toArray();
        int[] classes = new int[best.length];
        for (int i = 0; i < best.length; i++) {
            classes[i] = (int) best[i];
        }
        return classes;
    }
}
