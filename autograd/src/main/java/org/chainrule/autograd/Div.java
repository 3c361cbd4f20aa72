package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Elementwise quotient: {@code out = a / b} (broadcasting).
 * Backward: {@code gradA = upstream / b}, {@code gradB = −upstream ⊙ a / b²}.
 */
record Div(Node a, Node b) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(a, b);
    }

    @Override
    public Tensor forward() {
        return a.value().div(b.value());
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        Tensor gradA = upstream.div(b.value());
        Tensor gradB = upstream.mul(a.value()).div(b.value().pow(2)).neg();
        return List.of(gradA.sumTo(a.shape()), gradB.sumTo(b.shape()));
    }

    @Override
    public Tensor localGradient(int input, Tensor out) {
        return input == 0 ? b.value().map(v -> 1 / v) : a.value().div(b.value().pow(2)).neg();
    }

    @Override
    public String local() {
        return "∂out/∂a = 1/b, ∂out/∂b = −a/b²";
    }
}
