package org.chainrule.models.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

/** The record that holds features and labels together. */
class DatasetTest {
    private final Dataset data = new Dataset(Tensor.of(new double[][] {{1, 10}, {2, 20}, {3, 30}}),
            new int[] {2, 0, 2}, List.of("a", "b", "c"));

    @Test
    void classCountsCountEachLabel() {
        assertThat(data.classCounts()).containsExactly(1, 0, 2);
    }

    @Test
    void takeKeepsEachRowWithItsLabel() {
        Dataset picked = data.take(new int[] {2, 1});

        assertThat(picked.features()).isEqualTo(Tensor.of(new double[][] {{3, 30}, {2, 20}}));
        assertThat(picked.labels()).containsExactly(2, 0);
        assertThat(data.take(new int[0]).size()).isZero();
    }

    @Test
    void takeNamesABadRowIndex() {
        assertThatThrownBy(() -> data.take(new int[] {0, 3})).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("take: row index 3 (at position 1) is out of range for shape [3, 2]; rows go from 0 to 2.");
    }

    @Test
    void partsMustFitTogether() {
        Tensor x = Tensor.of(new double[][] {{1}, {2}});

        assertThatThrownBy(() -> new Dataset(x, new int[] {0}, List.of("a")))
                .hasMessage("Dataset: features are [2, 1] (2 rows) but there are 1 labels; give one label per row.");
        assertThatThrownBy(() -> new Dataset(x, new int[] {0, 2}, List.of("a", "b"))).hasMessage(
                "Dataset [a, b]: label 2 at position 1 is not a class index; with k = 2 classes a label is 0 to 1.");
    }

    @Test
    void labelsEncodeAsAColumnForTwoClassesAndOneHotForAny() {
        Dataset binary = new Dataset(Tensor.of(new double[][] {{1}, {2}, {3}}), new int[] {1, 0, 1}, List.of("no", "yes"));

        assertThat(binary.labelColumn()).isEqualTo(Tensor.of(new double[][] {{1}, {0}, {1}}));
        assertThat(data.oneHot()).isEqualTo(Tensor.of(new double[][] {{0, 0, 1}, {1, 0, 0}, {0, 0, 1}}));
        assertThatThrownBy(data::labelColumn).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Dataset.labelColumn: the data set has 3 classes [a, b, c]; a column of 0/1 labels needs "
                        + "exactly 2. For k classes use oneHot() ([n, k]).");
    }

    @Test
    void labelsCannotBeChangedFromOutside() {
        int[] labels = {0, 1};
        Dataset d = new Dataset(Tensor.of(new double[][] {{1}, {2}}), labels, List.of("a", "b"));
        labels[0] = 1;
        d.labels()[1] = 0;

        assertThat(d.labels()).containsExactly(0, 1);
    }
}
