package org.chainrule.exercises.gates;

import java.util.List;
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
 * E02, the max gate: a gradient router. Gradient properties draw inputs that never tie
 * ({@link TensorGen#separatedPairs}): where a = b the max has a kink and no gradient is right.
 */
class MaxGateTest {
    private static final Exercise FORWARD = Exercise.of("E02", "MaxGate.forward");
    private static final Exercise BACKWARD = Exercise.of("E02", "MaxGate.backward");

    @Test
    @Points(0.5)
    @DisplayName("forward of max(a, b) takes the larger element, broadcasting (generated shapes)")
    void maxForward() {
        FORWARD.qt().forAll(TensorGen.pairs(Shapes.broadcastPairs(3, 3), Values.between(-2, 2))).checkAssert(p -> {
            MaxGate gate = new MaxGate(Node.of(p.a()), Node.of(p.b()));
            FORWARD.assertClose("max(a, b) (Tensor.maximum)", p.a().maximum(p.b()), gate.forward(), 0.0);
        });
    }

    @Test
    @Points(1)
    @DisplayName("backward of max(a, b) matches central differences (GradCheck, broadcasting, ties kept away)")
    void maxGradCheck() {
        BACKWARD.qt().forAll(TensorGen.separatedPairs(Shapes.broadcastPairs(3, 3), -2, 2, 0.1)).checkAssert(p ->
                GateChecks.assertGradCheck(BACKWARD, in -> Node.from(new MaxGate(in.get(0), in.get(1))), p.a(), p.b()));
    }

    @Test
    @Points(1)
    @DisplayName("backward of max(a, b) routes the upstream to the larger input and 0 to the other, exactly (gradient router)")
    void maxRoutes() {
        BACKWARD.qt().forAll(TensorGen.separatedPairs(Shapes.broadcastPairs(3, 3), -4, 4, 0.25)).checkAssert(p -> {
            MaxGate gate = new MaxGate(Node.of(p.a()), Node.of(p.b()));
            Tensor out = gate.forward();
            Tensor upstream = FixedTensors.wholeUpstream(out.shape());
            List<Tensor> grads = gate.backward(upstream, out);
            GateChecks.assertExactly(BACKWARD, "gradA = sumTo(upstream ⊙ [a > b], shape of a)",
                    upstream.mul(p.a().gt(p.b())).sumTo(p.a().shape()), grads.get(0));
            GateChecks.assertExactly(BACKWARD, "gradB = sumTo(upstream ⊙ [b > a], shape of b)",
                    upstream.mul(p.b().gt(p.a())).sumTo(p.b().shape()), grads.get(1));
        });
    }

    @Test
    @Points(0.5)
    @DisplayName("the lecture's example: max(z, w) at z = 2, w = -1 with upstream 2 sends 2 to z and 0 to w")
    void maxLectureExample() {
        Node z = Node.of(Tensor.scalar(2));
        Node w = Node.of(Tensor.scalar(-1));
        Node m = Node.from(new MaxGate(z, w));
        FORWARD.given("z = 2, w = -1").assertClose("max(z, w)", Tensor.scalar(2), m.value(), 0.0);
        m.backward(Tensor.scalar(2));
        Exercise example = BACKWARD.given("z = 2, w = -1, upstream 2");
        example.assertClose("∂f/∂z = upstream (z won)", Tensor.scalar(2), z.grad(), 0.0);
        example.assertClose("∂f/∂w = 0 (w lost)", Tensor.scalar(0), w.grad(), 0.0);
    }
}
