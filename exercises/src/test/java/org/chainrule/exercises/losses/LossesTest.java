package org.chainrule.exercises.losses;

import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.CentralDifferences;
import org.chainrule.testkit.Exercise;
import org.chainrule.testkit.LabelledLogits;
import org.chainrule.testkit.Labels;
import org.chainrule.testkit.Points;
import org.chainrule.testkit.TensorGen;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * E05's public tests: each loss's value against the framework's loss of the same name, each
 * gradient against central differences (and bit-exact where the formula is exact in floating
 * point), and the notes' cases of cross-entropy. 10 points.
 */
class LossesTest {
    static final Exercise LOSSES = Exercise.of("E05", "Losses");
    static final Exercise BCE = Exercise.of("E05", "Losses.binaryCrossEntropy");
    static final Exercise SOFTMAX_CE = Exercise.of("E05", "Losses.softmaxCrossEntropy");
    static final Exercise HINGE = Exercise.of("E05", "Losses.hinge");
    static final Exercise MULTICLASS_HINGE = Exercise.of("E05", "Losses.multiclassHinge");
    static final Exercise EXPONENTIAL = Exercise.of("E05", "Losses.exponential");
    static final Exercise ZERO_ONE = Exercise.of("E05", "Losses.zeroOne");
    /** Values must agree with models' losses up to rounding in another order of additions. */
    static final double SAME_VALUE = 1e-12;
    /** Gradient vs central differences (times max(1, |expected|)): a wrong formula is off by far more. */
    static final double GRAD_TOLERANCE = 1e-5;
    static final String CENTRAL = "central differences";
    /**
     * Where the formula is exact in floating point: a few units in the last place (rounding in
     * another order), far below the 1e-10 or so that a numerically differentiated gradient is off.
     */
    static final double EXACT = 1e-15;

    /** Scores {@code [n, 1]}, n in 1..maxRows, and labels 0/1. */
    static Gen<LabelledLogits> binary(int maxRows, Gen<Double> values) {
        Gen<LabelledLogits> gen = Generate.range(1, maxRows).flatMap(n ->
                TensorGen.tensors(Shape.of(n, 1), values).zip(Labels.of(n, 2), LabelledLogits::new));
        return gen.describedAs(LabelledLogits::toString);
    }

    /** Multiples of 0.25 plus 0.125 in [−3, 3]: every hinge margin t·s stays 0.125 away from its kink at 1. */
    static Gen<Double> offKink() {
        return Generate.range(-12, 11).map(k -> k * 0.25 + 0.125);
    }

    /** Multiples of 0.3 in [−3, 3]: a difference of two is never −1, so s_ij − s_iy + 1 stays 0.1 away from 0. */
    static Gen<Double> offMulticlassKink() {
        return Generate.range(-10, 10).map(k -> k * 0.3);
    }

    @Test
    @Points(1)
    @DisplayName("binaryCrossEntropy: the value is the notes' cost −mean(y·log h + (1−y)·log(1−h)), as models' LogLoss (h in [0, 1], floor included)")
    void binaryCrossEntropyValue() {
        BCE.qt().forAll(binary(6, Values.between(0, 1))).checkAssert(b -> Feedback.value(BCE,
                "models' LogLoss.ofProbabilities", ModelLosses.logLoss(b.logits(), b.labels()),
                Losses.binaryCrossEntropy(b.logits(), b.labels()).value(), SAME_VALUE, b.labels().length));
    }

    @Test
    @Points(1)
    @DisplayName("binaryCrossEntropy: ∂L/∂h matches central differences (h in [0.05, 0.95])")
    void binaryCrossEntropyGradient() {
        BCE.qt().forAll(binary(6, Values.between(0.05, 0.95))).checkAssert(b -> Feedback.close(BCE, CENTRAL,
                CentralDifferences.of(h -> Losses.binaryCrossEntropy(h, b.labels()).value(), b.logits()),
                Losses.binaryCrossEntropy(b.logits(), b.labels()).gradient(), GRAD_TOLERANCE, b.labels().length));
    }

    @Test
    @Points(0.5)
    @DisplayName("softmaxCrossEntropy: the value is mean(log Σ e^s − s_y), as models' CrossEntropyLoss")
    void softmaxCrossEntropyValue() {
        SOFTMAX_CE.qt().forAll(Labels.withLogits(5, 5, Values.between(-5, 5))).checkAssert(b -> Feedback.value(
                SOFTMAX_CE, "models' CrossEntropyLoss.ofLogits", ModelLosses.crossEntropy(b.logits(), b.labels()),
                Losses.softmaxCrossEntropy(b.logits(), b.labels()).value(), SAME_VALUE, b.labels().length));
    }

