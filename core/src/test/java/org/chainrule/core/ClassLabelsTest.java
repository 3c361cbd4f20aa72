package org.chainrule.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** The class-index rule and its one message. */
class ClassLabelsTest {

    @Test
    void theMessageNamesTheCallerTheLabelItsPositionAndK() {
        assertThatThrownBy(() -> ClassLabels.check("crossEntropy", new int[] {0, 3, 1}, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("crossEntropy: label 3 at position 1 is not a class index; with k = 3 classes a label "
                        + "is 0 to 2.");
        assertThatThrownBy(() -> ClassLabels.check("Dataset", new int[] {-1}, 2))
                .hasMessage("Dataset: label -1 at position 0 is not a class index; with k = 2 classes a label is 0 to 1.");
    }

    @Test
    void theFirstBadLabelIsTheOneNamed() {
        assertThatThrownBy(() -> ClassLabels.check("oneHot", new int[] {1, 7, -2}, 2))
                .hasMessageContaining("label 7 at position 1");
    }

    @Test
    void everyClassIndexPassesAndNothingElse() {
        qt().withFixedSeed(20201L).forAll(integers().between(-3, 12), integers().between(1, 10)).checkAssert((label, k) -> {
            boolean inRange = 0 <= label && label < k;
            assertThat(ClassLabels.isClass(label, k)).isEqualTo(inRange);
            if (inRange) {
                assertThat(ClassLabels.check("t", new int[] {label}, k)).containsExactly(label);
                assertThat(ClassLabels.checkClass("t", label, k)).isEqualTo(label);
            } else {
                assertThatThrownBy(() -> ClassLabels.check("t", new int[] {label}, k))
                        .isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> ClassLabels.checkClass("t", label, k))
                        .isInstanceOf(IllegalArgumentException.class);
            }
        });
    }

    @Test
    void aClassGivenOnItsOwnHasNoPosition() {
        assertThatThrownBy(() -> ClassLabels.checkClass("ConfusionMatrix.precision", 5, 3))
                .hasMessage("ConfusionMatrix.precision: class 5 is not a class index; with k = 3 classes a class is 0 to 2.");
    }

    @Test
    void thereMustBeAClass() {
        assertThatThrownBy(() -> ClassLabels.check("oneHot", new int[0], -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("oneHot: k = -1 classes; there must be at least one class (labels are class indices 0 to k − 1).");
        assertThatThrownBy(() -> ClassLabels.checkClass("oneHot", 0, 0)).hasMessageContaining("k = 0 classes");
    }

    @Test
    void noLabelsAreFineForAnyValidK() {
        assertThat(ClassLabels.check("t", new int[0], 1)).isEmpty();
    }

    @Test
    void predictionsPairWithLabelsAndThereIsAtLeastOne() {
        ClassLabels.checkPairs("t", new int[] {0, 1}, new int[] {1, 1});
        String rule = "labels; give one prediction per example ([n] and [n]) and at least one example (a fraction "
                + "of n = 0 examples has no value).";
        assertThatThrownBy(() -> ClassLabels.checkPairs("zeroOneLoss", new int[] {0, 1}, new int[] {0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("zeroOneLoss: 2 actual and 1 predicted " + rule);
        assertThatThrownBy(() -> ClassLabels.checkPairs("zeroOneLoss", new int[0], new int[0]))
                .hasMessage("zeroOneLoss: 0 actual and 0 predicted " + rule);
    }
}
