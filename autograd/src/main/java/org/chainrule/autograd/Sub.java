package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Difference: {@code out = a − b} (broadcasting).
 * Backward: {@code gradA = upstream}, {@code gradB = −upstream} — a distributor with a sign.
 */
record Sub(Node a, Node b) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(a, b);
    }

    @Override
    public Tensor forward() {
        return a.value().sub(b.value());
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        return List.of(upstream.sumTo(a.shape()), upstream.neg().sumTo(b.shape()));
    }

    @Override
    public Tensor localGradient(int input, Tensor out) {
        return input == 0 ? Tensor.ones(out.shape().toArray()) : Tensor.full(out.shape(), -1);
    }

    @Override
    public String local() {
        return "∂out/∂a = 1, ∂out/∂b = −1";
    }
}
