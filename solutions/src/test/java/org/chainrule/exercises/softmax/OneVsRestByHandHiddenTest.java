package org.chainrule.exercises.softmax;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chainrule.core.Tensor;
import org.chainrule.testkit.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** E08's hidden tests for one-vs-rest: another seed, more classes, mismatched models. 1 point. */
class OneVsRestByHandHiddenTest {
    @Test
    @Points(0.5)
    @DisplayName("(hidden) one-vs-rest equals models' OneVsRest on up to 9 rows and 6 classes, another seed")
    void largerAgainstModels() {
        OneVsRestByHandTest.PREDICT.qt(19, 60).forAll(OneVsRestByHandTest.models(9, 4, 6)).checkAssert(m ->
                OneVsRestByHandTest.PREDICT.assertEquals("models' OneVsRest.predict",
                        Reference.oneVsRest(m.x(), m.w(), m.b()), OneVsRestByHand.predict(m.x(), m.w(), m.b())));
    }

    @Test
    @Points(0.5)
    @DisplayName("(hidden) 3 weight columns with 2 biases get an IllegalArgumentException")
    void mismatchedModels() {
        Tensor w = Tensor.zeros(2, 1);
        assertThatThrownBy(() -> OneVsRestByHand.predict(Tensor.zeros(1, 2), new Tensor[] {w, w, w},
                new Tensor[] {Tensor.zeros(1), Tensor.zeros(1)}))
                .as("E08 OneVsRestByHand.predict with 3 W_j and 2 b_j").isInstanceOf(IllegalArgumentException.class);
    }
}
