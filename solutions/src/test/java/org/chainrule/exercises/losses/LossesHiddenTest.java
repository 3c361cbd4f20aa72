package org.chainrule.exercises.losses;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chainrule.core.Tensor;
import org.chainrule.testkit.CentralDifferences;
import org.chainrule.testkit.Exercise;
import org.chainrule.testkit.LabelledLogits;
import org.chainrule.testkit.Labels;
import org.chainrule.testkit.Points;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** E05's hidden tests: another seed and larger batches, the probability floor, n = 1, teaching errors. 5 points. */
class LossesHiddenTest {
    private static final long OTHER_SEED = 7;
    private static final int EXAMPLES = 60;

    @Test
    @Points(1.5)
    @DisplayName("(hidden) every gradient equals autograd's backward of models' loss on larger batches, another seed")
    void gradientsEqualAutogradsOnLargerBatches() {
        Gen<LabelledLogits> many = Labels.withLogits(9, 7, Values.between(-8, 8));
        LossesTest.SOFTMAX_CE.qt(OTHER_SEED, EXAMPLES).forAll(many).checkAssert(b -> Feedback.close(LossesTest.SOFTMAX_CE, "autograd's backward",
                ModelLosses.crossEntropyGradient(b.logits(), b.labels()),
                Losses.softmaxCrossEntropy(b.logits(), b.labels()).gradient(), 1e-12, b.labels().length));
        LossesTest.BCE.qt(OTHER_SEED, EXAMPLES).forAll(LossesTest.binary(12, Values.between(0.02, 0.98)))
                .checkAssert(b -> Feedback.close(LossesTest.BCE, LossesTest.CENTRAL,
                CentralDifferences.of(h -> Losses.binaryCrossEntropy(h, b.labels()).value(), b.logits()),
                Losses.binaryCrossEntropy(b.logits(), b.labels()).gradient(), 1e-4, b.labels().length));
        LossesTest.EXPONENTIAL.qt(OTHER_SEED, EXAMPLES).forAll(LossesTest.binary(12, Values.between(-4, 4)))
                .checkAssert(b -> Feedback.close(LossesTest.EXPONENTIAL, LossesTest.CENTRAL,
                CentralDifferences.of(s -> Losses.exponential(s, b.labels()).value(), b.logits()),
                Losses.exponential(b.logits(), b.labels()).gradient(), 1e-5, b.labels().length));
        LossesTest.MULTICLASS_HINGE.qt(OTHER_SEED, EXAMPLES).forAll(Labels.withLogits(9, 7, LossesTest.offMulticlassKink()))
                .checkAssert(b -> Feedback.close(LossesTest.MULTICLASS_HINGE, LossesTest.CENTRAL,
                CentralDifferences.of(s -> Losses.multiclassHinge(s, b.labels()).value(), b.logits()),
                Losses.multiclassHinge(b.logits(), b.labels()).gradient(), 1e-5, b.labels().length));
    }

    @Test
    @Points(1)
    @DisplayName("(hidden) binaryCrossEntropy at h = 0 and h = 1: the floor gives −log(1e-7) per wrong row, and a flat (0) gradient there")
    void binaryCrossEntropyAtTheFloor() {
        Exercise ex = LossesTest.BCE.given("h = [[0], [1], [1], [0]], labels [1, 0, 1, 0]");
        LossAndGradient got = Losses.binaryCrossEntropy(Tensor.of(new double[][] {{0}, {1}, {1}, {0}}), new int[] {1, 0, 1, 0});
        ex.assertClose("two rows certain and wrong cost −log(1e-7) each, two certain and right cost 0",
                -2 * Math.log(Losses.PROBABILITY_FLOOR) / 4, got.value(), 1e-12);
        ex.assertClose("0 where the floor holds h (flat), −1/(n·1) and 1/(n·1) at the right rows",
                Tensor.of(new double[][] {{0}, {0}, {-0.25}, {0.25}}), got.gradient(), 0);
    }

