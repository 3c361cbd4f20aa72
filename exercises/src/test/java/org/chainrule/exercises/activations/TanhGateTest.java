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

/** E04, the tanh gate, whose backward reuses out: 1 − out². */
class TanhGateTest {
    private static final Exercise FORWARD = Exercise.of("E04", "TanhGate.forward");
    private static final Exercise BACKWARD = Exercise.of("E04", "TanhGate.backward");
    private static final Gen<ShapePair> SAME_SHAPES = Shapes.shapes(3, 3).map(s -> new ShapePair(s, s));
    /** Two roundings apart at most: tanh may be Math's or StrictMath's. */
    private static final double ROUNDING = 1e-15;

    @Test
    @Points(0.5)
    @DisplayName("forward of tanh(x) elementwise agrees with the framework's tanh (generated shapes)")
    void tanhForward() {
        FORWARD.qt().forAll(TensorGen.tensors(Shapes.shapes(3, 3), Values.between(-5, 5))).checkAssert(x ->
                FORWARD.assertClose("Node.tanh", Node.of(x).tanh().value(), new TanhGate(Node.of(x)).forward(), ROUNDING));
    }

    @Test
    @Points(1)
    @DisplayName("backward of tanh matches central differences (GradCheck on generated shapes, x in [-4, 4])")
    void tanhGradCheck() {
        BACKWARD.qt().forAll(TensorGen.tensors(Shapes.shapes(3, 3), Values.between(-4, 4))).checkAssert(x ->
                ActivationChecks.assertGradCheck(BACKWARD, n -> Node.from(new TanhGate(n)), x));
    }

    @Test
    @Points(0.5)
    @DisplayName("backward of tanh reuses out: gradX = upstream ⊙ (1 − out²) from the out it is given")
    void tanhReusesOut() {
        BACKWARD.qt().forAll(TensorGen.pairs(SAME_SHAPES, Values.between(-3, 3), Values.between(-0.99, 0.99))).checkAssert(p -> {
            Tensor out = p.b();                                     // what backward is told tanh(x) was
            Tensor upstream = FixedTensors.wholeUpstream(out.shape());
            Tensor expected = upstream.mul(out.map(t -> 1 - t * t));
            BACKWARD.assertClose("upstream ⊙ (1 − out²), with the given out (here b, not tanh(a))", expected,
                    new TanhGate(Node.of(p.a())).backward(upstream, out).get(0), ROUNDING);
        });
    }

    @Test
    @Points(0.5)
    @DisplayName("backward of tanh at x = 0 is exactly the upstream (tanh(0) = 0, tanh' = 1)")
    void tanhAtZeroExactly() {
        BACKWARD.qt().forAll(Shapes.shapes(3, 3)).checkAssert(shape -> {
            TanhGate gate = new TanhGate(Node.of(Tensor.zeros(shape)));
            Tensor upstream = FixedTensors.wholeUpstream(shape);
            BACKWARD.assertClose("upstream, exact (a numerical gradient is only close)", upstream,
                    gate.backward(upstream, gate.forward()).get(0), 0.0);
        });
    }

    @Test
    @Points(0.5)
    @DisplayName("tanh stays finite at x = ±1e4: forward gives exactly ±1, backward exactly 0")
    void tanhFiniteFarOut() {
        Node x = Node.of(Tensor.of(1e4, -1e4, 800, -800));
        Node out = Node.from(new TanhGate(x));
        FORWARD.given("x = [1e4, -1e4, 800, -800]").assertClose("tanh: ±1 far out",
                Tensor.of(1, -1, 1, -1), out.value(), 0.0);
        out.backward(Tensor.of(1, 1, 1, 1));
        BACKWARD.given("x = [1e4, -1e4, 800, -800], upstream 1").assertClose("1 − out² = 0 where tanh is ±1",
                Tensor.zeros(4), x.grad(), 0.0);
    }
}
