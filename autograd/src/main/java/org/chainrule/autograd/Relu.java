package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Rectified linear unit: {@code out = max(x, 0)}.
 * Backward lets the upstream through where the input was positive and blocks it elsewhere:
 * {@code gradX = upstream ⊙ [x > 0]}. At the kink x = 0 the gradient is taken as 0, as in PyTorch.
 */
record Relu(Node x) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    @Override
    public Tensor forward() {
        return x.value().maximum(0);     // NaN stays NaN, so a diverged value is not hidden
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        return List.of(upstream.mul(x.value().gt(0)));
    }

    @Override
    public Tensor localGradient(int input, Tensor out) {
        return x.value().gt(0);
    }

    @Override
    public String local() {
        return "∂out/∂x = 1 where x > 0, else 0";
    }
}
