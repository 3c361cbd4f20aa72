package org.chainrule.models;

import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.core.Rng;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;
import org.chainrule.models.loss.LogLoss;
import org.chainrule.models.loss.Loss;

/**
 * Binary logistic regression, the notes' week-2 model:
 * <pre>
 *   z = X·W + b          X: [n, d],  W: [d, 1],  b: [1]
 *   h = σ(z) = P(y = 1 | x)
 *   predict 1 where h ≥ 0.5
 * </pre>
 * By default it trains on the log loss from the logits ({@link LogLoss#ofLogits}, the stable form of
 * the notes' cost). Any binary {@link Loss} can take its place: the hinge loss makes it a linear SVM,
 * the exponential loss AdaBoost's cost, and {@link LogLoss#viaProbabilities} the notes' own
 * computation (σ, then the floored logs), which retraces their printed numbers digit for digit.
 */
public final class LogisticRegression implements Classifier {
    /** Predict class 1 when P(y = 1) is at least this: the notes' {@code np.where(H >= 0.5, 1, 0)}. */
    public static final double THRESHOLD = 0.5;

    private final Linear linear;
    private final Loss loss;

    /**
     * A model starting from given weights (e.g. the notes' {@code W0 = [[-0.1010], [0.6848]]},
     * {@code b0 = [0.3841]}), trained on {@link LogLoss#ofLogits}; parameters named {@code W}, {@code b}.
     *
     * @param w0 weights, shape {@code [d, 1]}, d at least 1; not modified
     * @param b0 bias, shape {@code [1]}
     */
    public LogisticRegression(Tensor w0, Tensor b0) {
        this(w0, b0, LogLoss::ofLogits);
    }

    /**
     * A model starting from given weights, trained on {@code loss}.
     *
     * @param w0 weights, shape {@code [d, 1]}, d at least 1; not modified
     * @param b0 bias, shape {@code [1]}
     * @param loss a binary loss of the logits {@code [n, 1]} and 0/1 labels, e.g. {@code HingeLoss::of}
     */
    public LogisticRegression(Tensor w0, Tensor b0, Loss loss) {
        this(w0, b0, loss, "");
    }

    /**
     * A model starting from random weights drawn like the notes' {@code tf.random.normal}
     * ({@link Init#normal}), trained on {@link LogLoss#ofLogits}.
     *
     * @param d number of features, at least 1
     * @param rng the random stream; it moves on
     */
    public LogisticRegression(int d, Rng rng) {
        this(d, rng, LogLoss::ofLogits);
    }

    /**
     * A model starting from N(0, 1) weights, trained on {@code loss}.
     *
     * @param d number of features, at least 1
     * @param rng the random stream; it moves on
     * @param loss a binary loss, e.g. {@code HingeLoss::of}
     */
    public LogisticRegression(int d, Rng rng, Loss loss) {
        this(Init.normal(d, 1, rng), Init.normal(1, rng), loss, "");
    }

    /** Parameters named {@code "W" + suffix}, {@code "b" + suffix} (used by {@link OneVsRest}). */
    LogisticRegression(Tensor w0, Tensor b0, Loss loss, String suffix) {
        if (w0.rank() != 2 || w0.shape().dim(1) != 1) {
            throw new ShapeException(String.format("LogisticRegression: W0 is %s; it must be [d, 1], one "
                    + "weight per feature in a single column.", w0.shape()));
        }
        this.linear = new Linear(w0, b0, suffix);
        this.loss = loss;
    }

    /** The logit {@code z = X·W + b}. @param x features {@code [n, d]} @return shape {@code [n, 1]} */
    @Override
    public Node forward(Node x) {
        return linear.forward(x);
    }

    /** The notes' hypothesis {@code h = σ(X·W + b)}. @param x features {@code [n, d]} @return {@code [n, 1]} */
    public Node probabilities(Node x) {
        return forward(x).sigmoid();
    }

    /** P(y = 1) for each row. @param x features {@code [n, d]} @return shape {@code [n, 1]} */
    @Override
    public Tensor probabilities(Tensor x) {
        return probabilities(Node.constant(x)).value();
    }

    /** 1 where P(y = 1) ≥ {@link #THRESHOLD}, else 0. @param x features {@code [n, d]} */
    @Override
    public int[] predict(Tensor x) {
        double[] h = probabilities(x).toArray();
        int[] classes = new int[h.length];
        for (int i = 0; i < h.length; i++) {
            classes[i] = h[i] >= THRESHOLD ? 1 : 0;
        }
        return classes;
    }

    /**
     * The model's loss of the logits, by default the log loss {@code −mean(y·log h + (1 − y)·log(1 − h))}.
     *
     * @param x features, shape {@code [n, d]}
     * @param labels n labels, each 0 or 1, {@code [n]}
     */
    @Override
    public Node loss(Node x, int[] labels) {
        return loss.of(forward(x), labels);
    }

    /**
     * The line {@code y = −(w0/w1)·x − b/w1} where P(y = 1) = 0.5, for a model of two features.
     *
     * @throws IllegalStateException if the model does not have 2 features, w0 = w1 = 0 (no line), or w1 = 0
     *     (the line is vertical)
     */
    public DecisionBoundary decisionBoundary() {
        double[] w = weights().value().toArray();
        double b = bias().value().item();
        if (w.length != 2) {
            throw new IllegalStateException(String.format("decisionBoundary: W is %s; a boundary line in the "
                    + "plane needs exactly 2 features (W [2, 1]).", weights().shape()));
        }
        if (w[0] == 0 && w[1] == 0) {
            throw new IllegalStateException("decisionBoundary: w0 = w1 = 0; the model ignores both features, so "
                    + "there is no boundary line (every point gets the same P(y = 1)).");
        }
        if (w[1] == 0) {
            throw new IllegalStateException(String.format("decisionBoundary: w1 is 0, so the boundary is the "
                    + "vertical line x = −b/w0 = %s and has no slope.", -b / w[0]));
        }
        return new DecisionBoundary(-w[0] / w[1], -b / w[1]);
    }

    /** The weights W, shape {@code [d, 1]} (the live parameter). */
    public Node weights() {
        return linear.weights();
    }

    /** The bias b, shape {@code [1]} (the live parameter). */
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
        return "LogisticRegression(" + weights().shape().dim(0) + " features)";
    }
}
