package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;

/**
 * Sum of all elements ({@code out = Σ x}, shape {@code []}) or along one axis (that axis removed).
 * Backward: every element contributed with weight 1, so each gets the upstream of its own sum —
 * the upstream copied back along the summed axis (a distributor over many inputs).
 */
record Sum(Node x, int axis) implements Gate {
    /** The {@code axis} value meaning "every axis". */
    static final int ALL_AXES = -1;

    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    @Override
    public Tensor forward() {
        return axis == ALL_AXES ? x.value().sum() : x.value().sum(axis);
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        return List.of(spread(upstream, x.shape(), axis));
    }

    /** Copies {@code upstream} (the reduced shape) back over {@code shape} along the reduced axis. */
    static Tensor spread(Tensor upstream, Shape shape, int axis) {
        if (axis == ALL_AXES) {
            return Tensor.full(shape, upstream.item());
        }
        int[] kept = shape.toArray();
        kept[axis] = 1;
        return upstream.reshape(kept).add(Tensor.zeros(shape));
    }

    @Override
    public String local() {
        return "∂out/∂x_i = 1 for every summed element";
    }

    @Override
    public String name() {
        return axis == ALL_AXES ? "Sum" : "Sum(axis " + axis + ")";
    }
}
