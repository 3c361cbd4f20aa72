package org.chainrule.models.loss;

import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;

/**
 * Exponential loss, the loss of AdaBoost:
 * <pre>
 *   L = mean( e^(−y·s) )          y ∈ {−1, +1},  s = a score (a logit)
 * </pre>
 * Why: like the log loss it is smooth and charges a wrong side more than a right one, but it
 * grows exponentially with a negative margin (the notes: a stronger penalty, a steeper slope, for
 * mistakes) — which also makes it sensitive to mislabelled points.
 *
 * <p>Labels are class indices 0/1, like every binary loss here, turned into −1/+1 by {@code 2y − 1} inside.
 */
public final class ExponentialLoss {
    private ExponentialLoss() {
    }

    /**
     * @param s scores, shape {@code [n, 1]}, n at least 1
     * @param labels n labels, each 0 or 1, {@code [n]}
     * @return the mean cost, shape {@code []}
     */
    public static Node of(Node s, int[] labels) {
        Tensor sign = Labels.signs("exponential", s.shape(), labels);
        return Node.constant(sign).mul(s).neg().exp().mean();
    }
}
