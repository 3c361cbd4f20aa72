package org.chainrule.models.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chainrule.core.Shape;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

/** The two label encodings, by hand. */
class LabelEncodingTest {

    @Test
    void aColumnMarksThePositiveClass() {
        assertThat(LabelEncoding.column(new int[] {2, 0, 1}, 1)).isEqualTo(Tensor.of(new double[][] {{0}, {0}, {1}}));
        assertThat(LabelEncoding.column(new int[] {2, 0, 1}, 2)).isEqualTo(Tensor.of(new double[][] {{1}, {0}, {0}}));
        assertThat(LabelEncoding.column(new int[0], 1).shape()).isEqualTo(Shape.of(0, 1));
    }

    @Test
    void oneHotPutsA1AtEachRowsLabel() {
        assertThat(LabelEncoding.oneHot(new int[] {2, 0, 1}, 3))
                .isEqualTo(Tensor.of(new double[][] {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}}));
        assertThat(LabelEncoding.oneHot(new int[] {1}, 4)).isEqualTo(Tensor.of(new double[][] {{0, 1, 0, 0}}));
    }

    @Test
    void oneHotNamesALabelThatIsNotAClass() {
        assertThatThrownBy(() -> LabelEncoding.oneHot(new int[] {0, 3}, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("oneHot: label 3 at position 1 is not a class index; with k = 3 classes a label is 0 to 2.");
        assertThatThrownBy(() -> LabelEncoding.oneHot(new int[] {-1}, 2))
                .hasMessage("oneHot: label -1 at position 0 is not a class index; with k = 2 classes a label is 0 to 1.");
    }

    @Test
    void oneHotNeedsAtLeastOneClass() {
        assertThatThrownBy(() -> LabelEncoding.oneHot(new int[] {0}, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("oneHot: k = -1 classes; there must be at least one class (labels are class indices 0 to k − 1).");
        assertThatThrownBy(() -> LabelEncoding.oneHot(new int[0], 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k = 0 classes");
    }

    @Test
    void oneHotRefusesMoreNumbersThanOneTensorHoldsBeforeAllocating() {
        // 3 labels × 1,000,000,000 classes = 3e9 numbers: n·k overflows an int (a raw NegativeArraySizeException before).
        assertThatThrownBy(() -> LabelEncoding.oneHot(new int[] {0, 1, 2}, 1_000_000_000))
                .isInstanceOf(ShapeException.class)
                .hasMessageContaining("[3, 1000000000]");
    }
}
