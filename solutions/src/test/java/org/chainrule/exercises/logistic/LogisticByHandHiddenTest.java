package org.chainrule.exercises.logistic;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chainrule.core.Tensor;
import org.chainrule.testkit.Exercise;
import org.chainrule.testkit.Points;
import org.chainrule.testkit.TensorGen;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** E06's hidden tests: more features and another seed, η = 0, teaching errors, the notes' test set. 5 points. */
class LogisticByHandHiddenTest {
    private static final Exercise STEP = LogisticByHandTest.STEP;
    private static final long OTHER_SEED = 11;

    @Test
    @Points(1.5)
    @DisplayName("(hidden) one step equals autograd's on up to 9 rows and 5 features, another seed")
    void largerBatches() {
        STEP.qt(OTHER_SEED, 80).forAll(LogisticByHandTest.batches(9, 5, Values.between(-1, 1)), Values.between(0, 3))
                .checkAssert((t, rate) -> Hints.sameStep(STEP, "the same step with autograd", t.w(), t.b(),
                        Reference.step(t.x(), t.y(), t.w(), t.b(), rate),
                        LogisticByHand.step(t.x(), t.y(), t.w(), t.b(), rate), t.x().shape().dim(0)));
    }

    @Test
    @Points(0.5)
    @DisplayName("(hidden) learning rate 0 leaves W and b where they were, and still reports the cost")
    void zeroLearningRate() {
        STEP.qt(OTHER_SEED, 30).forAll(LogisticByHandTest.batches(6, 3, Values.between(-2, 2))).checkAssert(t -> {
            Step got = LogisticByHand.step(t.x(), t.y(), t.w(), t.b(), 0);
            STEP.assertClose("W unchanged at η = 0", t.w(), got.w(), 0);
            STEP.assertClose("b unchanged at η = 0", t.b(), got.b(), 0);
            STEP.assertClose("the cost", Reference.cost(t.x(), t.y(), t.w(), t.b()), got.cost(), 1e-12);
        });
    }

    @Test
    @Points(1)
    @DisplayName("(hidden) wrong shapes, a label 2 and a negative learning rate get a teaching IllegalArgumentException")
    void errorsTeach() {
        Tensor x = LogisticByHandTest.X_TRAIN;
        Tensor y = LogisticByHandTest.Y_TRAIN;
        Tensor w = LogisticByHandTest.W0;
        Tensor b = LogisticByHandTest.B0;
        assertThatThrownBy(() -> LogisticByHand.step(x, Tensor.of(0, 0, 0, 1, 1, 1), w, b, 0.01))
                .as("E06 LogisticByHand.step with y [6] instead of [6, 1]")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[6]");
        assertThatThrownBy(() -> LogisticByHand.step(x, y, w.transpose(), b, 0.01))
                .as("E06 LogisticByHand.step with W [1, 2] instead of [2, 1]")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[1, 2]");
        assertThatThrownBy(() -> LogisticByHand.step(x, y.mul(2), w, b, 0.01))
                .as("E06 LogisticByHand.step with labels 0 and 2")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2.0");
        assertThatThrownBy(() -> LogisticByHand.step(x, y, w, b, -0.01))
                .as("E06 LogisticByHand.step with learning rate −0.01")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.01");
    }

    @Test
    @Points(2)
    @DisplayName("(hidden) the model trained as in the notes gives their test-set confusion matrix [[2, 2], [1, 1]] and boundary")
    void theNotesTestSet() {
        Tensor w = LogisticByHandTest.W0;
        Tensor b = LogisticByHandTest.B0;
        for (int step = 1; step <= 5001; step++) {
            Step s = LogisticByHand.step(LogisticByHandTest.X_TRAIN, LogisticByHandTest.Y_TRAIN, w, b, 0.01);
            w = s.w();
            b = s.b();
        }
        Tensor xTest = Tensor.of(new double[][] {{1, 0}, {0, 2}, {1, 1}, {3, 2}, {3, 3}, {2, 3}});
        int[] actual = {0, 0, 1, 0, 1, 0};
        int[][] cm = new int[2][2];
        Tensor z = xTest.matmul(w).add(b);
        for (int i = 0; i < actual.length; i++) {
            cm[actual[i]][z.get(i, 0) >= 0 ? 1 : 0]++;            // h ≥ 0.5 exactly when z ≥ 0
        }
        Exercise ex = STEP.given("the notes' run (5001 steps), then X_test = [[1, 0], [0, 2], [1, 1], [3, 2], [3, 3], [2, 3]], "
                + "Y_test = [0, 0, 1, 0, 1, 0]; trained W = " + TensorGen.describe(w) + ", b = " + TensorGen.describe(b));
        ex.assertEquals("the notes' confusion matrix", new int[][] {{2, 2}, {1, 1}}, cm);
        double[] line = LogisticByHand.boundary(w, b);
        LogisticByHandTest.BOUNDARY.given("the trained W and b").assertClose("the notes' slope −1.0848083/1.1075894",
                -1.0848083 / 1.1075894, line[0], 1e-5);
    }
}
