package org.chainrule.models;

import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.core.Rng;
import org.chainrule.core.Tensor;
import org.chainrule.models.loss.CrossEntropyLoss;
import org.chainrule.models.loss.Loss;

/**
 * Multinomial logistic (softmax) regression: k classes scored by <b>one</b> matrix.
 * <pre>
 *   Z = X·W + b          X: [n, d],  W: [d, k],  b: [k]
 *   P = softmax(Z)       each row positive, summing to 1
 *   predict argmax_j Z_ij
 * </pre>
 * The notes: instead of k separate binary models (see {@link OneVsRest}), stack their weight
 * columns into one matrix and compute every class score with one product. Column j of W is class
 * j's template; drawn as an image it looks like the class (the notes' "W shows the silhouette").
 * Trains on cross-entropy from the logits by default; {@link org.chainrule.models.loss.MulticlassHingeLoss} makes it a
 * multiclass SVM (the same scores, another loss).
 */
public final class SoftmaxRegression implements SoftmaxClassifier {
    private final Linear linear;
    private final Loss loss;

    /**
     * Xavier-uniform W and zero b (see {@link Linear}), trained on cross-entropy; parameters named {@code W}, {@code b}.
     *
     * @param d number of features, at least 1
     * @param k number of classes, at least 1
     * @param rng the random stream; it moves on
     */
    public SoftmaxRegression(int d, int k, Rng rng) {
        this(d, k, rng, CrossEntropyLoss::ofLogits);
    }

    /**
     * Xavier-uniform W and zero b, trained on {@code loss}.
     *
     * @param d number of features, at least 1
     * @param k number of classes, at least 1
     * @param rng the random stream; it moves on
     * @param loss a multiclass loss of the scores {@code [n, k]} and class indices, e.g. {@code MulticlassHingeLoss::of}
     */
    public SoftmaxRegression(int d, int k, Rng rng, Loss loss) {
        this.linear = new Linear(d, k, rng);
        this.loss = loss;
    }

    /**
     * A model starting from given weights, trained on cross-entropy.
     *
     * @param w weights, shape {@code [d, k]}; not modified
     * @param b bias, shape {@code [k]}
     */
    public SoftmaxRegression(Tensor w, Tensor b) {
        this.linear = new Linear(w, b);
        this.loss = CrossEntropyLoss::ofLogits;
    }

    /** The class scores {@code X·W + b}. @param x features {@code [n, d]} @return {@code [n, k]} */
    @Override
    public Node forward(Node x) {
        return linear.forward(x);
    }

    /**
     * The model's loss of the scores, by default cross-entropy of softmax(scores).
     *
     * @param x features, shape {@code [n, d]}
     * @param labels n class indices in {@code [0, k)}
     */
    @Override
    public Node loss(Node x, int[] labels) {
        return loss.of(forward(x), labels);
    }

    /** The weights W, shape {@code [d, k]}: column j is class j's template. */
    public Node weights() {
        return linear.weights();
    }

    /** The bias b, shape {@code [k]}. */
    public Node bias() {
        return linear.bias();
    }

    /** {@code [W, b]}. */
    @Override
    public List<Node> parameters() {
        return linear.parameters();
    }

    @Override
    public String toString() {
        return "SoftmaxRegression(" + weights().shape().dim(0) + " features, " + weights().shape().dim(1) + " classes)";
    }
}
