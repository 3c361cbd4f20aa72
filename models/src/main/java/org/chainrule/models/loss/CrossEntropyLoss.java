package org.chainrule.models.loss;

import org.chainrule.autograd.Node;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;

/**
 * Cross-entropy between target distributions t and predicted distributions p, averaged over rows:
 * <pre>
 *   L = −(1/n) Σ_i Σ_j t_ij · log p_ij
 * </pre>
 * Why (the notes): the information of an outcome of probability p is {@code log(1/p)} — rare
 * outcomes tell more. Cross-entropy is the information the model p assigns to what really
 * happened (t), on average. It is 0 when the model puts probability 1 on the true one-hot class,
 * equals the entropy {@code −Σ t log t} when p = t, and grows without bound as the model puts
 * probability 0 where t has mass.
 */
public final class CrossEntropyLoss {
    /**
     * Lowest probability allowed inside the log in {@link #ofProbabilities} (Keras's epsilon).
     * Why: log 0 = −∞. With the floor, a row whose true class got probability 0 costs
     * {@code −log(1e-7) ≈ 16.118} instead of infinity — large, but finite, so training can go on.
     */
    public static final double PROBABILITY_FLOOR = 1e-7;

    private CrossEntropyLoss() {
    }

    /**
     * Cross-entropy of softmax(z) against class labels, fused and stable (wraps
     * {@link Node#crossEntropy(Node, int[])}); use it for training.
     *
     * @param z logits, shape {@code [n, k]}
     * @param labels n class indices in {@code [0, k)}
     * @return the mean cost, shape {@code []}
     */
    public static Node ofLogits(Node z, int[] labels) {
        return Node.crossEntropy(z, labels);
    }

    /**
     * Cross-entropy of softmax(z) against target distributions (one-hot or soft), fused and stable.
     *
     * @param z logits, shape {@code [n, k]}
     * @param t target rows of probabilities, shape {@code [n, k]}; not modified
     * @return the mean cost, shape {@code []}
     */
    public static Node ofLogits(Node z, Tensor t) {
        return Node.crossEntropy(z, t);
    }

    /**
     * The textbook formula on probabilities, with p raised to at least {@link #PROBABILITY_FLOOR}
     * inside the log. Equal one-hot rows give 0; p = t gives the entropy of t; a row whose true
     * class got probability 0 gives {@code −log(PROBABILITY_FLOOR)}.
     *
     * @param p predicted rows of probabilities, shape {@code [n, k]}
     * @param t target rows of probabilities, shape {@code [n, k]}; not modified
     * @return the mean cost, shape {@code []}
     */
    public static Node ofProbabilities(Node p, Tensor t) {
        if (p.shape().rank() != 2 || !p.shape().equals(t.shape())) {
            throw new ShapeException(String.format("crossEntropy: probabilities are %s and targets are %s; "
                    + "both must be [n, k]: n rows of k class probabilities.", p.shape(), t.shape()));
        }
        int n = p.shape().dim(0);
        Node logP = p.maximum(Node.constant(PROBABILITY_FLOOR)).log();
        return Node.constant(t).mul(logP).sum().div(n).neg();
    }
}
