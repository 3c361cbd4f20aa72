package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Elementwise product: {@code out = a ⊙ b} (broadcasting).
 * Backward swaps the inputs (<b>swap multiplier</b>):
 * {@code gradA = upstream ⊙ b}, {@code gradB = upstream ⊙ a}.
 */
record Mul(Node a, Node b) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(a, b);
    }

    @Override
    public Tensor forward() {
        return a.value().mul(b.value());
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        return List.of(upstream.mul(b.value()).sumTo(a.shape()),
                upstream.mul(a.value()).sumTo(b.shape()));
    }

    @Override
    public Tensor localGradient(int input, Tensor out) {
        return input == 0 ? b.value() : a.value();
    }

    @Override
    public String local() {
        return "∂out/∂a = b, ∂out/∂b = a (swap multiplier)";
    }
}
