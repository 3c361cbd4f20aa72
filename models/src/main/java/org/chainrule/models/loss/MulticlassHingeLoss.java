package org.chainrule.models.loss;

import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;

/**
 * Multiclass hinge loss (the multiclass SVM of Weston &amp; Watkins, as in CS231n):
 * <pre>
 *   L = (1/n) Σ_i Σ_{j ≠ y_i} max(0, s_ij − s_i,y_i + 1)
 * </pre>
 * Why: each wrong class j is charged only if its score comes within the margin 1 of the true
 * class's score. Once the true class wins by at least 1 against every other, the row costs 0 —
 * the loss does not care by how much more (unlike cross-entropy, which always wants more).
 * Kinks where {@code s_ij − s_i,y_i + 1 = 0} (gradient 0 taken there).
 */
public final class MulticlassHingeLoss {
    /** Δ, the margin by which the true class should win; any positive value works, as W can scale. */
    public static final double MARGIN = 1.0;

    private MulticlassHingeLoss() {
    }

    /**
     * @param s scores, shape {@code [n, k]}, n at least 1
     * @param labels n class indices in {@code [0, k)}, {@code [n]}
     * @return the mean over rows of the summed margins, shape {@code []}
     */
    public static Node of(Node s, int[] labels) {
        Tensor oneHot = Labels.oneHot("multiclassHinge", s.shape(), labels);
        int n = labels.length;
        Tensor wrongClasses = oneHot.neg().add(1);
        Node trueScore = s.mul(Node.constant(oneHot)).sum(1).reshape(n, 1);     // s_i,y_i, [n, 1]
        Node margins = s.sub(trueScore).add(MARGIN).relu();                     // [n, k]
        return margins.mul(Node.constant(wrongClasses)).sum().div(n);
    }
}
