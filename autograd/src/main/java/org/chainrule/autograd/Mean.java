package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Mean along one axis, that axis removed: {@code out = (1/n) Σ x} over the n elements of the
 * axis. Backward: each of the n elements gets {@code upstream / n}, copied back along the axis.
 * The mean of every element is its own gate, {@link MeanAll}.
 *
 * @param axis a non-negative axis of {@code x} ({@link Node#mean(int)} turns −1 into the last one)
 */
record Mean(Node x, int axis) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    @Override
    public Tensor forward() {
        return x.value().mean(axis);
    }

    private int count() {
        return x.shape().dim(axis);
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        return List.of(Sum.spread(upstream.div(count()), x.shape(), axis));
    }

    @Override
    public Tensor localGradient(int input, Tensor out) {
        return Tensor.full(x.shape(), 1.0 / count());
    }

    @Override
    public String local() {
        return "∂out/∂x_i = 1/n, n = " + count();
    }

    @Override
    public String name() {
        return "Mean(axis " + axis + ")";
    }
}
