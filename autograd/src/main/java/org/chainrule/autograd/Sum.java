package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;

/**
 * Sum along one axis, that axis removed: {@code x} {@code [2, 3]} summed along axis 1 gives
 * {@code [2]}, {@code out_i = Σ_j x_ij}. Backward: every element contributed with weight 1, so
 * each gets the upstream of its own sum — the upstream copied back along the summed axis (a
 * distributor over many inputs). The sum of every element is its own gate, {@link SumAll}.
 *
 * @param axis a non-negative axis of {@code x} ({@link Node#sum(int)} turns −1 into the last one)
 */
record Sum(Node x, int axis) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    @Override
    public Tensor forward() {
        return x.value().sum(axis);
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        return List.of(spread(upstream, x.shape(), axis));
    }

    /** Copies {@code upstream} (the reduced shape) back over {@code shape} along the reduced axis. */
    static Tensor spread(Tensor upstream, Shape shape, int axis) {
        int[] kept = shape.toArray();
        kept[axis] = 1;
        return upstream.reshape(kept).add(Tensor.zeros(shape));
    }

    @Override
    public Tensor localGradient(int input, Tensor out) {
        return Tensor.ones(x.shape().toArray());
    }

    @Override
    public String local() {
        return "∂out/∂x_i = 1 for every summed element";
    }

    @Override
    public String name() {
        return "Sum(axis " + axis + ")";
    }
}
