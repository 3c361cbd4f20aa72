package org.chainrule.exercises.activations;

import java.util.List;
import org.chainrule.autograd.Gate;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;

/**
 * Hyperbolic tangent, elementwise: squashes any number into (−1, 1), centred at 0.
 * <pre>
 *   forward:   out = tanh(x) = (e^x − e^−x) / (e^x + e^−x)
 *   local:     ∂out/∂x = 1 − tanh²(x) = 1 − out²
 *   backward:  gradX = upstream ⊙ (1 − out²)
 * </pre>
 * Like the sigmoid, its local gradient is written in its own output, so backward reuses
 * {@code out}. Use it as {@code Node.from(new TanhGate(x))}.
 *
 * @param x the input, any shape, e.g. {@code [n, h]} hidden pre-activations
 */
public record TanhGate(Node x) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    /**
     * {@code tanh(x)} elementwise ({@code StrictMath.tanh} stays finite for every input: ±1 far out).
     *
     * @return x's shape, every element in [−1, 1]
     */
    @Override
    public Tensor forward() {
        // BEGIN SOLUTION
        return x.value().map(StrictMath::tanh);
        // END SOLUTION
    }

    /**
     * {@code upstream ⊙ (1 − out²)}: the local gradient from the output, not from x.
     *
     * @param upstream ∂result/∂out, x's shape
     * @param out tanh(x) from the forward pass, x's shape
     * @return {@code [gradX]}, x's shape
     */
    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        // BEGIN SOLUTION
        Tensor local = out.mul(out).neg().add(1);        // 1 − tanh²
        return List.of(upstream.mul(local));
        // END SOLUTION
    }

    @Override
    public String local() {
        return "∂out/∂x = 1 − tanh²(x) = 1 − out²";
    }
}
