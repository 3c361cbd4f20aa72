package org.chainrule.models.loss;

import org.chainrule.autograd.Node;

/**
 * A training loss: the mean cost of a batch's scores against its labels, as a graph to
 * differentiate. Each linear classifier takes one, e.g.
 * <pre>
 *   new LogisticRegression(d, rng, HingeLoss::of)                 an SVM-style line
 *   new SoftmaxRegression(d, k, rng, MulticlassHingeLoss::of)     a multiclass SVM
 * </pre>
 * Binary losses: {@link LogLoss#ofLogits} (the default), {@link ExponentialLoss#of},
 * {@link HingeLoss#of}, and the notes' own computation {@link LogLoss#viaProbabilities}.
 * Multiclass losses: {@link CrossEntropyLoss#ofLogits} (the default), {@link MulticlassHingeLoss#of}.
 * The 0/1 loss is not one: it has no gradient to train on ({@link ZeroOneLoss}).
 */
@FunctionalInterface
public interface Loss {

    /**
     * @param scores the model's scores (logits): {@code [n, 1]} for a binary loss, {@code [n, k]} for a multiclass one
     * @param labels n class indices (0/1 for a binary loss), {@code [n]}
     * @return the mean cost over the n rows, shape {@code []}
     */
    Node of(Node scores, int[] labels);
}
