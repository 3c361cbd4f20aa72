package org.chainrule.models.loss;

import org.chainrule.autograd.Node;
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
 * {@link #ofLogits}, the same number computed from z without ever forming log(h) — use it for training.
 */
public final class LogLoss {
    /**
     * Lowest value allowed inside each log: h and 1 − h are raised to at least this (Keras's
     * epsilon). Why: σ(z) rounds to exactly 1 for z &gt; 37 in double precision, and log(1 − 1) =
     * −∞ would make the cost infinite. With the floor, one example can cost at most −log(1e-7) ≈ 16.1.
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
     * @param h probabilities P(y = 1) in [0, 1], shape {@code [n, 1]}
     * @param y labels 0/1, shape {@code [n, 1]} (the notes' {@code Y_train}); not modified
     * @return the mean cost, shape {@code []}
     */
    public static Node ofProbabilities(Node h, Tensor y) {
        Labels.binary("logLoss", h.shape(), y);
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
     * @param z logits (scores before the sigmoid), shape {@code [n, 1]}
     * @param y labels 0/1, shape {@code [n, 1]}; not modified
     * @return the mean cost, shape {@code []}
     */
    public static Node ofLogits(Node z, Tensor y) {
        Labels.binary("logLoss", z.shape(), y);
        Node positivePart = z.maximum(Node.constant(0.0));
        Node abs = z.maximum(z.neg());
        Node tail = abs.neg().exp().add(1).log();
        return positivePart.sub(Node.constant(y).mul(z)).add(tail).mean();
    }
}
