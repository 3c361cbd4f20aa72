package org.chainrule.testkit;

import java.util.Arrays;
import org.chainrule.core.Tensor;

/**
 * A generated classification batch: class scores and the true class of each row; see
 * {@link Labels#withLogits}.
 *
 * @param logits scores, shape {@code [n, k]}
 * @param labels n class indices, each in {@code 0..k-1} (not modified)
 */
public record LabelledLogits(Tensor logits, int[] labels) {
    /** Compactly: {@code logits = [2, 3] [[...], [...]], labels = [2, 0]}. */
    @Override
    public String toString() {
        return "logits = " + TensorGen.describe(logits) + ", labels = " + Arrays.toString(labels);
    }
}
