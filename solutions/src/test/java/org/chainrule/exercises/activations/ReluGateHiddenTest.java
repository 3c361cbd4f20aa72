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

/** E04 hidden: ReLU on another seed, close to (not at) the kink, and at the kink itself. */
class ReluGateHiddenTest {
    private static final Exercise BACKWARD = Exercise.of("E04", "ReluGate.backward");

    @Test
    @Points(1)
    @DisplayName("backward of relu passes GradCheck with x only 0.01 from the kink, rank-4 shapes (another seed)")
    void reluGradCheckNearTheKink() {
        BACKWARD.qt(9_401, 60).forAll(TensorGen.tensors(Shapes.shapes(4, 3), Values.awayFromZero(-1, 1, 0.01))).checkAssert(x ->
                ActivationChecks.assertGradCheck(BACKWARD, n -> Node.from(new ReluGate(n)), x));
    }

    @Test
    @Points(0.5)
    @DisplayName("at the kink x = 0 relu passes gradient 0, as the handout says (and as the framework does)")
    void reluZeroAtTheKink() {
        ReluGate gate = new ReluGate(Node.of(Tensor.of(0.0, -0.0, 2.0)));
        Tensor upstream = Tensor.of(5, 5, 5);
        BACKWARD.given("x = [0.0, -0.0, 2.0], upstream 5").assertClose("upstream ⊙ [x > 0]", Tensor.of(0, 0, 5),
                gate.backward(upstream, gate.forward()).get(0), 0.0);
    }
}