    @Test
    @Points(1)
    @DisplayName("softmaxCrossEntropy: ∂L/∂s = (softmax − onehot)/n matches central differences")
    void softmaxCrossEntropyGradient() {
        SOFTMAX_CE.qt().forAll(Labels.withLogits(5, 5, Values.between(-5, 5))).checkAssert(b -> Feedback.close(
                SOFTMAX_CE, CENTRAL,
                CentralDifferences.of(s -> Losses.softmaxCrossEntropy(s, b.labels()).value(), b.logits()),
                Losses.softmaxCrossEntropy(b.logits(), b.labels()).gradient(), GRAD_TOLERANCE, b.labels().length));
    }

    @Test
    @Points(1)
    @DisplayName("softmaxCrossEntropy, the notes' three cases: 0 when the prediction is the one-hot label, "
            + "a small number when close, without bound as the right class's probability goes to 0")
    void crossEntropyTheNotesCases() {
        int[] label = {1};
        double same = Losses.softmaxCrossEntropy(Tensor.of(new double[][] {{0, 800, 0}}), label).value();
        Feedback.value(SOFTMAX_CE.given("scores [[0, 800, 0]], labels [1]"),
                "the notes: equal to the one-hot label gives 0 (softmax is exactly [0, 1, 0])", 0, same, 0, 1);
        double close = Losses.softmaxCrossEntropy(Tensor.of(new double[][] {{0, 2, 0}}), label).value();
        Feedback.value(SOFTMAX_CE.given("scores [[0, 2, 0]], labels [1]"),
                "the notes: close to the label gives a small number, log(1 + 2e^−2) (softmax [0.11, 0.79, 0.11])",
                Math.log1p(2 * Math.exp(-2)), close, 1e-15, 1);
        for (double t : new double[] {10, 100, 1000, 10000}) {
            double far = Losses.softmaxCrossEntropy(Tensor.of(new double[][] {{0, -t, 0}}), label).value();
            Feedback.value(SOFTMAX_CE.given("scores [[0, " + -t + ", 0]], labels [1]"), "the notes: opposite to the "
                    + "label grows without bound, log(2e^" + t + " + 1) (no floor caps it; never Infinity)",
                    t + Math.log(2 + Math.exp(-t)), far, 1e-15, 1);
        }
    }

    @Test
    @Points(1)
    @DisplayName("softmaxCrossEntropy is stable at scores up to ±1e4: finite value and gradient, as models' (subtract each row's maximum)")
    void softmaxCrossEntropyStable() {
        Gen<Double> huge = Generate.range(-100, 100).map(k -> k * 100.0);
        SOFTMAX_CE.qt().forAll(Labels.withLogits(4, 4, huge)).checkAssert(b -> {
            LossAndGradient got = Losses.softmaxCrossEntropy(b.logits(), b.labels());
            Feedback.value(SOFTMAX_CE, "models' CrossEntropyLoss.ofLogits",
                    ModelLosses.crossEntropy(b.logits(), b.labels()), got.value(), SAME_VALUE, b.labels().length);
            Feedback.close(SOFTMAX_CE, "(softmax − onehot)/n by autograd",
                    ModelLosses.crossEntropyGradient(b.logits(), b.labels()), got.gradient(), 1e-12, b.labels().length);
        });
    }

    @Test
    @Points(1)
    @DisplayName("hinge: the value is mean(max(0, 1 − t·s)) with t = 2y − 1, as models' HingeLoss, and ∂L/∂s matches central differences")
    void hinge() {
        HINGE.qt().forAll(binary(6, offKink())).checkAssert(b -> {
            LossAndGradient got = Losses.hinge(b.logits(), b.labels());
            Feedback.value(HINGE, "models' HingeLoss (labels 0/1 become t = 2y − 1 = −1/+1)",
                    ModelLosses.hinge(b.logits(), b.labels()), got.value(), SAME_VALUE, b.labels().length);
            Feedback.close(HINGE, CENTRAL, CentralDifferences.of(s -> Losses.hinge(s, b.labels()).value(), b.logits()),
                    got.gradient(), GRAD_TOLERANCE, b.labels().length);
        });
    }

