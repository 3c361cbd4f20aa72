package org.chainrule.exercises.softmax;

import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.CentralDifferences;
import org.chainrule.testkit.Exercise;
import org.chainrule.testkit.Labels;
import org.chainrule.testkit.Points;
import org.chainrule.testkit.TensorGen;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * E08's public tests for softmax regression: scores, probabilities and predictions against
 * models' {@code SoftmaxRegression} with the same weights, the loss, ∂W and ∂b against central
 * differences, bit-exact where exact. 8.5 of E08's 10 points ({@link OneVsRestByHandTest} has the rest).
 */
class SoftmaxByHandTest {
    static final Exercise SCORES = Exercise.of("E08", "SoftmaxByHand.scores");
    static final Exercise PROBABILITIES = Exercise.of("E08", "SoftmaxByHand.probabilities");
    static final Exercise PREDICT = Exercise.of("E08", "SoftmaxByHand.predict");
    static final Exercise GRADIENTS = Exercise.of("E08", "SoftmaxByHand.gradients");
    static final double SAME = 1e-12;
    static final double GRAD_TOLERANCE = 1e-6;
    /**
     * Where the formula is exact in floating point: a few units in the last place (rounding in
     * another order), far below the 1e-10 or so that a numerically differentiated gradient is off.
     */
    static final double EXACT = 1e-15;

    /** A batch: X [n, d], labels, W [d, k], b [k]. */
    record Batch(Tensor x, int[] labels, Tensor w, Tensor b) {
        @Override
        public String toString() {
            return "X = " + TensorGen.describe(x) + ", labels = " + java.util.Arrays.toString(labels) + ", W = "
                    + TensorGen.describe(w) + ", b = " + TensorGen.describe(b);
        }
    }

    static Gen<Batch> batches(int maxRows, int maxFeatures, int maxClasses, Gen<Double> values) {
        Gen<Integer> rows = Generate.range(1, maxRows);
        Gen<Integer> features = Generate.range(1, maxFeatures);
        Gen<Integer> classes = Generate.range(2, maxClasses);
        Gen<Batch> gen = in -> {
            int n = rows.generate(in);
            int d = features.generate(in);
            int k = classes.generate(in);
            return new Batch(TensorGen.tensors(Shape.of(n, d), values).generate(in), Labels.of(n, k).generate(in),
                    TensorGen.tensors(Shape.of(d, k), values).generate(in), TensorGen.tensors(Shape.of(k), values).generate(in));
        };
        return gen.describedAs(Batch::toString);
    }

    @Test
    @Points(1)
    @DisplayName("scores: X·W + b with W [features, classes], as models' SoftmaxRegression with the same W and b")
    void scoresEqualModels() {
        SCORES.qt().forAll(batches(5, 4, 4, Values.between(-2, 2))).checkAssert(t -> SCORES.assertClose(
                "models' SoftmaxRegression.forward", Reference.scores(t.x(), t.w(), t.b()),
                SoftmaxByHand.scores(t.x(), t.w(), t.b()), SAME));
    }

    @Test
    @Points(1)
    @DisplayName("probabilities: softmax of each row (positive, summing to 1), as autograd's softmax")
    void probabilitiesEqualSoftmax() {
        PROBABILITIES.qt().forAll(Labels.withLogits(5, 5, Values.between(-5, 5))).checkAssert(t -> Hints.probabilities(
                PROBABILITIES, "autograd's softmax(1)", Reference.probabilities(t.logits()),
                SoftmaxByHand.probabilities(t.logits()), SAME));
    }

    @Test
    @Points(1)
    @DisplayName("probabilities are stable at scores up to ±1e4 (subtract each row's maximum before exp)")
    void probabilitiesAreStable() {
        Gen<Double> huge = Generate.range(-100, 100).map(k -> k * 100.0);
        PROBABILITIES.qt().forAll(Labels.withLogits(4, 4, huge)).checkAssert(t -> Hints.probabilities(PROBABILITIES,
                "autograd's softmax(1)", Reference.probabilities(t.logits()), SoftmaxByHand.probabilities(t.logits()), SAME));
    }

