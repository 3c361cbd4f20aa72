package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Negation: {@code out = −x} — the notes' minus sign that turns "higher is better" into a cost.
 * Backward: {@code gradX = −upstream}.
 */
record Neg(Node x) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    @Override
    public Tensor forward() {
        return x.value().neg();
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        return List.of(upstream.neg());
    }

    @Override
    public Tensor localGradient(int input, Tensor out) {
        return Tensor.full(out.shape(), -1);
    }

    @Override
    public String local() {
        return "∂out/∂x = −1";
    }
}
