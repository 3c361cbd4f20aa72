package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Sum of every element: {@code out = Σ x}, shape {@code []}.
 * Backward: every element contributed with weight 1, so each gets the whole upstream (a
 * distributor over many inputs): {@code gradX = upstream} copied to {@code x}'s shape.
 * The sum along one axis is its own gate, {@link Sum}.
 */
record SumAll(Node x) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    @Override
    public Tensor forward() {
        return x.value().sum();
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        return List.of(Tensor.full(x.shape(), upstream.item()));
    }

    @Override
    public Tensor localGradient(int input, Tensor out) {
        return Tensor.ones(x.shape().toArray());
    }

    @Override
    public String local() {
        return "∂out/∂x_i = 1 for every element";
    }

    @Override
    public String name() {
        return "Sum";
    }
}
