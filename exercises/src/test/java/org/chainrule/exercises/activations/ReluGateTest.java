package org.chainrule.exercises.activations;

import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Exercise;
import org.chainrule.testkit.FixedTensors;
import org.chainrule.testkit.Points;
import org.chainrule.testkit.Shapes;
import org.chainrule.testkit.TensorGen;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * E04, the ReLU gate. Gradient properties keep every input at least 0.1 from 0
 * ({@link Values#awayFromZero}): at the kink no gradient is right.
 */
class ReluGateTest {
    private static final Exercise FORWARD = Exercise.of("E04", "ReluGate.forward");
    private static final Exercise BACKWARD = Exercise.of("E04", "ReluGate.backward");

    @Test
    @Points(0.5)
    @DisplayName("forward of relu(x) = max(x, 0) elementwise (generated shapes)")
    void reluForward() {
        FORWARD.qt().forAll(TensorGen.tensors(Shapes.shapes(3, 3), Values.between(-3, 3))).checkAssert(x ->
                FORWARD.assertClose("max(x, 0) (Tensor.maximum)", x.maximum(0), new ReluGate(Node.of(x)).forward(), 0.0));
    }

    @Test
    @Points(1)
    @DisplayName("backward of relu matches central differences (GradCheck on generated shapes, x kept 0.1 away from the kink)")
    void reluGradCheck() {
        BACKWARD.qt().forAll(TensorGen.tensors(Shapes.shapes(3, 3), Values.awayFromZero(-3, 3, 0.1))).checkAssert(x ->
                ActivationChecks.assertGradCheck(BACKWARD, n -> Node.from(new ReluGate(n)), x));
    }

    @Test
    @Points(1)
    @DisplayName("backward of relu passes the upstream where x > 0 and 0 where x < 0, exactly")
    void reluPassesOrBlocksExactly() {
        BACKWARD.qt().forAll(TensorGen.tensors(Shapes.shapes(3, 3), Values.awayFromZero(-3, 3, 0.1))).checkAssert(x -> {
            ReluGate gate = new ReluGate(Node.of(x));
            Tensor upstream = FixedTensors.wholeUpstream(x.shape());
            BACKWARD.assertClose("upstream ⊙ [x > 0], exact (a numerical gradient is only close)", upstream.mul(x.gt(0)),
                    gate.backward(upstream, gate.forward()).get(0), 0.0);
        });
    }

    @Test
    @Points(0.5)
    @DisplayName("relu stays finite at x = ±1e4: forward gives 1e4 and 0, backward 1 and 0")
    void reluFiniteFarOut() {
        Node x = Node.of(Tensor.of(1e4, -1e4));
        Node out = Node.from(new ReluGate(x));
        FORWARD.given("x = [1e4, -1e4]").assertClose("max(x, 0)", Tensor.of(1e4, 0), out.value(), 0.0);
        out.backward(Tensor.of(1, 1));
        BACKWARD.given("x = [1e4, -1e4], upstream 1").assertClose("[x > 0]", Tensor.of(1, 0), x.grad(), 0.0);
    }
}
