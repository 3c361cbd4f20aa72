package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Shape;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;

/**
 * Broadcast: stretch x to a larger shape by repeating it along size-1 (or missing) axes.
 * Every copy sends a gradient back, so backward adds them: {@code gradX = upstream.sumTo(x.shape)}.
 * (Binary gates do the same for a broadcast input.)
 */
record BroadcastTo(Node x, Shape shape) implements Gate {
    BroadcastTo {
        if (!x.shape().broadcastsTo(shape)) {
            throw new ShapeException(String.format("broadcastTo: cannot broadcast %s to %s: aligned from "
                    + "the right, each size of %s must be 1 or equal to the target's.", x.shape(), shape, x.shape()));
        }
    }

    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    @Override
    public Tensor forward() {
        return x.value().add(Tensor.zeros(shape));
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        return List.of(upstream.sumTo(x.shape()));
    }

    @Override
    public Tensor localGradient(int input, Tensor out) {
        return Tensor.ones(shape.toArray());
    }

    @Override
    public String local() {
        return "1 for every copy: gradX = upstream summed over the broadcast axes";
    }
}
