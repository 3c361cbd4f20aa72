package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Hyperbolic tangent: {@code out = tanh x}, squashing into (−1, 1).
 * Backward reuses the output: {@code gradX = upstream ⊙ (1 − out²)}.
 */
record Tanh(Node x) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    @Override
    public Tensor forward() {
        return x.value().map(StrictMath::tanh);
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        return List.of(upstream.mul(out.map(t -> 1 - t * t)));
    }

    @Override
    public Tensor localGradient(int input, Tensor out) {
        return out.map(t -> 1 - t * t);
    }

    @Override
    public String local() {
        return "∂out/∂x = 1 − tanh²(x) = 1 − out²";
    }
}
