package org.chainrule.models.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.chainrule.autograd.GradCheck;
import org.chainrule.autograd.GradReport;
import org.chainrule.autograd.Node;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Theories;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.Test;

class LogLossTest {

    private static Tensor col(double... v) {
        return Tensor.of(v).reshape(v.length, 1);
    }

    @Test
    void aCoinFlipCostsLogTwo() {
        Node h = Node.constant(col(0.5, 0.5));
        assertThat(LogLoss.ofProbabilities(h, new int[] {0, 1}).item()).isCloseTo(Math.log(2), within(1e-15));
        assertThat(LogLoss.ofLogits(Node.constant(col(0, 0)), new int[] {0, 1}).item()).isCloseTo(Math.log(2), within(1e-15));
    }

    @Test
    void itIsTheNotesFormulaByHand() {
        // −mean(y log h + (1 − y) log(1 − h)) with h = [0.8, 0.3], y = [1, 0]: −(log 0.8 + log 0.7)/2.
        Node h = Node.constant(col(0.8, 0.3));
        assertThat(LogLoss.ofProbabilities(h, new int[] {1, 0}).item())
                .isCloseTo(-(Math.log(0.8) + Math.log(0.7)) / 2, within(1e-15));
    }

    @Test
    void theGradientOnProbabilitiesMatchesCentralDifferences() {
        Theories.qt().forAll(BinaryCase.batches(Values.between(0.05, 0.95))).checkAssert(c -> {
            GradReport r = GradCheck.check(in -> LogLoss.ofProbabilities(in.get(0), c.y()), c.s());
            assertThat(r.passed()).as("%s", r).isTrue();
            assertThat(r.kinks()).isEmpty();
        });
    }

    @Test
    void theGradientOnLogitsMatchesCentralDifferences() {
        Theories.qt().forAll(BinaryCase.batches(Values.between(-6, 6))).checkAssert(c -> {
            GradReport r = GradCheck.check(in -> LogLoss.ofLogits(in.get(0), c.y()), c.s());
            assertThat(r.passed()).as("%s", r).isTrue();
        });
    }

    @Test
    void atZeroTheLogitGradientIsSigmoidMinusY() {
        // The max gates of max(z, 0) and |z| = max(z, −z) both pick z at the tie z = 0: σ(0) − y = ±0.5.
        Node z = Node.of(col(0, 0));
        LogLoss.ofLogits(z, new int[] {0, 1}).backward();
        assertThat(z.grad().toArray()).containsExactly(0.5 / 2, -0.5 / 2);
    }

    @Test
    void bothFormsAgreeWhereProbabilitiesAreNotRounded() {
        Theories.qt().forAll(BinaryCase.batches(Values.between(-8, 8))).checkAssert(c -> {
            Node z = Node.constant(c.s());
            double fromLogits = LogLoss.ofLogits(z, c.y()).item();
            double fromProbabilities = LogLoss.ofProbabilities(z.sigmoid(), c.y()).item();
            assertThat(fromLogits).isCloseTo(fromProbabilities, within(1e-12));
        });
    }

    @Test
    void aCertainWrongAnswerCostsTheFloorNotInfinity() {
        // σ(40) rounds to exactly 1.0; with y = 0 the notes' formula would take log(0).
        Node h = Node.constant(col(1.0));
        assertThat(LogLoss.ofProbabilities(h, new int[] {0}).item()).isEqualTo(-Math.log(LogLoss.PROBABILITY_FLOOR));
        assertThat(-Math.log(LogLoss.PROBABILITY_FLOOR)).isCloseTo(16.118, within(1e-3));
        // The logit form needs no floor: the cost of z = 40 against y = 0 is 40 (plus e^−40).
        assertThat(LogLoss.ofLogits(Node.constant(col(40)), new int[] {0}).item()).isCloseTo(40, within(1e-15));
    }

    @Test
    void labelsMustFitTheScoresAndBeZeroOrOne() {
        Node h = Node.constant(col(0.5, 0.5));
        assertThatThrownBy(() -> LogLoss.ofProbabilities(h, new int[] {0, 1, 1}))
                .hasMessage("logLoss: scores are [2, 1] but 3 labels were given; a binary loss takes scores [n, 1] "
                        + "with one label per row (n = 3).");
        assertThatThrownBy(() -> LogLoss.ofLogits(Node.constant(Tensor.of(0.5, 0.5)), new int[] {0, 1}))
                .hasMessage("logLoss: scores are [2] but 2 labels were given; a binary loss takes scores [n, 1] "
                        + "with one label per row (n = 2).");
        assertThatThrownBy(() -> LogLoss.ofLogits(h, new int[] {0, 2}))
                .hasMessage("logLoss: label 2 at position 1 is not a class index; with k = 2 classes a label is 0 to 1.");
    }

    @Test
    void theLabelsAreNotModified() {
        int[] y = {0, 1};
        LogLoss.ofLogits(Node.of(col(0.3, -0.2)), y).backward();
        assertThat(y).containsExactly(0, 1);
    }

    @Test
    void theNotesComputationIsTheProbabilityFormulaOfTheSigmoid() {
        Theories.qt().forAll(BinaryCase.batches(Values.between(-40, 40))).checkAssert(c -> {
            Node z = Node.constant(c.s());
            assertThat(LogLoss.viaProbabilities(z, c.y()).item())
                    .isEqualTo(LogLoss.ofProbabilities(z.sigmoid(), c.y()).item());
        });
    }

    @Test
    void everyLossRefusesZeroRowsAsMeanDoes() {
        Node none = Node.constant(Tensor.zeros(0, 1));
        String rule = "scores are [0, 1], no rows; the loss is a mean over the n rows and the mean of no numbers is undefined.";
        assertThatThrownBy(() -> LogLoss.ofLogits(none, new int[0])).isInstanceOf(ShapeException.class)
                .hasMessage("logLoss: " + rule);
        assertThatThrownBy(() -> HingeLoss.of(none, new int[0])).hasMessage("hinge: " + rule);
        assertThatThrownBy(() -> ExponentialLoss.of(none, new int[0])).hasMessage("exponential: " + rule);
        Node noRows = Node.constant(Tensor.zeros(0, 3));
        String rule3 = "scores are [0, 3], no rows; the loss is a mean over the n rows and the mean of no numbers is undefined.";
        assertThatThrownBy(() -> CrossEntropyLoss.ofLogits(noRows, new int[0])).isInstanceOf(ShapeException.class)
                .hasMessage("crossEntropy: " + rule3);
        assertThatThrownBy(() -> CrossEntropyLoss.ofProbabilities(noRows, new int[0])).hasMessage("crossEntropy: " + rule3);
        assertThatThrownBy(() -> MulticlassHingeLoss.of(noRows, new int[0])).hasMessage("multiclassHinge: " + rule3);
    }
}
