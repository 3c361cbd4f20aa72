package org.chainrule.models;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.core.ClassLabels;
import org.chainrule.core.Rng;
import org.chainrule.core.Tensor;
import org.chainrule.models.data.LabelEncoding;
import org.chainrule.models.loss.LogLoss;
import org.chainrule.models.loss.Loss;

/**
 * One-vs-rest (one-vs-all): k binary logistic models, model j answering "class j, or not?".
 * <pre>
 *   h_j = σ(X·W_j + b_j)          W_j: [d, 1],  b_j: [1],  j = 0 … k−1
 *   predict argmax_j h_j
 * </pre>
 * The notes' first route to many classes. Each model is trained on its own binary question (the
 * loss is the sum of the k binary losses — the log loss from the logits by default — so their
 * gradients do not mix); the probabilities of the k models need not sum to 1. {@link SoftmaxRegression} is the same idea with the k columns in one
 * matrix and one normalised softmax.
 */
public final class OneVsRest implements Classifier {
    private final List<LogisticRegression> models;

    /**
     * k models, each started like {@link LogisticRegression#LogisticRegression(int, Rng)} and trained
     * on {@link LogLoss#ofLogits}; model j's parameters are named {@code W_j}, {@code b_j}.
     *
     * @param d number of features, at least 1
     * @param k number of classes, at least 2
     * @param rng the random stream; it moves on
     */
    public OneVsRest(int d, int k, Rng rng) {
        this(d, k, rng, LogLoss::ofLogits);
    }

    /**
     * k models trained on the binary {@code loss}, e.g. {@code HingeLoss::of} (one-vs-rest SVMs).
     *
     * @param d number of features, at least 1
     * @param k number of classes, at least 2
     * @param rng the random stream; it moves on
     * @param loss the binary loss each model trains on, of its logits {@code [n, 1]} and 0/1 labels
     */
    public OneVsRest(int d, int k, Rng rng, Loss loss) {
        if (k < 2) {
            throw new IllegalArgumentException("OneVsRest: k is " + k + "; one-vs-rest needs at least 2 classes.");
        }
        List<LogisticRegression> list = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            list.add(new LogisticRegression(Init.normal(d, 1, rng), Init.normal(1, rng), loss, "_" + j));
        }
        this.models = List.copyOf(list);
    }

    /**
     * The k logits side by side: column j is model j's {@code z_j}, placed by multiplying the column
     * {@code [n, 1]} with the unit row {@code e_j} {@code [1, k]} and adding up.
     *
     * @param x features, shape {@code [n, d]}
     * @return shape {@code [n, k]}
     */
    @Override
    public Node forward(Node x) {
        int k = models.size();
        Node scores = null;
        for (int j = 0; j < k; j++) {
            Tensor unit = LabelEncoding.oneHot(new int[] {j}, k);     // e_j, [1, k]
            Node column = models.get(j).forward(x).mul(Node.constant(unit));
            scores = scores == null ? column : scores.add(column);
        }
        return scores;
    }

    /**
     * The sum over j of model j's loss on "label == j" (1 for class j, 0 for the rest).
     *
     * @param x features, shape {@code [n, d]}
     * @param labels n class indices in {@code [0, k)}
     */
    @Override
    public Node loss(Node x, int[] labels) {
        ClassLabels.check("OneVsRest", labels, models.size());
        Node total = null;
        for (int j = 0; j < models.size(); j++) {
            Node lj = models.get(j).loss(x, isClass(labels, j));
            total = total == null ? lj : total.add(lj);
        }
        return total;
    }

    /** Binary labels for model j: 1 where {@code labels[i] == j}, else 0. */
    private static int[] isClass(int[] labels, int j) {
        int[] binary = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            binary[i] = labels[i] == j ? 1 : 0;
        }
        return binary;
    }

    /** Each model's P(class j), side by side (rows need not sum to 1). @param x {@code [n, d]} @return {@code [n, k]} */
    @Override
    public Tensor probabilities(Tensor x) {
        return forward(Node.constant(x)).sigmoid().value();
    }

    /** The class whose model is most sure. @param x features {@code [n, d]} */
    @Override
    public int[] predict(Tensor x) {
        return Targets.argmaxRows(probabilities(x));
    }

    /** The k binary models, class 0 first. */
    public List<LogisticRegression> models() {
        return models;
    }

    /** {@code [W_0, b_0, W_1, b_1, …]}. */
    @Override
    public List<Node> parameters() {
        List<Node> all = new ArrayList<>();
        for (LogisticRegression m : models) {
            all.addAll(m.parameters());
        }
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return "OneVsRest(" + models.size() + " × " + models.get(0) + ")";
    }
}
