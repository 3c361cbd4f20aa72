package org.chainrule.exercises.gates;

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

/** E02 hidden: the add gate on other seeds, larger ranks and values, and one node added to itself. */
class AddGateHiddenTest {
    private static final Exercise BACKWARD = Exercise.of("E02", "AddGate.backward");

    @Test
    @Points(1)
    @DisplayName("backward of a + b passes GradCheck on rank-4 broadcasting shapes and values up to ±50 (another seed)")
    void addGradCheckOnLargerInputs() {
        BACKWARD.qt(9_001, 60).forAll(TensorGen.pairs(Shapes.broadcastPairs(4, 3), Values.between(-50, 50))).checkAssert(p ->
                GateChecks.assertGradCheck(BACKWARD, in -> Node.from(new AddGate(in.get(0), in.get(1))), p.a(), p.b()));
    }

    @Test
    @Points(0.5)
    @DisplayName("x + x through one gate gives x twice the upstream, exactly (the engine adds both inputs' gradients)")
    void addOfANodeToItself() {
        BACKWARD.qt(9_002, 50).forAll(TensorGen.tensors(Shapes.shapes(3, 3), GateChecks.quarters())).checkAssert(t -> {
            Node x = Node.of(t);
            Tensor upstream = FixedTensors.wholeUpstream(t.shape());
            Node.from(new AddGate(x, x)).backward(upstream);
            GateChecks.assertExactly(BACKWARD, "∂(x + x)/∂x · upstream = 2·upstream", upstream.mul(2), x.grad());
        });
    }
}
