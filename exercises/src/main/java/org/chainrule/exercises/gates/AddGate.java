package org.chainrule.exercises.gates;

import java.util.List;
import org.chainrule.autograd.Gate;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;

/**
 * Sum of two tensors, broadcasting: the notes' <b>add gate</b>, a gradient distributor.
 * <pre>
 *   forward:   out = a + b
 *   local:     ∂out/∂a = 1,  ∂out/∂b = 1
 *   backward:  gradA = sumTo(upstream, shape of a)
 *              gradB = sumTo(upstream, shape of b)
 * </pre>
 * Why: upstream × 1 is the upstream itself, so each input gets it unchanged. When an input was
 * broadcast (a bias {@code [3]} added to every row of {@code [2, 3]}), each of its elements was
 * used once per row, so its gradient adds up those rows: {@link Tensor#sumTo} does that.
 * Use it as {@code Node.from(new AddGate(a, b))}.
 *
 * @param a the first input, any shape that broadcasts with b, e.g. {@code [2, 3]}
 * @param b the second input, e.g. {@code [3]}
 */
public record AddGate(Node a, Node b) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(a, b);
    }

    /**
     * {@code a + b} elementwise, broadcasting.
     *
     * @return shape: a's and b's shapes broadcast together, e.g. {@code [2, 3]}
     */
    @Override
    public Tensor forward() {
        throw new UnsupportedOperationException("E02 AddGate.forward: not done yet — see exercises/handouts/E02-gates.md");
    }

    /**
     * The distributor: each input gets the upstream, summed back to its own shape.
     *
     * @param upstream ∂result/∂out, shape of out, e.g. {@code [2, 3]}
     * @param out the forward result, shape of out (not needed here)
     * @return {@code [gradA, gradB]}, with a's shape and b's shape
     */
    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        throw new UnsupportedOperationException("E02 AddGate.backward: not done yet — see exercises/handouts/E02-gates.md");
    }

    @Override
    public String local() {
        return "∂out/∂a = 1, ∂out/∂b = 1 (gradient distributor)";
    }
}
