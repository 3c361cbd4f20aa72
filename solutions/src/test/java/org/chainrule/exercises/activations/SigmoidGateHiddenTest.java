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

/** E04 hidden: σ on a wide range and another seed, its symmetry, and the three gates chained. */
class SigmoidGateHiddenTest {
    private static final Exercise FORWARD = Exercise.of("E04", "SigmoidGate.forward");
    private static final Exercise BACKWARD = Exercise.of("E04", "SigmoidGate.backward");

    @Test
    @Points(1)
    @DisplayName("backward of σ passes GradCheck for x in [-30, 30] on rank-4 shapes (another seed)")
    void sigmoidGradCheckOnAWideRange() {
        BACKWARD.qt(9_201, 60).forAll(TensorGen.tensors(Shapes.shapes(4, 3), Values.between(-30, 30))).checkAssert(x ->
                ActivationChecks.assertGradCheck(BACKWARD, n -> Node.from(new SigmoidGate(n)), x));
    }

    @Test
    @Points(0.5)
    @DisplayName("σ(−x) = 1 − σ(x) to rounding, for x in [-20, 20]")
    void sigmoidIsSymmetric() {
        FORWARD.qt(9_202, 100).forAll(TensorGen.tensors(Shapes.shapes(2, 4), Values.between(-20, 20))).checkAssert(x -> {
            Tensor left = new SigmoidGate(Node.of(x.neg())).forward();
            Tensor right = new SigmoidGate(Node.of(x)).forward().neg().add(1);
            FORWARD.assertClose("1 − σ(x)", right, left, 1e-15);
        });
    }

    @Test
    @Points(0.5)
    @DisplayName("σ, tanh and relu chained, relu(tanh(4σ(x) − 2)), pass GradCheck (x kept 0.1 from 0)")
    void theThreeGatesChained() {
        Exercise chain = Exercise.of("E04", "SigmoidGate, TanhGate, ReluGate backward");
        chain.qt(9_203, 60).forAll(TensorGen.tensors(Shapes.shapes(3, 3), Values.awayFromZero(-3, 3, 0.1))).checkAssert(x ->
                ActivationChecks.assertGradCheck(chain, n -> {
                    Node s = Node.from(new SigmoidGate(n)).mul(Node.constant(Tensor.scalar(4)))
                            .sub(Node.constant(Tensor.scalar(2)));
                    return Node.from(new ReluGate(Node.from(new TanhGate(s))));
                }, x));
    }
}
