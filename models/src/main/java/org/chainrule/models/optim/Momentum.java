package org.chainrule.models.optim;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;

/**
 * SGD with momentum: step along a running sum of past gradients (a "velocity" v, one per parameter,
 * starting at 0), as PyTorch writes it:
 * <pre>
 *   v ← β · v + ∂L/∂w
 *   w ← w − η · v
 * </pre>
 * Why: gradients that keep pointing the same way add up (up to {@code 1/(1 − β)} times a plain
 * step, 10× for β = 0.9), while gradients that flip sign from step to step cancel, damping the
 * zig-zag of plain SGD across a narrow valley.
 */
public final class Momentum implements Optimizer {
    /** The usual β: a gradient's influence halves after about 7 steps (0.9⁷ ≈ 0.48). */
    public static final double DEFAULT_BETA = 0.9;

    private final double learningRate;
    private final double beta;
    private final Map<Node, Tensor> velocity = new IdentityHashMap<>();

    /** Momentum with {@link #DEFAULT_BETA}. @param learningRate η &gt; 0 */
    public Momentum(double learningRate) {
        this(learningRate, DEFAULT_BETA);
    }

    /**
     * @param learningRate η &gt; 0
     * @param beta β in [0, 1); 0 gives plain SGD
     */
    public Momentum(double learningRate, double beta) {
        this.learningRate = Optimizer.checkLearningRate("Momentum", learningRate);
        this.beta = Checks.decay("Momentum", "beta", beta);
    }

    @Override
    public void step(List<Node> params) {
        for (Node w : params) {
            Tensor g = w.grad();
            Tensor old = velocity.getOrDefault(w, Tensor.zeros(w.shape()));
            Tensor v = old.mul(beta).add(g);
            velocity.put(w, v);
            w.assign(w.value().sub(v.mul(learningRate)));
        }
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public String toString() {
        return "Momentum(lr = " + learningRate + ", beta = " + beta + ")";
    }
}
