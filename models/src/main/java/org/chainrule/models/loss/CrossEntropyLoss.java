package org.chainrule.models.loss;

import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;

/**
 * Cross-entropy between the true classes and predicted distributions p, averaged over rows:
 * <pre>
 *   L = −(1/n) Σ_i log p_i,y_i          = −(1/n) Σ_i Σ_j t_ij · log p_ij   with t the one-hot labels
 * </pre>
 * Why (the notes): the information of an outcome of probability p is {@code log(1/p)} — rare
 * outcomes tell more. Cross-entropy is the information the model p assigns to what really
 * happened, on average. It is 0 when the model puts probability 1 on the true class and grows
 * without bound as the model puts probability 0 there. Labels are {@code int[]} class indices
 * (see the package); for soft target rows use {@link Node#crossEntropy(Node, Tensor)}.
 */
public final class CrossEntropyLoss {
    private CrossEntropyLoss() {
    }

    /**
     * Cross-entropy of softmax(z) against class labels, fused and stable (wraps
     * {@link Node#crossEntropy(Node, int[])}); the multiclass models train on it.
     *
     * @param z logits, shape {@code [n, k]}, n at least 1
     * @param labels n class indices in {@code [0, k)}, {@code [n]}
     * @return the mean cost, shape {@code []}
     */
    public static Node ofLogits(Node z, int[] labels) {
        Labels.oneHot("crossEntropy", z.shape(), labels);
        return Node.crossEntropy(z, labels);
    }

    /**
     * The textbook formula on probabilities, with p raised to at least {@link LogLoss#PROBABILITY_FLOOR}
     * inside the log. A row whose true class got probability 1 costs 0; one whose true class got
     * probability 0 costs {@code −log(PROBABILITY_FLOOR)}.
     *
     * @param p predicted rows of probabilities, shape {@code [n, k]}, n at least 1
     * @param labels n class indices in {@code [0, k)}, {@code [n]}
     * @return the mean cost, shape {@code []}
     */
    public static Node ofProbabilities(Node p, int[] labels) {
        Tensor t = Labels.oneHot("crossEntropy", p.shape(), labels);
        int n = labels.length;
        Node logP = p.max(Node.constant(LogLoss.PROBABILITY_FLOOR)).log();
        return Node.constant(t).mul(logP).sum().div(n).neg();
    }
}
