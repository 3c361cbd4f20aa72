package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Mean of every element: {@code out = (1/n) Σ x}, shape {@code []}, n = the number of elements.
 * Backward: each of the n elements gets {@code upstream / n}. The mean along one axis is its own
 * gate, {@link Mean}.
 */
record MeanAll(Node x) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    @Override
    public Tensor forward() {
        return x.value().mean();
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        return List.of(Tensor.full(x.shape(), upstream.item() / x.value().size()));
    }

    @Override
    public Tensor localGradient(int input, Tensor out) {
        return Tensor.full(x.shape(), 1.0 / x.value().size());
    }

    @Override
    public String local() {
        return "∂out/∂x_i = 1/n, n = " + x.value().size();
    }

    @Override
    public String name() {
        return "Mean";
    }
}
