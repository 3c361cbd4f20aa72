package org.chainrule.models;

import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;

/**
 * A model that sorts rows of features into classes. Everything the {@link org.chainrule.models.train.Trainer}, the metrics
 * and the plots need: scores to differentiate, a loss to train on, predictions to count.
 */
public interface Classifier {

    /**
     * Class scores (logits) of a batch; the graph the gradients flow through.
     *
     * @param x features, shape {@code [n, d]}
     * @return scores, shape {@code [n, k]} ({@code [n, 1]} for a binary logistic model: the logit z)
     */
    Node forward(Node x);

    /**
     * The loss this model trains on (each model documents which one).
     *
     * @param x features, shape {@code [n, d]}
     * @param labels n class indices in {@code [0, k)}
     * @return the mean loss over the batch, shape {@code []}
     */
    Node loss(Node x, int[] labels);

    /**
     * Class probabilities of each row.
     *
     * @param x features, shape {@code [n, d]}
     * @return shape {@code [n, k]}; for a binary logistic model {@code [n, 1]} holding P(y = 1)
     */
    Tensor probabilities(Tensor x);

    /**
     * The predicted class of each row.
     *
     * @param x features, shape {@code [n, d]}
     * @return n class indices
     */
    int[] predict(Tensor x);

    /** The trainable leaves, named (e.g. {@code W}, {@code b}, or {@code W1}, {@code b1}, {@code W2}, …). */
    List<Node> parameters();
}
