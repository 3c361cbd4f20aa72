package org.chainrule.autograd;

import java.util.Arrays;
import java.util.List;
import org.chainrule.core.Tensor;

/**
 * Matrix product: {@code out = A·B}, A {@code [m, k]}, B {@code [k, n]}, out {@code [m, n]}.
 * Backward: {@code gradA = upstream·Bᵀ} ({@code [m, n]·[n, k] = [m, k]}) and
 * {@code gradB = Aᵀ·upstream} ({@code [k, m]·[m, n] = [k, n]}): the mul gate's swap, for matrices,
 * with the transposes that make the shapes fit.
 */
record MatMul(Node a, Node b) implements Gate {
    @Override
    public List<Node> inputs() {
        return List.of(a, b);
    }

    @Override
    public Tensor forward() {
        return a.value().matmul(b.value());
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        // Data (a constant) needs no gradient: skipping it saves a third of a training step.
        Tensor gradA = a.requiresGrad() ? upstream.matmul(b.value().transpose()) : null;
        Tensor gradB = b.requiresGrad() ? a.value().transpose().matmul(upstream) : null;
        return Arrays.asList(gradA, gradB);
    }

    @Override
    public Tensor localGradient(int input, Tensor out) {
        return input == 0 ? b.value().transpose() : a.value().transpose();
    }

    @Override
    public String local() {
        return "∂out/∂A = Bᵀ, multiplied on the right (upstream·Bᵀ); ∂out/∂B = Aᵀ, multiplied on the left (Aᵀ·upstream)";
    }
}
