package org.chainrule.exercises.gates;

import java.util.List;
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

/** E02, the mul gate: a swap multiplier. */
class MulGateTest {
    private static final Exercise FORWARD = Exercise.of("E02", "MulGate.forward");
    private static final Exercise BACKWARD = Exercise.of("E02", "MulGate.backward");
    private static final Gen<ShapePair> SAME_SHAPES = Shapes.shapes(3, 3).map(s -> new ShapePair(s, s));

    @Test
    @Points(0.5)
    @DisplayName("forward of a ⊙ b multiplies elementwise, broadcasting (generated shapes)")
    void mulForward() {
        FORWARD.qt().forAll(TensorGen.pairs(Shapes.broadcastPairs(3, 3), Values.between(-2, 2))).checkAssert(p -> {
            MulGate gate = new MulGate(Node.of(p.a()), Node.of(p.b()));
            FORWARD.assertClose("a ⊙ b (Tensor.mul)", p.a().mul(p.b()), gate.forward(), 0.0);
        });
    }

    @Test
    @Points(1)
    @DisplayName("backward of a ⊙ b matches central differences (GradCheck on generated broadcasting shapes)")
    void mulGradCheck() {
        BACKWARD.qt().forAll(TensorGen.pairs(Shapes.broadcastPairs(3, 3), Values.between(-2, 2))).checkAssert(p ->
                GateChecks.assertGradCheck(BACKWARD, in -> Node.from(new MulGate(in.get(0), in.get(1))), p.a(), p.b()));
    }

    @Test
    @Points(1)
    @DisplayName("backward of a ⊙ b gives each input the upstream times the other input, exactly (swap multiplier)")
    void mulSwaps() {
        BACKWARD.qt().forAll(TensorGen.pairs(SAME_SHAPES, GateChecks.quarters())).checkAssert(p -> {
            MulGate gate = new MulGate(Node.of(p.a()), Node.of(p.b()));
            Tensor upstream = FixedTensors.wholeUpstream(p.a().shape());
            List<Tensor> grads = gate.backward(upstream, gate.forward());
            GateChecks.assertExactly(BACKWARD, "gradA = upstream ⊙ b", upstream.mul(p.b()), grads.get(0));
            GateChecks.assertExactly(BACKWARD, "gradB = upstream ⊙ a", upstream.mul(p.a()), grads.get(1));
        });
    }

    @Test
    @Points(0.5)
    @DisplayName("backward of a ⊙ b sums each gradient back to a broadcast input's shape, exactly (sumTo)")
    void mulSumsBackToEachShape() {
        BACKWARD.qt().forAll(TensorGen.pairs(Shapes.broadcastPairs(3, 3), GateChecks.quarters())).checkAssert(p -> {
            MulGate gate = new MulGate(Node.of(p.a()), Node.of(p.b()));
            Tensor out = gate.forward();
            Tensor upstream = FixedTensors.wholeUpstream(out.shape());
            List<Tensor> grads = gate.backward(upstream, out);
            GateChecks.assertExactly(BACKWARD, "gradA = sumTo(upstream ⊙ b, shape of a)",
                    upstream.mul(p.b()).sumTo(p.a().shape()), grads.get(0));
            GateChecks.assertExactly(BACKWARD, "gradB = sumTo(upstream ⊙ a, shape of b)",
                    upstream.mul(p.a()).sumTo(p.b().shape()), grads.get(1));
        });
    }

    @Test
    @Points(0.5)
    @DisplayName("the lecture's example: f = q·z at q = 3, z = -4 gives ∂f/∂q = z = -4 and ∂f/∂z = q = 3")
    void mulLectureExample() {
        Node q = Node.of(Tensor.scalar(3));
        Node z = Node.of(Tensor.scalar(-4));
        Node f = Node.from(new MulGate(q, z));
        FORWARD.given("q = 3, z = -4").assertClose("q·z", Tensor.scalar(-12), f.value(), 0.0);
        f.backward();
        Exercise example = BACKWARD.given("q = 3, z = -4, upstream 1");
        example.assertClose("∂f/∂q = upstream·z", Tensor.scalar(-4), q.grad(), 0.0);
        example.assertClose("∂f/∂z = upstream·q", Tensor.scalar(3), z.grad(), 0.0);
    }
}
