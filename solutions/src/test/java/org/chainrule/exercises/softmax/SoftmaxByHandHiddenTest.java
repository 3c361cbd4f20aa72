package org.chainrule.exercises.softmax;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chainrule.core.Tensor;
import org.chainrule.testkit.Exercise;
import org.chainrule.testkit.Points;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** E08's hidden tests for softmax regression: larger batches, another seed, huge scores, teaching errors. 4 points. */
class SoftmaxByHandHiddenTest {
    private static final long OTHER_SEED = 17;
    private static final Exercise GRADIENTS = SoftmaxByHandTest.GRADIENTS;

    @Test
    @Points(2)
    @DisplayName("(hidden) loss, ∂W and ∂b equal autograd's on up to 9 rows, 6 features and 6 classes, another seed")
    void largerBatchesAgainstAutograd() {
        GRADIENTS.qt(OTHER_SEED, 60).forAll(SoftmaxByHandTest.batches(9, 6, 6, Values.between(-3, 3))).checkAssert(t -> {
            Tensor[] ref = Reference.gradients(t.x(), t.labels(), t.w(), t.b());
            Gradients got = SoftmaxByHand.gradients(t.x(), t.labels(), t.w(), t.b());
            GRADIENTS.assertClose("models' SoftmaxRegression.loss", Reference.loss(t.x(), t.labels(), t.w(), t.b()),
                    got.loss(), 1e-12);
            Hints.dW(GRADIENTS, "autograd's ∂L/∂W", ref[0], got.dW(), 1e-12);
            Hints.db(GRADIENTS, "autograd's ∂L/∂b", ref[1], got.db(), 1e-12);
        });
    }

    @Test
    @Points(1)
    @DisplayName("(hidden) gradients at scores of ±1e4: a finite loss and the gradients of a one-hot softmax")
    void hugeScores() {
        Tensor x = Tensor.of(new double[][] {{1}, {-1}});
        Tensor w = Tensor.of(new double[][] {{1e4, -1e4}});
        Tensor b = Tensor.of(0, 0);
        Exercise ex = GRADIENTS.given("X = [[1], [-1]], labels [1, 1], W = [[10000.0, -10000.0]], b = [0, 0]");
        Gradients got = SoftmaxByHand.gradients(x, new int[] {1, 1}, w, b);
        ex.assertClose("row 0 costs 2e4 (softmax [1, 0], label 1), row 1 costs 0: mean 1e4", 1e4, got.loss(), 1e-12);
        ex.assertClose("Xᵀ(P − Y)/n = [[(1·(1 − 0) + (−1)·0)/2, (1·(0 − 1))/2]]", Tensor.of(new double[][] {{0.5, -0.5}}),
                got.dW(), 0);
    }

    @Test
    @Points(1)
    @DisplayName("(hidden) X's columns ≠ W's rows, b of the wrong length, and a label outside 0..k−1 get an IllegalArgumentException")
    void errorsTeach() {
        Tensor x = Tensor.zeros(2, 3);
        assertThatThrownBy(() -> SoftmaxByHand.scores(x, Tensor.zeros(2, 4), Tensor.zeros(4)))
                .as("E08 SoftmaxByHand.scores with X [2, 3] and W [2, 4]").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[2, 3]").hasMessageContaining("[2, 4]");
        assertThatThrownBy(() -> SoftmaxByHand.scores(x, Tensor.zeros(3, 4), Tensor.zeros(3)))
                .as("E08 SoftmaxByHand.scores with W [3, 4] and b [3]").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[3]");
        assertThatThrownBy(() -> SoftmaxByHand.gradients(x, new int[] {0, 4}, Tensor.zeros(3, 4), Tensor.zeros(4)))
                .as("E08 SoftmaxByHand.gradients with label 4 of 4 classes").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 to 3");
        SoftmaxByHandTest.PROBABILITIES.given("scores [[3.0], [-2.0]] (one class)").assertClose(
                "one class gets probability 1", Tensor.ones(2, 1),
                SoftmaxByHand.probabilities(Tensor.of(new double[][] {{3}, {-2}})), 0);
    }
}
