package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Natural logarithm: {@code out = ln x}.
 * Backward: {@code gradX = upstream / x} (infinite at x = 0: prefer {@code logSoftmax} or
 * {@code crossEntropy} to {@code log} of a probability).
 */
record Log(Node x) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    @Override
    public Tensor forward() {
        return x.value().log();
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        return List.of(upstream.div(x.value()));
    }

    @Override
    public Tensor localGradient(int input, Tensor out) {
        return x.value().map(v -> 1 / v);
    }

    @Override
    public String local() {
        return "∂out/∂x = 1/x";
    }
}
