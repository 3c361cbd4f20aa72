package org.chainrule.models.data;

import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;

/**
 * Class labels as the target tensors the losses take. The one place these encodings are written:
 * {@link Dataset}, the binary models and the losses all use it.
 * <pre>
 *   labels [2, 0, 1], positive 1  →  column  [[0], [0], [1]]              [n, 1]   the notes' Y_train
 *   labels [2, 0, 1], k = 3       →  one-hot [[0, 0, 1], [1, 0, 0], [0, 1, 0]]   [n, k]
 * </pre>
 */
public final class LabelEncoding {
    private LabelEncoding() {
    }

    /**
     * 1 where {@code labels[i] == positive}, else 0, as a column: "is it this class?" for a binary model.
     *
     * @param labels n class indices, {@code [n]}
     * @param positive the class that counts as 1
     * @return shape {@code [n, 1]}
     */
    public static Tensor column(int[] labels, int positive) {
        double[] y = new double[labels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels[i] == positive ? 1 : 0;
        }
        return Tensor.of(Shape.of(y.length, 1), y);
    }

    /**
     * Row i has a 1 at column {@code labels[i]} and 0 elsewhere.
     *
     * @param labels n class indices, each in {@code [0, k)}
     * @param k the number of classes
     * @return shape {@code [n, k]}
     * @throws IllegalArgumentException if a label is not a class
     */
    public static Tensor oneHot(int[] labels, int k) {
        double[] hot = new double[labels.length * k];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= k) {
                throw new IllegalArgumentException(String.format("oneHot: label %d at row %d is out of range; "
                        + "with %d classes labels go from 0 to %d.", labels[i], i, k, k - 1));
            }
            hot[i * k + labels[i]] = 1;
        }
        return Tensor.of(Shape.of(labels.length, k), hot);
    }
}
