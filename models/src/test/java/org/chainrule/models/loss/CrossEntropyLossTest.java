package org.chainrule.models.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.chainrule.autograd.GradCheck;
import org.chainrule.autograd.GradReport;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Labels;
import org.chainrule.testkit.Theories;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.Test;

class CrossEntropyLossTest {

    @Test
    void aCertainRightAnswerCostsZero() {
        Tensor p = Tensor.of(new double[][] {{0, 1, 0}, {1, 0, 0}});
        assertThat(CrossEntropyLoss.ofProbabilities(Node.constant(p), new int[] {1, 0}).item()).isZero();
    }

    @Test
    void itIsMinusTheMeanLogOfTheTrueClassesProbability() {
        // rows [0.2, 0.5, 0.3] with label 1 and [0.6, 0.3, 0.1] with label 2: −(log 0.5 + log 0.1) / 2.
        Tensor p = Tensor.of(new double[][] {{0.2, 0.5, 0.3}, {0.6, 0.3, 0.1}});
        assertThat(CrossEntropyLoss.ofProbabilities(Node.constant(p), new int[] {1, 2}).item())
                .isCloseTo(-(Math.log(0.5) + Math.log(0.1)) / 2, within(1e-15));
    }

    @Test
    void aCertainWrongAnswerCostsTheDocumentedFloorNotInfinity() {
        Tensor p = Tensor.of(new double[][] {{1, 0}});
        double ce = CrossEntropyLoss.ofProbabilities(Node.constant(p), new int[] {1}).item();
        assertThat(ce).isEqualTo(-Math.log(LogLoss.PROBABILITY_FLOOR)).isCloseTo(16.118095650958319, within(1e-12));
    }

    @Test
    void fromLogitsEqualsFromTheirSoftmax() {
        Theories.qt().forAll(Labels.withLogits(4, 5, Values.between(-5, 5))).checkAssert(c -> {
            Node z = Node.constant(c.logits());
            double fused = CrossEntropyLoss.ofLogits(z, c.labels()).item();
            double textbook = CrossEntropyLoss.ofProbabilities(z.softmax(1), c.labels()).item();
            assertThat(fused).isCloseTo(textbook, within(1e-12));
        });
    }

    @Test
    void labelsAreOneHotTargets() {
        Tensor z = Tensor.of(new double[][] {{1, 2, 3}, {0, 0, 5}});
        double withLabels = CrossEntropyLoss.ofLogits(Node.constant(z), new int[] {2, 0}).item();
        double withTargets = Node.crossEntropy(Node.constant(z), Tensor.of(new double[][] {{0, 0, 1}, {1, 0, 0}})).item();
        // By hand: the loss of a row is logsumexp(z) − z_label; row 0's label is 2, row 1's is 0.
        double byHand = ((Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)) - 3) + (Math.log(2 + Math.exp(5)) - 0)) / 2;
        assertThat(withLabels).isEqualTo(withTargets).isCloseTo(byHand, within(1e-12));
    }

    @Test
    void theGradientOnProbabilitiesMatchesCentralDifferences() {
        Theories.qt().forAll(Labels.withLogits(4, 5, Values.between(0.05, 1))).checkAssert(c -> {
            GradReport r = GradCheck.check(in -> CrossEntropyLoss.ofProbabilities(in.get(0), c.labels()), c.logits());
            assertThat(r.passed()).as("%s", r).isTrue();
            assertThat(r.kinks()).isEmpty();
        });
    }

    @Test
    void theGradientOnLogitsMatchesCentralDifferences() {
        Theories.qt().forAll(Labels.withLogits(4, 5, Values.between(-5, 5))).checkAssert(c -> {
            GradReport r = GradCheck.check(in -> CrossEntropyLoss.ofLogits(in.get(0), c.labels()), c.logits());
            assertThat(r.passed()).as("%s", r).isTrue();
        });
    }

    @Test
    void shapesMustMatch() {
        assertThatThrownBy(() -> CrossEntropyLoss.ofProbabilities(Node.constant(Tensor.zeros(2, 3)), new int[] {0, 1, 2}))
                .hasMessage("crossEntropy: scores are [2, 3] but 3 labels were given; scores must be [n, k] with one "
                        + "label per row (n = 3).");
        assertThatThrownBy(() -> CrossEntropyLoss.ofLogits(Node.constant(Tensor.zeros(2, 3)), new int[] {0, 3}))
                .hasMessage("crossEntropy: label 3 at position 1 is not a class index; with k = 3 classes a label is 0 to 2.");
    }
}
