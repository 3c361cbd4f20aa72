package org.chainrule.models.optim;

import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.autograd.StaticGraph;

/**
 * Stochastic gradient descent: a step of size η against the gradient.
 * <pre>
 *   w ← w − η · ∂L/∂w
 * </pre>
 * Why: the gradient points uphill, so a small step against it lowers the loss; η (the notes'
 * {@code learning_rate = 0.01}) is set by hand — too small crawls, too large overshoots or diverges.
 * "Stochastic" because L is usually the loss of one minibatch, not of the whole data set.
 */
public final class Sgd implements Optimizer {
    private final double learningRate;
    /** The in-place rule for a traced graph, made once (a lambda made in every step would allocate). */
    private final StaticGraph.ParameterUpdate inPlace;

    /**
     * @param learningRate η &gt; 0
     * @throws IllegalArgumentException if η is not positive and finite
     */
    public Sgd(double learningRate) {
        this.learningRate = Optimizer.checkLearningRate("Sgd", learningRate);
        this.inPlace = (w, value, grad) -> {
            for (int i = 0; i < value.length; i++) {
                value[i] = value[i] - grad[i] * learningRate;
            }
        };
    }

    @Override
    public void step(List<Node> params) {
        for (Node w : params) {
            w.assign(w.value().sub(w.grad().mul(learningRate)));
        }
    }

    /**
     * The same step in a traced graph's buffers, without allocating:
     * {@code w[i] = w[i] − g[i]·η}, the arithmetic of {@link #step(List)} element by element.
     */
    @Override
    public void step(StaticGraph graph) {
        graph.update(inPlace);
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public String toString() {
        return "Sgd(lr = " + learningRate + ")";
    }
}
