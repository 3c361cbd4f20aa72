package org.chainrule.models.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.chainrule.autograd.GradCheck;
import org.chainrule.autograd.GradReport;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.LabelledLogits;
import org.chainrule.testkit.Labels;
import org.chainrule.testkit.Theories;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.Test;

class MulticlassHingeLossTest {

    @Test
    void theCs231nExampleByHand() {
        // Row 0 (label 0): max(0, 5.1 − 3.2 + 1) + max(0, −1.7 − 3.2 + 1) = 2.9 + 0
        // Row 1 (label 1): max(0, 1.3 − 4.9 + 1) + max(0, 2.0 − 4.9 + 1) = 0
        // Row 2 (label 2): max(0, 2.2 + 3.1 + 1) + max(0, 2.5 + 3.1 + 1) = 6.3 + 6.6 = 12.9
        Tensor s = Tensor.of(new double[][] {{3.2, 5.1, -1.7}, {1.3, 4.9, 2.0}, {2.2, 2.5, -3.1}});
        double loss = MulticlassHingeLoss.of(Node.constant(s), new int[] {0, 1, 2}).item();
        assertThat(loss).isCloseTo((2.9 + 0 + 12.9) / 3, within(1e-12));
    }

    /** True when every wrong class's margin s_j − s_y + 1 is at least 0.05 away from the kink at 0. */
    private static boolean awayFromKinks(LabelledLogits c) {
        int k = c.logits().shape().dim(1);
        for (int i = 0; i < c.labels().length; i++) {
            double sy = c.logits().get(i, c.labels()[i]);
            for (int j = 0; j < k; j++) {
                if (j != c.labels()[i] && Math.abs(c.logits().get(i, j) - sy + 1) < 0.05) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void theGradientMatchesCentralDifferencesAwayFromTheKinks() {
        Theories.qt().forAll(Labels.withLogits(4, 5, Values.between(-3, 3)).assuming(MulticlassHingeLossTest::awayFromKinks))
                .checkAssert(c -> {
                    GradReport r = GradCheck.check(in -> MulticlassHingeLoss.of(in.get(0), c.labels()), c.logits());
                    assertThat(r.passed()).as("%s", r).isTrue();
                    assertThat(r.kinks()).isEmpty();
                });
    }

    @Test
    void aTrueClassWinningByTheMarginCostsNothing() {
        Tensor s = Tensor.of(new double[][] {{5, 4, -2}, {0, 0, 1}});
        assertThat(MulticlassHingeLoss.of(Node.constant(s), new int[] {0, 2}).item()).isZero();
    }

    @Test
    void labelsMustBeClassesOfTheScores() {
        assertThatThrownBy(() -> MulticlassHingeLoss.of(Node.constant(Tensor.zeros(2, 3)), new int[] {0, 3}))
                .hasMessage("multiclassHinge: label 3 at position 1 is not a class index; with k = 3 classes a "
                        + "label is 0 to 2.");
        assertThatThrownBy(() -> MulticlassHingeLoss.of(Node.constant(Tensor.zeros(2, 3)), new int[] {0}))
                .hasMessage("multiclassHinge: scores are [2, 3] but 1 labels were given; scores must be [n, k] "
                        + "with one label per row (n = 1).");
    }
}
