package org.chainrule.lab;

import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.models.optim.Optimizer;

/**
 * Gradient descent with a little L2 weight decay on the weight matrices (package-private; used to
 * draw readable digit templates):
 * <pre>
 *   W ← W − η·(∂cost/∂W + λ·W)       (the gradient of cost + λ/2·‖W‖²)
 *   b ← b − η·∂cost/∂b               (biases, rank 1, are not decayed)
 * </pre>
 * The decay pulls every weight towards 0 unless the data keep pushing it away, so a pixel that
 * hardly tells the classes apart ends near 0 (white) instead of keeping whatever size it drifted to.
 */
final class WeightDecaySgd implements Optimizer {
    private final double learningRate;
    private final double decay;

    /**
     * @param learningRate η &gt; 0
     * @param decay λ ≥ 0
     */
    WeightDecaySgd(double learningRate, double decay) {
        this.learningRate = Optimizer.checkLearningRate("WeightDecaySgd", learningRate);
        if (!(decay >= 0) || Double.isInfinite(decay)) {
            throw new IllegalArgumentException("WeightDecaySgd: decay λ is " + decay + "; it must be 0 or a positive, "
                    + "finite number such as 0.01.");
        }
        this.decay = decay;
    }

    @Override
    public void step(List<Node> params) {
        for (Node p : params) {
            boolean matrix = p.value().rank() >= 2;
            p.assign(p.value().sub((matrix ? p.grad().add(p.value().mul(decay)) : p.grad()).mul(learningRate)));
        }
    }

    @Override
    public double learningRate() {
        return learningRate;
    }
}
