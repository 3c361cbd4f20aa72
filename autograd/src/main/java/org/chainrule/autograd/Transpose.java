package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Transpose: {@code out = xᵀ}. Backward transposes the upstream back: {@code gradX = upstreamᵀ}.
 */
record Transpose(Node x) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    @Override
    public Tensor forward() {
        return x.value().transpose();
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        return List.of(upstream.transpose());
    }

    @Override
    public String local() {
        return "moves elements only: gradX = upstreamᵀ";
    }
}
