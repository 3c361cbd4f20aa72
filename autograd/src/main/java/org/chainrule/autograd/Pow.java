package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Power with a constant exponent: {@code out = x^p}.
 * Backward: {@code gradX = upstream ⊙ p·x^(p−1)}. For p = 0 the output is the constant 1, so
 * {@code gradX = 0} everywhere: the formula would give {@code 0·0^(−1) = 0·∞ = NaN} at x = 0.
 * (For p = 1 it gives {@code 1·0^0 = 1} at 0, as it should.)
 */
record Pow(Node x, double p) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    @Override
    public Tensor forward() {
        return x.value().pow(p);
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        if (p == 0) {
            return List.of(Tensor.zeros(x.shape()));
        }
        return List.of(upstream.mul(x.value().pow(p - 1).mul(p)));
    }

    @Override
    public Tensor localGradient(int input, Tensor out) {
        return p == 0 ? Tensor.zeros(x.shape()) : x.value().pow(p - 1).mul(p);
    }

    @Override
    public String local() {
        return "∂out/∂x = p·x^(p−1), p = " + p;
    }
}
