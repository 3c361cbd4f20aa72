package org.chainrule.models.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.chainrule.core.Tensor;
import org.chainrule.models.metrics.ConfusionMatrix;
import org.junit.jupiter.api.Test;

class ZeroOneLossTest {

    /** The 0/1 loss of scores s against labels y, predicting 1 where s ≥ 0. */
    static double zeroOne(Tensor s, int[] y) {
        double[] sv = s.toArray();
        int[] predicted = new int[sv.length];
        for (int i = 0; i < sv.length; i++) {
            predicted[i] = sv[i] >= 0 ? 1 : 0;
        }
        return ZeroOneLoss.of(y, predicted);
    }

    @Test
    void itIsTheFractionWrong() {
        assertThat(ZeroOneLoss.of(new int[] {0, 0, 1, 0, 1, 0}, new int[] {0, 1, 0, 1, 1, 0})).isEqualTo(0.5);
        assertThat(ZeroOneLoss.of(new int[] {2, 1}, new int[] {2, 1})).isZero();
    }

    @Test
    void everyMistakeCostsTheSame() {
        // Mistaking class 0 for 1 or for 9 (a cat for a dog, or for a car) costs the same: the notes' complaint.
        assertThat(ZeroOneLoss.of(new int[] {0, 0}, new int[] {1, 0})).isEqualTo(0.5);
        assertThat(ZeroOneLoss.of(new int[] {0, 0}, new int[] {9, 0})).isEqualTo(0.5);
    }

    @Test
    void itIsOneMinusTheAccuracy() {
        int[] actual = {0, 2, 1, 1, 2, 0, 1};
        int[] predicted = {0, 1, 1, 2, 2, 0, 0};   // 4 of 7 right, 3 wrong
        assertThat(ZeroOneLoss.of(actual, predicted)).isEqualTo(3.0 / 7);
        assertThat(ZeroOneLoss.of(actual, predicted))
                .isCloseTo(1 - ConfusionMatrix.accuracy(actual, predicted), within(1e-15));
    }

    @Test
    void lengthsMustMatch() {
        assertThatThrownBy(() -> ZeroOneLoss.of(new int[] {0, 1}, new int[] {0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("zeroOneLoss: 2 actual and 1 predicted "
                        + "labels; give one prediction per example ([n] and [n]) and at least one example (a fraction of n = 0 examples has no value).");
        assertThatThrownBy(() -> ZeroOneLoss.of(new int[0], new int[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("zeroOneLoss: 0 actual and 0 predicted "
                        + "labels; give one prediction per example ([n] and [n]) and at least one example (a fraction of n = 0 examples has no value).");
    }
}
