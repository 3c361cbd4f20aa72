package org.chainrule.models.loss;

import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;

/**
 * Hinge loss, the loss of the support vector machine (SVM):
 * <pre>
 *   L = mean( max(0, 1 − y·s) )          y ∈ {−1, +1},  s = a score (a logit)
 * </pre>
 * Why: {@code y·s} is the margin — positive when the score is on the right side. The hinge costs
 * nothing once the margin reaches 1 (confident and right: no gradient, the example is ignored),
 * and grows linearly below it. Only examples near or across the boundary shape the model.
 *
 * <p>Labels are class indices 0/1, like every binary loss here, turned into −1/+1 by {@code 2y − 1} inside.
 * The loss has a kink at margin 1 (gradient 0 taken there).
 */
public final class HingeLoss {
    /** The margin the hinge asks for; any positive value works equally, as the scores can scale. */
    public static final double MARGIN = 1.0;

    private HingeLoss() {
    }

    /**
     * @param s scores, shape {@code [n, 1]}, n at least 1
     * @param labels n labels, each 0 or 1, {@code [n]}
     * @return the mean hinge, shape {@code []}
     */
    public static Node of(Node s, int[] labels) {
        Tensor sign = Labels.signs("hinge", s.shape(), labels);
        return Node.constant(MARGIN).sub(Node.constant(sign).mul(s)).relu().mean();
    }
}