    @Test
    @Points(1)
    @DisplayName("predict: the class of the largest score, as models' SoftmaxRegression.predict with the same W and b")
    void predictEqualsModels() {
        PREDICT.qt().forAll(batches(6, 4, 5, Values.between(-2, 2))).checkAssert(t -> PREDICT.assertEquals(
                "models' SoftmaxRegression.predict", Reference.softmax(t.w(), t.b()).predict(t.x()),
                SoftmaxByHand.predict(t.x(), t.w(), t.b())));
    }

    @Test
    @Points(1)
    @DisplayName("gradients: the loss is the mean cross-entropy, as models' SoftmaxRegression.loss")
    void lossEqualsModels() {
        GRADIENTS.qt().forAll(batches(5, 4, 4, Values.between(-2, 2))).checkAssert(t -> GRADIENTS.assertClose(
                "models' SoftmaxRegression.loss", Reference.loss(t.x(), t.labels(), t.w(), t.b()),
                SoftmaxByHand.gradients(t.x(), t.labels(), t.w(), t.b()).loss(), SAME));
    }

    @Test
    @Points(1.5)
    @DisplayName("gradients: ∂L/∂W = Xᵀ(P − Y)/n, [features, classes], matches central differences")
    void dWMatchesCentralDifferences() {
        GRADIENTS.qt().forAll(batches(5, 4, 4, Values.between(-2, 2))).checkAssert(t -> Hints.dW(GRADIENTS,
                "central differences of the loss in W",
                CentralDifferences.of(w -> Reference.loss(t.x(), t.labels(), w, t.b()), t.w()),
                SoftmaxByHand.gradients(t.x(), t.labels(), t.w(), t.b()).dW(), GRAD_TOLERANCE));
    }

    @Test
    @Points(1)
    @DisplayName("gradients: ∂L/∂b = Σ_rows (P − Y)/n, [classes], matches central differences")
    void dbMatchesCentralDifferences() {
        GRADIENTS.qt().forAll(batches(5, 4, 4, Values.between(-2, 2))).checkAssert(t -> Hints.db(GRADIENTS,
                "central differences of the loss in b",
                CentralDifferences.of(b -> Reference.loss(t.x(), t.labels(), t.w(), b), t.b()),
                SoftmaxByHand.gradients(t.x(), t.labels(), t.w(), t.b()).db(), GRAD_TOLERANCE));
    }

    @Test
    @Points(1)
    @DisplayName("∂W and ∂b are the formulas to the last digit (1e-15) where they are exact (W = 0, b = 0, so P = 1/k; n and k powers of 2): "
            + "a numerically differentiated gradient does not pass")
    void exactWhereTheFormulaIsExact() {
        Gen<Integer> powers = Generate.range(0, 3).map(e -> 1 << e);
        Gen<Integer> classPowers = Generate.range(1, 3).map(e -> 1 << e);
        Gen<Integer> features = Generate.range(1, 4);
        Gen<Double> quarters = Generate.range(-8, 8).map(k -> k * 0.25);
        Gen<Batch> exact = in -> {
            int n = powers.generate(in);
            int k = classPowers.generate(in);
            int d = features.generate(in);
            return new Batch(TensorGen.tensors(Shape.of(n, d), quarters).generate(in), Labels.of(n, k).generate(in),
                    Tensor.zeros(d, k), Tensor.zeros(k));
        };
        GRADIENTS.qt().forAll(exact.describedAs(Batch::toString)).checkAssert(t -> {
            int n = t.labels().length;
            int k = t.b().size();
            double[] g = new double[n * k];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < k; j++) {
                    g[i * k + j] = (1.0 / k - (j == t.labels()[i] ? 1 : 0)) / n;      // (P − Y)/n with P = 1/k
                }
            }
            Tensor gradS = Tensor.of(Shape.of(n, k), g);
            Gradients got = SoftmaxByHand.gradients(t.x(), t.labels(), t.w(), t.b());
            Hints.dW(GRADIENTS, "Xᵀ(P − Y)/n with P = 1/k, exactly", t.x().transpose().matmul(gradS), got.dW(), EXACT);
            Hints.db(GRADIENTS, "Σ_rows (P − Y)/n with P = 1/k, exactly", gradS.sum(0), got.db(), EXACT);
        });
    }
}
