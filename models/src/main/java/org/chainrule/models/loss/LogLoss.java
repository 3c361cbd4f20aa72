package org.chainrule.models.loss;

import org.chainrule.autograd.Node;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;

/**
 * Log loss, also called binary cross-entropy: the notes' cost for logistic regression.
 * <pre>
 *   L = −mean( y·log h + (1 − y)·log(1 − h) )          h = P(y = 1) = σ(z),  y ∈ {0, 1}
 * </pre>
 * Why: {@code log h} is "higher is better" (0 when the right class gets probability 1, very
 * negative when it gets almost 0); the minus sign turns it into a cost, as the notes say. Unlike
 * the 0/1 loss it charges a confident mistake more than a narrow one, and it is smooth.
 *
 * <p>Two forms: {@link #ofProbabilities} written with the notes' own operations, and
 * {@link #ofLogits}, the same number computed from z without ever forming log(h) — the one the models
 * train on. {@link #viaProbabilities} is the notes' computation as a {@link Loss} (σ, then the floored
 * logs), for the demos that retrace the notes' numbers. Labels are {@code int[]} 0/1 (see the package).
 */
public final class LogLoss {
    /**
     * Lowest probability allowed inside a log, the one floor of this package (Keras's epsilon): here
     * h and 1 − h are raised to at least this, and {@link CrossEntropyLoss#ofProbabilities} uses it
     * too. Why: σ(z) rounds to exactly 1 for z &gt; 37 in double precision, and log(1 − 1) = −∞
     * would make the cost infinite. With the floor, one example can cost at most −log(1e-7) ≈ 16.1.
     * Where the floor is active the loss is flat, so no gradient pushes h back — another reason to
     * train with {@link #ofLogits}.
     */
    public static final double PROBABILITY_FLOOR = 1e-7;

    private LogLoss() {
    }

    /**
     * The notes' formula on probabilities, line for line:
     * {@code -tf.reduce_mean(Y*tf.math.log(H) + (1-Y)*tf.math.log(1-H))}, with each log's argument
     * raised to at least {@link #PROBABILITY_FLOOR}.
     *
     * @param h probabilities P(y = 1) in [0, 1], shape {@code [n, 1]}, n at least 1
     * @param labels n labels, each 0 or 1, {@code [n]} (the notes' {@code Y_train}, as class indices)
     * @return the mean cost, shape {@code []}
     */
    public static Node ofProbabilities(Node h, int[] labels) {
        Tensor y = Labels.binary("logLoss", h.shape(), labels);
        Node floor = Node.constant(PROBABILITY_FLOOR);
        Node one = Node.constant(1.0);
        Node yy = Node.constant(y);
        Node logH = h.maximum(floor).log();
        Node logOneMinusH = one.sub(h).maximum(floor).log();
        return yy.mul(logH).add(one.sub(yy).mul(logOneMinusH)).mean().neg();
    }

    /**
     * The same cost from the logits z (h = σ(z)), stable for every z:
     * <pre>
     *   −[y·log σ(z) + (1 − y)·log(1 − σ(z))]  =  softplus(z) − y·z  =  max(z, 0) − y·z + log(1 + e^−|z|)
     * </pre>
     * Why this form: {@code e^−|z|} is at most 1, so nothing overflows, and no log of a rounded
     * 0 ever appears — no floor is needed. Both {@code max(z, 0)} and {@code |z| = max(z, −z)} use the
     * max gate, which sends a tie to its first input z: at z = 0 both take their z ≥ 0 branch, so
     * the gradient there is the true σ(0) − y.
     *
     * @param z logits (scores before the sigmoid), shape {@code [n, 1]}, n at least 1
     * @param labels n labels, each 0 or 1, {@code [n]}
     * @return the mean cost, shape {@code []}
     */
    public static Node ofLogits(Node z, int[] labels) {
        Tensor y = Labels.binary("logLoss", z.shape(), labels);
        return ofLogits(z, Node.constant(y));
    }

    /**
     * The same stable formula with the labels as a node: a column of 0/1 values, e.g. an input of a
     * traced graph ({@code Trainer.traced()}), whose labels change from batch to batch.
     *
     * @param z logits, shape {@code [n, 1]}
     * @param y labels 0 or 1 as numbers, shape {@code [n, 1]}; no gradient is asked of it
     * @return the mean cost, shape {@code []}
     */
    public static Node ofLogits(Node z, Node y) {
        if (!y.shape().equals(z.shape())) {
            throw new ShapeException(String.format("logLoss: logits z are %s but labels y are %s; both must be [n, 1].",
                    z.shape(), y.shape()));
        }
        Node positivePart = z.maximum(Node.constant(0.0));
        Node abs = z.maximum(z.neg());
        Node tail = abs.neg().exp().add(1).log();
        return positivePart.sub(y.mul(z)).add(tail).mean();
    }

    /**
     * The notes' computation from the logits: {@code h = σ(z)}, then {@link #ofProbabilities}, floor
     * and all. The same cost as {@link #ofLogits} wherever the floor is not reached, but it rounds
     * like the notes' TensorFlow code, and where h is within the floor of 0 or 1 the cost is flat (the
     * learning-rate demo's η = 10 story). A {@link Loss}, for the demos that retrace the notes.
     *
     * @param z logits, shape {@code [n, 1]}
     * @param labels n labels, each 0 or 1, {@code [n]}
     * @return the mean cost, shape {@code []}
     */
    public static Node viaProbabilities(Node z, int[] labels) {
        return ofProbabilities(z.sigmoid(), labels);
    }
}
