package org.chainrule.exercises.gates;

import java.util.List;
import org.chainrule.autograd.Gate;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;

/**
 * Elementwise maximum, broadcasting: the notes' <b>max gate</b>, a gradient router.
 * <pre>
 *   forward:   out = max(a, b)
 *   local:     ∂out/∂a = [a ≥ b],  ∂out/∂b = [a &lt; b]      ([p] is 1 where p holds, else 0)
 *   backward:  gradA = sumTo(upstream ⊙ [a ≥ b], shape of a)
 *              gradB = sumTo(upstream ⊙ [a &lt; b], shape of b)
 * </pre>
 * Why: the output <i>is</i> the larger input, so a nudge to the larger one passes through
 * unchanged (local gradient 1) and a small nudge to the smaller one changes nothing (0). The
 * whole upstream is routed to the winner. Where {@code a = b} the function has a kink; ties go to
 * a, as in the framework's own max. Use it as {@code Node.from(new MaxGate(a, b))}.
 *
 * @param a the first input, any shape that broadcasts with b, e.g. {@code [2, 3]}
 * @param b the second input, e.g. {@code [3]}
 */
public record MaxGate(Node a, Node b) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(a, b);
    }

    /**
     * {@code max(a, b)} elementwise, broadcasting.
     *
     * @return shape: a's and b's shapes broadcast together, e.g. {@code [2, 3]}
     */
    @Override
    public Tensor forward() {
        // BEGIN SOLUTION
        return a.value().maximum(b.value());
        // END SOLUTION
    }

    /**
     * The router: the larger input gets the upstream, the other gets 0; each summed back to its
     * own shape.
     *
     * @param upstream ∂result/∂out, shape of out, e.g. {@code [2, 3]}
     * @param out the forward result, shape of out (not needed here)
     * @return {@code [gradA, gradB]}, with a's shape and b's shape
     */
    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        // BEGIN SOLUTION
        Tensor aWins = a.value().ge(b.value());       // 1 where a ≥ b, else 0; shape of out
        Tensor bWins = a.value().lt(b.value());       // 1 where a < b, else 0
        Tensor gradA = upstream.mul(aWins).sumTo(a.shape());
        Tensor gradB = upstream.mul(bWins).sumTo(b.shape());
        return List.of(gradA, gradB);
        // END SOLUTION
    }

    @Override
    public String local() {
        return "∂out/∂a = 1 where a ≥ b, ∂out/∂b = 1 where a < b (gradient router)";
    }
}
