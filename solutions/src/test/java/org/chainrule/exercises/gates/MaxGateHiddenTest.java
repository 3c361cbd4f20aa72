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

/** E02 hidden: the max gate with close (but untied) inputs, a node against itself, and a tie. */
class MaxGateHiddenTest {
    private static final Exercise BACKWARD = Exercise.of("E02", "MaxGate.backward");

    @Test
    @Points(1)
    @DisplayName("backward of max(a, b) passes GradCheck with inputs only 0.01 apart, rank-4 shapes (another seed)")
    void maxGradCheckWithCloseInputs() {
        BACKWARD.qt(9_005, 60).forAll(TensorGen.separatedPairs(Shapes.broadcastPairs(4, 3), -1, 1, 0.01)).checkAssert(p ->
                GateChecks.assertGradCheck(BACKWARD, in -> Node.from(new MaxGate(in.get(0), in.get(1))), p.a(), p.b()));
    }

    @Test
    @Points(0.5)
    @DisplayName("max(x, x) passes the upstream to x exactly once (a router never copies the gradient)")
    void maxOfANodeWithItself() {
        BACKWARD.qt(9_006, 50).forAll(TensorGen.tensors(Shapes.shapes(3, 3), Values.between(-2, 2))).checkAssert(t -> {
            Node x = Node.of(t);
            Tensor upstream = FixedTensors.wholeUpstream(t.shape());
            Node.from(new MaxGate(x, x)).backward(upstream);
            GateChecks.assertExactly(BACKWARD, "∂max(x, x)/∂x · upstream = upstream", upstream, x.grad());
        });
    }

    @Test
    @Points(0.5)
    @DisplayName("a tie a = b sends the whole upstream to a and 0 to b, as the handout says")
    void maxTieGoesToA() {
        Node a = Node.of(Tensor.of(1.0, -2.0, 0.0));
        Node b = Node.of(Tensor.of(1.0, -2.0, 0.0));
        MaxGate gate = new MaxGate(a, b);
        Tensor upstream = Tensor.of(3.0, -1.0, 2.0);
        List<Tensor> grads = gate.backward(upstream, gate.forward());
        Exercise tie = BACKWARD.given("a = b = [1.0, -2.0, 0.0], upstream [3.0, -1.0, 2.0]");
        GateChecks.assertExactly(tie, "gradA = upstream where a ≥ b", upstream, grads.get(0));
        GateChecks.assertExactly(tie, "gradB = 0 where a ≥ b", Tensor.zeros(3), grads.get(1));
    }
}