    @Test
    @Points(1)
    @DisplayName("multiclassHinge: the value is mean Σ_{j≠y} max(0, s_j − s_y + 1), as models' MulticlassHingeLoss, and ∂L/∂s matches central differences")
    void multiclassHinge() {
        MULTICLASS_HINGE.qt().forAll(Labels.withLogits(5, 5, offMulticlassKink())).checkAssert(b -> {
            LossAndGradient got = Losses.multiclassHinge(b.logits(), b.labels());
            Feedback.value(MULTICLASS_HINGE, "models' MulticlassHingeLoss",
                    ModelLosses.multiclassHinge(b.logits(), b.labels()), got.value(), SAME_VALUE, b.labels().length);
            Feedback.close(MULTICLASS_HINGE, CENTRAL,
                    CentralDifferences.of(s -> Losses.multiclassHinge(s, b.labels()).value(), b.logits()),
                    got.gradient(), GRAD_TOLERANCE, b.labels().length);
        });
    }

    @Test
    @Points(1)
    @DisplayName("exponential: the value is mean(e^(−t·s)) with t = 2y − 1, as models' ExponentialLoss, and ∂L/∂s matches central differences")
    void exponential() {
        EXPONENTIAL.qt().forAll(binary(6, Values.between(-3, 3))).checkAssert(b -> {
            LossAndGradient got = Losses.exponential(b.logits(), b.labels());
            Feedback.value(EXPONENTIAL, "models' ExponentialLoss (labels 0/1 become t = 2y − 1 = −1/+1)",
                    ModelLosses.exponential(b.logits(), b.labels()), got.value(), SAME_VALUE, b.labels().length);
            Feedback.close(EXPONENTIAL, CENTRAL,
                    CentralDifferences.of(s -> Losses.exponential(s, b.labels()).value(), b.logits()),
                    got.gradient(), GRAD_TOLERANCE, b.labels().length);
        });
    }

    @Test
    @Points(1)
    @DisplayName("every gradient is the formula to the last digit (1e-15) where the formula is exact (n a power of 2): "
            + "a numerically differentiated gradient does not pass")
    void gradientsAreExactWhereTheFormulaIs() {
        LOSSES.qt().forAll(ExactCases.batches()).checkAssert(c -> {
            Feedback.close(BCE, "−1/(n·h) for y = 1, 1/(n·(1 − h)) for y = 0, exactly", c.bceGradient(),
                    Losses.binaryCrossEntropy(c.probabilities(), c.labels()).gradient(), EXACT, c.n());
            Feedback.close(SOFTMAX_CE, "(softmax − onehot)/n with softmax = 1/k (all scores 0), exactly",
                    c.softmaxGradient(), Losses.softmaxCrossEntropy(c.equalScores(), c.classLabels()).gradient(), EXACT, c.n());
            Feedback.close(HINGE, "−t/n or 0, exactly", c.hingeGradient(),
                    Losses.hinge(c.scores(), c.labels()).gradient(), EXACT, c.n());
            Feedback.close(MULTICLASS_HINGE, "1/n per charged class, −(their count)/n for the true one, exactly",
                    c.multiclassHingeGradient(), Losses.multiclassHinge(c.classScores(), c.classLabels()).gradient(), EXACT, c.n());
            Feedback.close(EXPONENTIAL, "−t·e^0/n = −t/n at s = 0, exactly", c.exponentialGradient(),
                    Losses.exponential(Tensor.zeros(c.n(), 1), c.labels()).gradient(), EXACT, c.n());
        });
    }

    @Test
    @Points(0.5)
    @DisplayName("zeroOne: the fraction of wrong predictions (class 1 where s ≥ 0 for [n, 1]; argmax for [n, k]), as models' ZeroOneLoss")
    void zeroOne() {
        ZERO_ONE.qt().forAll(binary(6, Values.between(-2, 2)), Labels.withLogits(6, 4, Values.between(-2, 2)))
                .checkAssert((two, many) -> {
                    ZERO_ONE.assertClose("models' ZeroOneLoss, class 1 where s ≥ 0 (scores [n, 1])",
                            ModelLosses.zeroOne(two.labels(), ExactCases.threshold(two.logits())),
                            Losses.zeroOne(two.logits(), two.labels()), 0);
                    ZERO_ONE.assertClose("models' ZeroOneLoss, the class of the largest score (scores [n, k])",
                            ModelLosses.zeroOne(many.labels(), ExactCases.argmax(many.logits())),
                            Losses.zeroOne(many.logits(), many.labels()), 0);
                });
    }
}
