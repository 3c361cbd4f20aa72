package org.chainrule.exercises.gates;

import java.util.List;
import org.chainrule.autograd.Gate;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;

/**
 * Elementwise product, broadcasting: the notes' <b>mul gate</b>, a swap multiplier.
 * <pre>
 *   forward:   out = a ⊙ b
 *   local:     ∂out/∂a = b,  ∂out/∂b = a
 *   backward:  gradA = sumTo(upstream ⊙ b, shape of a)
 *              gradB = sumTo(upstream ⊙ a, shape of b)
 * </pre>
 * Why: nudging a by h changes {@code a·b} by {@code h·b}, so a's local gradient is the
 * <i>other</i> input; each input gets the upstream times the other one ("swap"). A broadcast input
 * adds up its gradient over the rows it was stretched across ({@link Tensor#sumTo}).
 * Use it as {@code Node.from(new MulGate(a, b))}.
 *
 * @param a the first input, any shape that broadcasts with b, e.g. {@code [2, 3]}
 * @param b the second input, e.g. {@code [3]}
 */
public record MulGate(Node a, Node b) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(a, b);
    }

    /**
     * {@code a ⊙ b} elementwise, broadcasting.
     *
     * @return shape: a's and b's shapes broadcast together, e.g. {@code [2, 3]}
     */
    @Override
    public Tensor forward() {
        throw new UnsupportedOperationException("E02 MulGate.forward: not done yet — see exercises/handouts/E02-gates.md");
    }

    /**
     * The swap multiplier: each input gets the upstream times the other input, summed back to
     * its own shape.
     *
     * @param upstream ∂result/∂out, shape of out, e.g. {@code [2, 3]}
     * @param out the forward result, shape of out (not needed here)
     * @return {@code [gradA, gradB]}, with a's shape and b's shape
     */
    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        throw new UnsupportedOperationException("E02 MulGate.backward: not done yet — see exercises/handouts/E02-gates.md");
    }

    @Override
    public String local() {
        return "∂out/∂a = b, ∂out/∂b = a (swap multiplier)";
    }
}
