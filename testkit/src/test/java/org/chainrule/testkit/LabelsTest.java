package org.chainrule.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chainrule.testkit.Theories.qt;

import java.util.HashSet;
import java.util.Set;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void labelsAreClassIndices() {
        Set<Integer> seen = new HashSet<>();
        qt().forAll(Labels.of(5, 3)).checkAssert(labels -> {
            assertThat(labels).hasSize(5);
            for (int y : labels) {
                assertThat(y).isBetween(0, 2);
                seen.add(y);
            }
        });
        assertThat(seen).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void targetsAreDistributions() {
        qt().forAll(Labels.targets(3, 4)).checkAssert(t -> {
            assertThat(t.shape().toArray()).containsExactly(3, 4);
            for (double p : t.toArray()) {
                assertThat(p).isBetween(0.0, 1.0);
            }
            for (double rowSum : t.sum(1).toArray()) {
                assertThat(rowSum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
            }
        });
    }

    @Test
    void logitsComeWithOneLabelPerRow() {
        qt().forAll(Labels.withLogits(4, 5, Values.between(-3, 3))).checkAssert(b -> {
            int n = b.logits().shape().dim(0);
            int k = b.logits().shape().dim(1);
            assertThat(b.labels()).hasSize(n);
            assertThat(k).isBetween(2, 5);
            for (int y : b.labels()) {
                assertThat(y).isBetween(0, k - 1);
            }
        });
        qt().forAll(Labels.withTargets(4, 5, Values.between(-3, 3))).checkAssert(p ->
                assertThat(p.b().shape()).isEqualTo(p.a().shape()));
    }

    @Test
    void aBatchPrintsLogitsAndLabels() {
        LabelledLogits b = new LabelledLogits(Tensor.of(new double[][] {{0.5, -1}, {2, 0}}), new int[] {1, 0});
        assertThat(b).hasToString("logits = [2, 2] [[0.5, -1.0], [2.0, 0.0]], labels = [1, 0]");
    }

    @Test
    void impossibleBatchesAreRefused() {
        assertThatThrownBy(() -> Labels.of(3, 0)).hasMessage(
                "Labels.of: 3 rows and 0 classes; need n ≥ 0 and k ≥ 1.");
        assertThatThrownBy(() -> Labels.withLogits(2, 1, Values.between(0, 1))).hasMessage(
                "Labels: up to 2 rows and 1 classes; need at least 1 row and 2 classes.");
    }
}
