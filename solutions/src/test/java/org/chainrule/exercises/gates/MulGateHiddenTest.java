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

/** E02 hidden: the mul gate on other seeds, larger ranks and values, and one node squared. */
class MulGateHiddenTest {
    private static final Exercise BACKWARD = Exercise.of("E02", "MulGate.backward");

    @Test
    @Points(1)
    @DisplayName("backward of a ⊙ b passes GradCheck on rank-4 broadcasting shapes and values up to ±50 (another seed)")
    void mulGradCheckOnLargerInputs() {
        BACKWARD.qt(9_003, 60).forAll(TensorGen.pairs(Shapes.broadcastPairs(4, 3), Values.between(-50, 50))).checkAssert(p ->
                GateChecks.assertGradCheck(BACKWARD, in -> Node.from(new MulGate(in.get(0), in.get(1))), p.a(), p.b()));
    }

    @Test
    @Points(0.5)
    @DisplayName("x ⊙ x through one gate gives 2·x·upstream, exactly (each copy gets the other)")
    void mulOfANodeByItself() {
        BACKWARD.qt(9_004, 50).forAll(TensorGen.tensors(Shapes.shapes(3, 3), GateChecks.quarters())).checkAssert(t -> {
            Node x = Node.of(t);
            Tensor upstream = FixedTensors.wholeUpstream(t.shape());
            Node.from(new MulGate(x, x)).backward(upstream);
            GateChecks.assertExactly(BACKWARD, "∂(x ⊙ x)/∂x · upstream = 2·x·upstream", upstream.mul(t).mul(2), x.grad());
        });
    }
}
