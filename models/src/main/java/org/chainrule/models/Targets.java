package org.chainrule.models;

import org.chainrule.core.Tensor;
import org.chainrule.models.data.LabelEncoding;

/** Checks binary labels for the models and reads classes off scores (package-private); the encodings are {@link LabelEncoding}'s. */
final class Targets {
    private Targets() {
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
        return LabelEncoding.column(labels, 1);
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
