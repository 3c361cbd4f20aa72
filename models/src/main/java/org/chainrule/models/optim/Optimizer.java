package org.chainrule.models.optim;

import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.autograd.StaticGraph;

/**
 * Moves parameters downhill using the gradients that {@link Node#backward()} left in them.
 *
 * <p>One training step is always the same four lines (the notes' {@code GradientTape} loop):
 * <pre>
 *   optimizer.zeroGrad(params);          // backward() adds into gradients: start from 0
 *   Node loss = model.loss(x, labels);   // forward pass
 *   loss.backward();                     // gradients ∂loss/∂w for every parameter w
 *   optimizer.step(params);              // w ← w − (something built from ∂loss/∂w)
 * </pre>
 * Implementations differ only in the "something": plain SGD uses the gradient itself, momentum a
 * running sum of gradients, Adam a running mean scaled by a running size.
 */
public interface Optimizer {

    /**
     * Updates every parameter in place (via {@link Node#assign}) from its current gradient.
     *
     * @param params trainable leaves, each of any shape; the same list, in the same order, at every step
     */
    void step(List<Node> params);

    /**
     * The same step for a traced graph, after its {@code backward()}: by default the graph hands
     * its gradients (and values) to the parameters' nodes and {@link #step(List)} runs as usual, so
     * every optimizer works on a {@link StaticGraph} and gives the same bits. An optimizer may
     * instead update the graph's buffers in place ({@link StaticGraph#update}), as {@link Sgd} does.
     *
     * @param graph a traced graph whose {@code backward()} has run
     */
    default void step(StaticGraph graph) {
        graph.syncParameters();
        step(graph.parameters());
    }

    /** The learning rate η, the hand-set hyper-parameter of the notes. */
    double learningRate();

    /**
     * Returns {@code learningRate} if it is a usable η: positive and finite. Every optimizer checks
     * its η with this, and so does {@code TrainingConfig}, so the rule and its message live here once.
     *
     * @param owner the class or method asking, named in the message (e.g. {@code "Sgd"})
     * @param learningRate η
     * @throws IllegalArgumentException if η is 0, negative, NaN or infinite
     */
    static double checkLearningRate(String owner, double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException(String.format(
                    "%s: learning rate is %s; it must be a positive, finite number such as 0.01.", owner, learningRate));
        }
        return learningRate;
    }

    /**
     * Forgets the gradients of {@code params}; call it before each forward pass, because
     * {@code backward()} adds into a leaf's gradient instead of replacing it.
     *
     * @param params trainable leaves
     */
    default void zeroGrad(List<Node> params) {
        for (Node p : params) {
            p.zeroGrad();
        }
    }
}
