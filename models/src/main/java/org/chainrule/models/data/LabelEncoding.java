package org.chainrule.models.data;

import org.chainrule.core.ClassLabels;
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
     * @param k the number of classes, at least 1
     * @return shape {@code [n, k]}
     * @throws IllegalArgumentException if k &lt; 1 or a label is not a class ({@link ClassLabels})
     * @throws org.chainrule.core.ShapeException if n·k numbers do not fit in one tensor
     */
    public static Tensor oneHot(int[] labels, int k) {
        ClassLabels.check("oneHot", labels, k);
        Shape shape = Shape.of(labels.length, k);
        double[] hot = new double[shape.size()];     // size() refuses n·k beyond one tensor, before allocating
        for (int i = 0; i < labels.length; i++) {
            hot[i * k + labels[i]] = 1;
        }
        return Tensor.of(shape, hot);
    }
}
