package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Softmax along an axis: {@code out_i = e^(x_i) / Σ_j e^(x_j)}.
 * The exponential makes every score positive and the division makes them sum to 1, so the
 * outputs read as probabilities (the notes: sigmoid for two classes, softmax for many).
 *
 * <p>Backward: {@code gradX = out ⊙ (upstream − Σ_j upstream_j·out_j)} along the axis.
 *
 * <p>Overflow countermeasure: {@code e^1000} is infinite, so the row maximum is subtracted first;
 * {@code softmax(x − c) = softmax(x)} for any constant c, and the largest exponent becomes 0.
 */
record Softmax(Node x, int axis) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    @Override
    public Tensor forward() {
        return of(x.value(), axis);
    }

    /** The stable softmax of a tensor along {@code axis} (shared with {@link CrossEntropy}). */
    static Tensor of(Tensor v, int axis) {
        Tensor e = v.sub(v.max(axis, true)).exp();
        return e.div(e.sum(axis, true));
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        Tensor dot = upstream.mul(out).sum(axis, true);
        return List.of(out.mul(upstream.sub(dot)));
    }

    @Override
    public String local() {
        return "∂out_i/∂x_j = out_i(δ_ij − out_j)";
    }
}
