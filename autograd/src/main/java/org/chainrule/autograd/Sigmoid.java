package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Logistic sigmoid: {@code out = σ(x) = 1 / (1 + e^−x)}, squashing any score into (0, 1).
 * Backward reuses the output: {@code gradX = upstream ⊙ out ⊙ (1 − out)}.
 *
 * <p>Overflow countermeasure: for negative x, {@code e^−x} overflows when x ≪ 0, so the equal
 * form {@code e^x / (1 + e^x)} is used there; the result stays finite for any input.
 */
record Sigmoid(Node x) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(x);
    }

    @Override
    public Tensor forward() {
        return x.value().map(Sigmoid::sigmoid);
    }

    static double sigmoid(double v) {
        if (v >= 0) {
            return 1 / (1 + StrictMath.exp(-v));
        }
        double e = StrictMath.exp(v);
        return e / (1 + e);
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        return List.of(upstream.mul(out.map(s -> s * (1 - s))));
    }

    @Override
    public Tensor localGradient(int input, Tensor out) {
        return out.map(s -> s * (1 - s));
    }

    @Override
    public String local() {
        return "∂out/∂x = σ(x)(1 − σ(x)) = out(1 − out)";
    }
}
