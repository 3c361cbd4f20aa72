package org.chainrule.exercises.activations;

import java.util.List;
import org.chainrule.autograd.Gate;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;

/**
 * Logistic sigmoid, elementwise: squashes any score into (0, 1), the notes' logistic regression
 * hypothesis {@code 1 / (1 + e^−z)}.
 * <pre>
 *   forward:   out = σ(x) = 1 / (1 + e^−x)
 *   local:     ∂out/∂x = σ(x)·(1 − σ(x)) = out ⊙ (1 − out)
 *   backward:  gradX = upstream ⊙ out ⊙ (1 − out)
 * </pre>
 * Why reuse {@code out}: the local gradient is written in σ(x) itself, which the forward pass
 * already computed; backward gets it as {@code out} and needs no second exponential (the notes'
 * point that backprop reuses what the forward pass stored). Use it as
 * {@code Node.from(new SigmoidGate(x))}.
 *
 * @param x the input, any shape, e.g. {@code [n, 1]} scores
 */
public record SigmoidGate(Node x) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    /**
     * {@code σ(x)} elementwise. For x ≪ 0, {@code e^−x} overflows to ∞ and {@code 1 / (1 + ∞) = 0},
     * the right limit, so this form stays finite everywhere; the equal-looking
     * {@code e^x / (1 + e^x)} would give {@code ∞ / ∞ = NaN} for x ≫ 0.
     *
     * @return x's shape, every element in [0, 1]
     */
    @Override
    public Tensor forward() {
        // BEGIN SOLUTION
        return x.value().map(v -> 1 / (1 + StrictMath.exp(-v)));
        // END SOLUTION
    }

    /**
     * {@code upstream ⊙ out ⊙ (1 − out)}: the local gradient from the output, not from x.
     *
     * @param upstream ∂result/∂out, x's shape
     * @param out σ(x) from the forward pass, x's shape
     * @return {@code [gradX]}, x's shape
     */
    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        // BEGIN SOLUTION
        Tensor local = out.mul(out.neg().add(1));       // σ(1 − σ)
        return List.of(upstream.mul(local));
        // END SOLUTION
    }

    @Override
    public String local() {
        return "∂out/∂x = σ(x)(1 − σ(x)) = out(1 − out)";
    }
}
