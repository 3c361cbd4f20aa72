package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Exponential: {@code out = e^x}.
 * Backward reuses the output, since {@code d/dx e^x = e^x}: {@code gradX = upstream ⊙ out}.
 */
record Exp(Node x) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    @Override
    public Tensor forward() {
        return x.value().exp();
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        return List.of(upstream.mul(out));
    }

    @Override
    public Tensor localGradient(int input, Tensor out) {
        return out;
    }

    @Override
    public String local() {
        return "∂out/∂x = e^x = out";
    }
}
