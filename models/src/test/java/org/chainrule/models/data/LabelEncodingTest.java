package org.chainrule.models.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chainrule.core.Shape;
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
                .hasMessage("oneHot: label 3 at row 1 is out of range; with 3 classes labels go from 0 to 2.");
        assertThatThrownBy(() -> LabelEncoding.oneHot(new int[] {-1}, 2))
                .hasMessage("oneHot: label -1 at row 0 is out of range; with 2 classes labels go from 0 to 1.");
    }
}
