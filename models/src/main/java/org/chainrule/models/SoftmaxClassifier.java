package org.chainrule.models;

import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;
import org.chainrule.models.loss.CrossEntropyLoss;

/**
 * A classifier whose {@link #forward} gives one score (logit) per class, read through softmax:
 * softmax regression and the MLP. What follows from the scores is the same for both:
 * <pre>
 *   loss           = crossEntropy(softmax(scores), labels)
 *   probabilities  = softmax(scores)            by rows, [n, k]
 *   predict        = argmax(scores)             by rows (softmax keeps the order)
 * </pre>
 */
public interface SoftmaxClassifier extends Classifier {

    /** Cross-entropy of softmax(logits) against the labels. @param x {@code [n, d]} @param labels n classes */
    @Override
    default Node loss(Node x, int[] labels) {
        return CrossEntropyLoss.ofLogits(forward(x), labels);
    }

    /** softmax(logits) by rows. @param x features {@code [n, d]} @return {@code [n, k]} */
    @Override
    default Tensor probabilities(Tensor x) {
        return forward(Node.constant(x)).softmax(1).value();
    }

    /** The class with the largest logit in each row. @param x features {@code [n, d]} */
    @Override
    default int[] predict(Tensor x) {
        return Targets.argmaxRows(forward(Node.constant(x)).value());
    }
}
