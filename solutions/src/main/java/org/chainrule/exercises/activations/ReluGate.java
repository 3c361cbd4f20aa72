package org.chainrule.exercises.activations;

import java.util.List;
import org.chainrule.autograd.Gate;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;

/**
 * Rectified linear unit, elementwise: the activation the notes say is used most.
 * <pre>
 *   forward:   out = max(x, 0)
 *   local:     ∂out/∂x = [x &gt; 0]          (1 where x &gt; 0, else 0)
 *   backward:  gradX = upstream ⊙ [x &gt; 0]
 * </pre>
 * Backward lets the upstream through where the input was positive and blocks it elsewhere: a
 * max gate against the constant 0, so a router. At the kink x = 0 the gradient is taken as 0,
 * as in the framework. Use it as {@code Node.from(new ReluGate(x))}.
 *
 * @param x the input, any shape, e.g. {@code [n, h]} hidden pre-activations
 */
public record ReluGate(Node x) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    /**
     * {@code max(x, 0)} elementwise.
     *
     * @return x's shape, every element ≥ 0
     */
    @Override
    public Tensor forward() {
        // BEGIN SOLUTION
        return x.value().maximum(0);
        // END SOLUTION
    }

    /**
     * {@code upstream ⊙ [x > 0]}.
     *
     * @param upstream ∂result/∂out, x's shape
     * @param out max(x, 0) from the forward pass, x's shape
     * @return {@code [gradX]}, x's shape
     */
    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        // BEGIN SOLUTION
        Tensor passes = x.value().gt(0);                 // 1 where x > 0, else 0
        return List.of(upstream.mul(passes));
        // END SOLUTION
    }

    @Override
    public String local() {
        return "∂out/∂x = 1 where x > 0, else 0";
    }
}
