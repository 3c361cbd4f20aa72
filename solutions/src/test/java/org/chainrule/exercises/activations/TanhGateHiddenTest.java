package org.chainrule.exercises.activations;

import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Exercise;
import org.chainrule.testkit.Points;
import org.chainrule.testkit.Shapes;
import org.chainrule.testkit.TensorGen;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** E04 hidden: tanh on another seed and range, and where it saturates. */
class TanhGateHiddenTest {
    private static final Exercise BACKWARD = Exercise.of("E04", "TanhGate.backward");

    @Test
    @Points(1)
    @DisplayName("backward of tanh passes GradCheck for x in [-10, 10] on rank-4 shapes (another seed)")
    void tanhGradCheckOnAWideRange() {
        BACKWARD.qt(9_301, 60).forAll(TensorGen.tensors(Shapes.shapes(4, 3), Values.between(-10, 10))).checkAssert(x ->
                ActivationChecks.assertGradCheck(BACKWARD, n -> Node.from(new TanhGate(n)), x));
    }

    @Test
    @Points(0.5)
    @DisplayName("tanh saturates: at x = ±20 and ±∞ out is exactly ±1 and the gradient exactly 0")
    void tanhSaturates() {
        Node x = Node.of(Tensor.of(20, -20, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        Node out = Node.from(new TanhGate(x));
        out.backward(Tensor.of(3, 3, 3, 3));
        Exercise far = BACKWARD.given("x = [20, -20, ∞, -∞], upstream 3");
        far.assertClose("tanh = ±1", Tensor.of(1, -1, 1, -1), out.value(), 0.0);
        far.assertClose("3·(1 − out²) = 0", Tensor.zeros(4), x.grad(), 0.0);
    }
}
