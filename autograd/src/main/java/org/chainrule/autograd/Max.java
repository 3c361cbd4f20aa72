package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Elementwise maximum: {@code out = max(a, b)} (broadcasting).
 * Backward is a <b>router</b>: the larger input gets the whole upstream, the other gets 0.
 * {@code gradA = upstream ⊙ [a ≥ b]}, {@code gradB = upstream ⊙ [a < b]}.
 * Ties go to {@code a}; the function has a kink there, so gradient checks keep inputs apart.
 */
record Max(Node a, Node b) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(a, b);
    }

    @Override
    public Tensor forward() {
        return a.value().maximum(b.value());
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        Tensor toA = a.value().ge(b.value());
        Tensor toB = a.value().lt(b.value());
        return List.of(upstream.mul(toA).sumTo(a.shape()), upstream.mul(toB).sumTo(b.shape()));
    }

    @Override
    public Tensor localGradient(int input, Tensor out) {
        return input == 0 ? a.value().ge(b.value()) : a.value().lt(b.value());
    }

    @Override
    public String local() {
        return "∂out/∂a = 1 where a ≥ b, ∂out/∂b = 1 where a < b (router)";
    }
}