    @Test
    @Points(1)
    @DisplayName("(hidden) one row (n = 1): no loss and no gradient once the margin is past 1; one charged class")
    void oneRowAndSatisfiedMargins() {
        Exercise hinge = LossesTest.HINGE.given("scores [[-3]], labels [0]");
        LossAndGradient h = Losses.hinge(Tensor.of(new double[][] {{-3}}), new int[] {0});
        hinge.assertClose("margin t·s = 3 ≥ 1: loss 0", 0, h.value(), 0);
        hinge.assertClose("margin past 1: gradient 0", Tensor.zeros(1, 1), h.gradient(), 0);
        Exercise kink = LossesTest.HINGE.given("scores [[1]], labels [1]");
        LossAndGradient atKink = Losses.hinge(Tensor.of(new double[][] {{1}}), new int[] {1});
        kink.assertClose("margin exactly 1: loss 0", 0, atKink.value(), 0);
        kink.assertClose("at the kink (margin exactly 1) the gradient is taken as 0, as models' HingeLoss",
                Tensor.zeros(1, 1), atKink.gradient(), 0);
        Exercise won = LossesTest.MULTICLASS_HINGE.given("scores [[5, 1, 2]], labels [0]");
        LossAndGradient m = Losses.multiclassHinge(Tensor.of(new double[][] {{5, 1, 2}}), new int[] {0});
        won.assertClose("the true class wins by 3 ≥ 1: loss 0", 0, m.value(), 0);
        won.assertClose("nothing charged: gradient 0", Tensor.zeros(1, 3), m.gradient(), 0);
        Exercise one = LossesTest.MULTICLASS_HINGE.given("scores [[1, 1.5, 0]], labels [0]");
        LossAndGradient w = Losses.multiclassHinge(Tensor.of(new double[][] {{1, 1.5, 0}}), new int[] {0});
        one.assertClose("1.5 − 1 + 1 = 1.5 charged; 0 − 1 + 1 = 0 not", 1.5, w.value(), 1e-15);
        one.assertClose("one class charged: [−1, 1, 0]", Tensor.of(new double[][] {{-1, 1, 0}}), w.gradient(), 0);
        LossesTest.ZERO_ONE.given("scores [[0]], labels [1]").assertClose("score 0 is σ = 0.5: class 1, as h ≥ 0.5 "
                + "in the notes", 0, Losses.zeroOne(Tensor.of(new double[][] {{0}}), new int[] {1}), 0);
    }

    @Test
    @Points(1)
    @DisplayName("(hidden) mistakes in the arguments get a teaching IllegalArgumentException naming the shapes")
    void errorsTeach() {
        assertThatThrownBy(() -> Losses.hinge(Tensor.zeros(3, 1), new int[] {0, 1}))
                .as("E05 Losses.hinge with scores [3, 1] and 2 labels")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[3, 1]").hasMessageContaining("[n, 1]");
        assertThatThrownBy(() -> Losses.hinge(Tensor.zeros(0, 1), new int[0]))
                .as("E05 Losses.hinge of an empty batch (n = 0: the mean of nothing)")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Losses.exponential(Tensor.zeros(2, 1), new int[] {0, 2}))
                .as("E05 Losses.exponential with labels [0, 2]")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2");
        assertThatThrownBy(() -> Losses.softmaxCrossEntropy(Tensor.zeros(2, 3), new int[] {0, 3}))
                .as("E05 Losses.softmaxCrossEntropy with label 3 of 3 classes")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2, 3]").hasMessageContaining("0 to 2");
        assertThatThrownBy(() -> Losses.binaryCrossEntropy(Tensor.of(new double[][] {{1.5}}), new int[] {1}))
                .as("E05 Losses.binaryCrossEntropy with h = 1.5, not a probability")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
        assertThatThrownBy(() -> Losses.multiclassHinge(Tensor.zeros(2), new int[] {0, 1}))
                .as("E05 Losses.multiclassHinge with scores [2] (a vector, not [n, k])")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2]").hasMessageContaining("[n, k]");
    }

    @Test
    @Points(0.5)
    @DisplayName("(hidden) softmaxCrossEntropy of a row of −1e4 and 1e4 against the losing class: 2e4, finite")
    void crossEntropyAtTheExtremes() {
        Exercise ex = LossesTest.SOFTMAX_CE.given("scores [[-10000.0, 10000.0]], labels [0]");
        LossAndGradient got = Losses.softmaxCrossEntropy(Tensor.of(new double[][] {{-1e4, 1e4}}), new int[] {0});
        Feedback.value(ex, "log(e^−1e4 + e^1e4) − (−1e4) = 2e4", 2e4, got.value(), 0, 1);
        Feedback.close(ex, "softmax − onehot = [0 − 1, 1 − 0]", Tensor.of(new double[][] {{-1, 1}}), got.gradient(), 0, 1);
    }
}
