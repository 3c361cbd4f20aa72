package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Reshape (and flatten): the same values in the same order, new shape.
 * Backward gives the upstream the input's shape again: {@code gradX = upstream.reshape(x.shape)}.
 */
record Reshape(Node x, int[] dims) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    @Override
    public Tensor forward() {
        return x.value().reshape(dims);
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        return List.of(upstream.reshape(x.shape().toArray()));
    }

    @Override
    public String local() {
        return "moves nothing: gradX = upstream reshaped to x's shape";
    }
}
