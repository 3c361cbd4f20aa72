package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Sum: {@code out = a + b} (broadcasting).
 * Backward is a <b>distributor</b>: the local gradient is 1 for both inputs, so each gets the
 * upstream unchanged — {@code gradA = upstream}, {@code gradB = upstream} — summed back to its own
 * shape if it was broadcast.
 */
record Add(Node a, Node b) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(a, b);
    }

    @Override
    public Tensor forward() {
        return a.value().add(b.value());
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        return List.of(upstream.sumTo(a.shape()), upstream.sumTo(b.shape()));
    }

    @Override
    public Tensor localGradient(int input, Tensor out) {
        return Tensor.ones(out.shape().toArray());
    }

    @Override
    public String local() {
        return "∂out/∂a = 1, ∂out/∂b = 1 (distributor)";
    }
}
