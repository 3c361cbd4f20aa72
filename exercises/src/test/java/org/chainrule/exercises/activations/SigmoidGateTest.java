package org.chainrule.exercises.activations;

import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Exercise;
import org.chainrule.testkit.FixedTensors;
import org.chainrule.testkit.Points;
import org.chainrule.testkit.ShapePair;
import org.chainrule.testkit.Shapes;
import org.chainrule.testkit.TensorGen;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** E04, the sigmoid gate: σ(x) = 1 / (1 + e^−x), whose backward reuses out. */
class SigmoidGateTest {
    private static final Exercise FORWARD = Exercise.of("E04", "SigmoidGate.forward");
    private static final Exercise BACKWARD = Exercise.of("E04", "SigmoidGate.backward");
    private static final Gen<ShapePair> SAME_SHAPES = Shapes.shapes(3, 3).map(s -> new ShapePair(s, s));
    /** Two roundings apart at most: the exponential may be Math's or StrictMath's. */
    private static final double ROUNDING = 1e-15;

    @Test
    @Points(0.5)
    @DisplayName("forward of σ(x) = 1 / (1 + e^−x) elementwise agrees with the framework's sigmoid (generated shapes)")
    void sigmoidForward() {
        FORWARD.qt().forAll(TensorGen.tensors(Shapes.shapes(3, 3), Values.between(-8, 8))).checkAssert(x ->
                FORWARD.assertClose("Node.sigmoid", Node.of(x).sigmoid().value(),
                        new SigmoidGate(Node.of(x)).forward(), ROUNDING));
    }

    @Test
    @Points(1)
    @DisplayName("backward of σ matches central differences (GradCheck on generated shapes, x in [-6, 6])")
    void sigmoidGradCheck() {
        BACKWARD.qt().forAll(TensorGen.tensors(Shapes.shapes(3, 3), Values.between(-6, 6))).checkAssert(x ->
                ActivationChecks.assertGradCheck(BACKWARD, n -> Node.from(new SigmoidGate(n)), x));
    }

    @Test
    @Points(1)
    @DisplayName("backward of σ reuses out: gradX = upstream ⊙ out ⊙ (1 − out) from the out it is given")
    void sigmoidReusesOut() {
        BACKWARD.qt().forAll(TensorGen.pairs(SAME_SHAPES, Values.between(-3, 3), Values.between(0.01, 0.99))).checkAssert(p -> {
            Tensor out = p.b();                                     // what backward is told σ(x) was
            Tensor upstream = FixedTensors.wholeUpstream(out.shape());
            Tensor expected = upstream.mul(out.map(s -> s * (1 - s)));
            BACKWARD.assertClose("upstream ⊙ out ⊙ (1 − out), with the given out (here b, not σ(a))", expected,
                    new SigmoidGate(Node.of(p.a())).backward(upstream, out).get(0), ROUNDING);
        });
    }

    @Test
    @Points(0.5)
    @DisplayName("backward of σ at x = 0 is exactly upstream / 4 (σ(0) = 1/2, σ' = 1/2 · 1/2)")
    void sigmoidAtZeroExactly() {
        BACKWARD.qt().forAll(Shapes.shapes(3, 3)).checkAssert(shape -> {
            SigmoidGate gate = new SigmoidGate(Node.of(Tensor.zeros(shape)));
            Tensor upstream = FixedTensors.wholeUpstream(shape);
            BACKWARD.assertClose("upstream · 0.25, exact (a numerical gradient is only close)", upstream.mul(0.25),
                    gate.backward(upstream, gate.forward()).get(0), 0.0);
        });
    }

    @Test
    @Points(1)
    @DisplayName("σ stays finite at x = ±1e4: forward gives exactly 1 and 0, backward exactly 0 (no NaN from ∞/∞)")
    void sigmoidFiniteFarOut() {
        Node x = Node.of(Tensor.of(1e4, -1e4, 800, -800));
        Node out = Node.from(new SigmoidGate(x));
        FORWARD.given("x = [1e4, -1e4, 800, -800]").assertClose("σ: 1 far right, 0 far left",
                Tensor.of(1, 0, 1, 0), out.value(), 0.0);
        out.backward(Tensor.of(1, 1, 1, 1));
        BACKWARD.given("x = [1e4, -1e4, 800, -800], upstream 1").assertClose("out ⊙ (1 − out) = 0 where σ is 0 or 1",
                Tensor.zeros(4), x.grad(), 0.0);
    }
}
