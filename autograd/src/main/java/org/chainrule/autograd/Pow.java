package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Power with a constant exponent: {@code out = x^p}.
 * Backward: {@code gradX = upstream ⊙ p·x^(p−1)}.
 */
record Pow(Node x, double p) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    @Override
    public Tensor forward() {
        return x.value().pow(p);
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        return List.of(upstream.mul(x.value().pow(p - 1).mul(p)));
    }

    @Override
    public String local() {
        return "∂out/∂x = p·x^(p−1), p = " + p;
    }
}
