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

/** E02, the add gate: a gradient distributor. */
class AddGateTest {
    private static final Exercise FORWARD = Exercise.of("E02", "AddGate.forward");
    private static final Exercise BACKWARD = Exercise.of("E02", "AddGate.backward");
    private static final Gen<ShapePair> SAME_SHAPES = Shapes.shapes(3, 3).map(s -> new ShapePair(s, s));

    @Test
    @Points(0.5)
    @DisplayName("forward of a + b adds elementwise, broadcasting (generated shapes)")
    void addForward() {
        FORWARD.qt().forAll(TensorGen.pairs(Shapes.broadcastPairs(3, 3), Values.between(-2, 2))).checkAssert(p -> {
            AddGate gate = new AddGate(Node.of(p.a()), Node.of(p.b()));
            FORWARD.assertClose("a + b (Tensor.add)", p.a().add(p.b()), gate.forward(), 0.0);
        });
    }

    @Test
    @Points(1)
    @DisplayName("backward of a + b matches central differences (GradCheck on generated broadcasting shapes)")
    void addGradCheck() {
        BACKWARD.qt().forAll(TensorGen.pairs(Shapes.broadcastPairs(3, 3), Values.between(-2, 2))).checkAssert(p ->
                GateChecks.assertGradCheck(BACKWARD, in -> Node.from(new AddGate(in.get(0), in.get(1))), p.a(), p.b()));
    }

    @Test
    @Points(1)
    @DisplayName("backward of a + b hands the upstream unchanged to both inputs, exactly (gradient distributor)")
    void addDistributes() {
        BACKWARD.qt().forAll(TensorGen.pairs(SAME_SHAPES, GateChecks.quarters())).checkAssert(p -> {
            AddGate gate = new AddGate(Node.of(p.a()), Node.of(p.b()));
            Tensor upstream = FixedTensors.wholeUpstream(p.a().shape());
            List<Tensor> grads = gate.backward(upstream, gate.forward());
            GateChecks.assertExactly(BACKWARD, "gradA = upstream", upstream, grads.get(0));
            GateChecks.assertExactly(BACKWARD, "gradB = upstream", upstream, grads.get(1));
        });
    }

    @Test
    @Points(0.5)
    @DisplayName("backward of a + b sums the upstream back to a broadcast input's shape, exactly (sumTo)")
    void addSumsBackToEachShape() {
        BACKWARD.qt().forAll(TensorGen.pairs(Shapes.broadcastPairs(3, 3), GateChecks.quarters())).checkAssert(p -> {
            AddGate gate = new AddGate(Node.of(p.a()), Node.of(p.b()));
            Tensor out = gate.forward();
            Tensor upstream = FixedTensors.wholeUpstream(out.shape());
            List<Tensor> grads = gate.backward(upstream, out);
            GateChecks.assertExactly(BACKWARD, "gradA = sumTo(upstream, shape of a)", upstream.sumTo(p.a().shape()), grads.get(0));
            GateChecks.assertExactly(BACKWARD, "gradB = sumTo(upstream, shape of b)", upstream.sumTo(p.b().shape()), grads.get(1));
        });
    }

    @Test
    @Points(0.5)
    @DisplayName("the lecture's example: q = x + y at x = -2, y = 5 with upstream -4 sends -4 to both inputs")
    void addLectureExample() {
        Exercise example = BACKWARD.given("x = -2, y = 5, upstream ∂f/∂q = z = -4 (f = (x + y)·z)");
        Node x = Node.of(Tensor.scalar(-2));
        Node y = Node.of(Tensor.scalar(5));
        Node q = Node.from(new AddGate(x, y));
        FORWARD.given("x = -2, y = 5").assertClose("x + y", Tensor.scalar(3), q.value(), 0.0);
        q.backward(Tensor.scalar(-4));
        example.assertClose("∂f/∂x = upstream", Tensor.scalar(-4), x.grad(), 0.0);
        example.assertClose("∂f/∂y = upstream", Tensor.scalar(-4), y.grad(), 0.0);
    }
}
