package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Mean of all elements (shape {@code []}) or along one axis (removed): {@code out = (1/n) Σ x}.
 * Backward: each of the n elements gets {@code upstream / n}.
 */
record Mean(Node x, int axis) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    @Override
    public Tensor forward() {
        return axis == Sum.ALL_AXES ? x.value().mean() : x.value().mean(axis);
    }

    private int count() {
        return axis == Sum.ALL_AXES ? x.value().size() : x.shape().dim(axis);
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        return List.of(Sum.spread(upstream.div(count()), x.shape(), axis));
    }

    @Override
    public String local() {
        return "∂out/∂x_i = 1/n, n = " + count();
    }

    @Override
    public String name() {
        return axis == Sum.ALL_AXES ? "Mean" : "Mean(axis " + axis + ")";
    }
}
