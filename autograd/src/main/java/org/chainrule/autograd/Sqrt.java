package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Square root: {@code out = √x}.
 * Backward: {@code gradX = upstream ⊙ 1/(2·out)}.
 */
record Sqrt(Node x) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    @Override
    public Tensor forward() {
        return x.value().sqrt();
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        return List.of(upstream.div(out.mul(2)));
    }

    @Override
    public Tensor localGradient(int input, Tensor out) {
        return out.map(v -> 1 / (2 * v));
    }

    @Override
    public String local() {
        return "∂out/∂x = 1/(2√x)";
    }
}
