package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Log-softmax along an axis: {@code out_i = x_i − log Σ_j e^(x_j)}, computed as
 * {@code (x_i − m) − log Σ_j e^(x_j − m)} with m the maximum, so it never overflows and never
 * takes the log of 0 (unlike {@code log(softmax(x))}, which gives −∞ for a tiny probability).
 *
 * <p>Backward: {@code gradX = upstream − softmax(x) ⊙ Σ_j upstream_j}, with softmax = e^out.
 */
record LogSoftmax(Node x, int axis) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    @Override
    public Tensor forward() {
        return of(x.value(), axis);
    }

    /** The stable log-softmax of a tensor along {@code axis} (shared with {@link CrossEntropy}). */
    static Tensor of(Tensor v, int axis) {
        Tensor shifted = v.sub(v.max(axis, true));
        return shifted.sub(shifted.exp().sum(axis, true).log());
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        return List.of(upstream.sub(out.exp().mul(upstream.sum(axis, true))));
    }

    @Override
    public String local() {
        return "∂out_i/∂x_j = δ_ij − softmax_j";
    }
}
