package org.chainrule.exercises.losses;

import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;

/**
 * E05: six losses by hand, each the <b>mean</b> over the n rows, each with its gradient with
 * respect to its first argument (except the 0/1 loss, which has none worth having).
 * <pre>
 *   binary cross-entropy   L = −(1/n) Σ_i [ y_i·log h_i + (1 − y_i)·log(1 − h_i) ]     h = σ(z) ∈ [0, 1]
 *   softmax cross-entropy  L = (1/n) Σ_i [ log Σ_j e^(s_ij) − s_i,y_i ]               ∂L/∂s = (softmax(s) − onehot)/n
 *   hinge                  L = (1/n) Σ_i max(0, 1 − t_i·s_i)                          t = 2y − 1 ∈ {−1, +1}
 *   multiclass hinge       L = (1/n) Σ_i Σ_{j ≠ y_i} max(0, s_ij − s_i,y_i + 1)
 *   exponential            L = (1/n) Σ_i e^(−t_i·s_i)                                 t = 2y − 1
 *   0/1                    L = (1/n) Σ_i [ŷ_i ≠ y_i]                                  no useful gradient
 * </pre>
 * Labels are class indices: binary labels are 0 or 1 (as in the notes' {@code Y_train}); the
 * margin losses turn them into signs {@code t = 2y − 1} themselves.
 *
 * <p>"By hand": only {@code org.chainrule.core} ({@link Tensor} and its plain operations) may be
 * used — not {@code models}' losses, not {@code Node}.
 */
public final class Losses {
    /**
     * Lowest value allowed inside a log (Keras's epsilon): {@code log 0 = −∞}. With the floor a
     * row whose true class got probability 0 costs {@code −log(1e-7) ≈ 16.1} instead of infinity.
     * Where the floor is active the loss is flat, so its gradient there is 0.
     */
    public static final double PROBABILITY_FLOOR = 1e-7;

    /** The margin the hinge losses ask for: a right score must win by at least 1 to cost nothing. */
    public static final double MARGIN = 1.0;

    private Losses() {
    }

    /**
     * The notes' cost for logistic regression, the log loss, on probabilities:
     * <pre>
     *   L = −(1/n) Σ_i [ y_i·log max(h_i, ε) + (1 − y_i)·log max(1 − h_i, ε) ]        ε = PROBABILITY_FLOOR
     *   ∂L/∂h_i = −1/(n·h_i) if y_i = 1,   +1/(n·(1 − h_i)) if y_i = 0              (0 where the floor is active)
     * </pre>
     * The minus sign turns "higher is better" ({@code log h}, at most 0) into a cost (the notes).
     *
     * @param h probabilities P(y = 1), each in [0, 1], shape {@code [n, 1]}
     * @param labels n labels, each 0 or 1, {@code [n]}
     * @return the mean loss and ∂L/∂h, shape {@code [n, 1]}
     * @throws IllegalArgumentException if h is not {@code [n, 1]}, a label is not 0 or 1, or an h is not in [0, 1]
     */
    public static LossAndGradient binaryCrossEntropy(Tensor h, int[] labels) {
        // BEGIN SOLUTION
        int n = checkRows("binaryCrossEntropy", h, labels, 1);
        double[] p = h.toArray();
        double[] grad = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            checkProbability(p[i], i);
            boolean positive = labels[i] == 1;
            double right = positive ? p[i] : 1 - p[i];         // the probability given to the true class
            total -= Math.log(Math.max(right, PROBABILITY_FLOOR));
            double slope = right < PROBABILITY_FLOOR ? 0 : 1 / (n * right);
            grad[i] = positive ? -slope : slope;
        }
        return new LossAndGradient(total / n, Tensor.of(h.shape(), grad));
        // END SOLUTION
    }

    /**
     * Cross-entropy of softmax(s) against class labels, computed from the scores (stable):
     * <pre>
     *   m_i = max_j s_ij,   log Σ_j e^(s_ij) = m_i + log Σ_j e^(s_ij − m_i)        (nothing overflows)
     *   L = (1/n) Σ_i [ log Σ_j e^(s_ij) − s_i,y_i ]
     *   ∂L/∂s_ij = (softmax(s)_ij − [j = y_i]) / n
     * </pre>
     * It is 0 when softmax puts probability 1 on the true class and grows without bound as that
     * probability goes to 0 (the notes' cases).
     *
     * @param scores class scores (logits), shape {@code [n, k]}, k ≥ 2
     * @param labels n class indices, each in {@code [0, k)}, {@code [n]}
     * @return the mean loss and ∂L/∂scores, shape {@code [n, k]}
     * @throws IllegalArgumentException if scores is not {@code [n, k]} or a label is out of range
     */
    public static LossAndGradient softmaxCrossEntropy(Tensor scores, int[] labels) {
        // BEGIN SOLUTION
        int n = checkRows("softmaxCrossEntropy", scores, labels, 2);
        int k = scores.shape().dim(1);
        double[] s = scores.toArray();
        double[] grad = new double[n * k];
        double total = 0;
        for (int i = 0; i < n; i++) {
            int row = i * k;
            double max = s[row];
            for (int j = 1; j < k; j++) {
                max = Math.max(max, s[row + j]);
            }
            double sumExp = 0;
            for (int j = 0; j < k; j++) {
                grad[row + j] = Math.exp(s[row + j] - max);    // overflow countermeasure: every exponent ≤ 0
                sumExp += grad[row + j];
            }
            total += max + Math.log(sumExp) - s[row + labels[i]];
            for (int j = 0; j < k; j++) {
                grad[row + j] = (grad[row + j] / sumExp - (j == labels[i] ? 1 : 0)) / n;
            }
        }
        return new LossAndGradient(total / n, Tensor.of(scores.shape(), grad));
        // END SOLUTION
    }

    /**
     * The hinge loss of the support vector machine:
     * <pre>
     *   t_i = 2·y_i − 1 ∈ {−1, +1},   margin_i = t_i·s_i
     *   L = (1/n) Σ_i max(0, 1 − margin_i)
     *   ∂L/∂s_i = −t_i / n where margin_i &lt; 1, else 0
     * </pre>
     *
     * @param scores scores (logits), shape {@code [n, 1]}
     * @param labels n labels, each 0 or 1, {@code [n]}
     * @return the mean loss and ∂L/∂scores, shape {@code [n, 1]}
     * @throws IllegalArgumentException if scores is not {@code [n, 1]} or a label is not 0 or 1
     */
    public static LossAndGradient hinge(Tensor scores, int[] labels) {
        // BEGIN SOLUTION
        int n = checkRows("hinge", scores, labels, 1);
        double[] s = scores.toArray();
        double[] grad = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            double sign = 2 * labels[i] - 1;
            double shortfall = MARGIN - sign * s[i];
            if (shortfall > 0) {
                total += shortfall;
                grad[i] = -sign / n;
            }
        }
        return new LossAndGradient(total / n, Tensor.of(scores.shape(), grad));
        // END SOLUTION
    }

    /**
     * The multiclass hinge loss (multiclass SVM): every wrong class that comes within the margin
     * of the true class is charged.
     * <pre>
     *   d_ij = s_ij − s_i,y_i + 1                                  for j ≠ y_i
     *   L = (1/n) Σ_i Σ_{j ≠ y_i} max(0, d_ij)
     *   ∂L/∂s_ij = 1/n where d_ij &gt; 0 (j ≠ y_i);   ∂L/∂s_i,y_i = −(the number of such j) / n
     * </pre>
     *
     * @param scores class scores, shape {@code [n, k]}, k ≥ 2
     * @param labels n class indices, each in {@code [0, k)}, {@code [n]}
     * @return the mean loss and ∂L/∂scores, shape {@code [n, k]}
     * @throws IllegalArgumentException if scores is not {@code [n, k]} or a label is out of range
     */
    public static LossAndGradient multiclassHinge(Tensor scores, int[] labels) {
        // BEGIN SOLUTION
        int n = checkRows("multiclassHinge", scores, labels, 2);
        int k = scores.shape().dim(1);
        double[] s = scores.toArray();
        double[] grad = new double[n * k];
        double total = 0;
        for (int i = 0; i < n; i++) {
            int row = i * k;
            int truth = row + labels[i];
            int charged = 0;
            for (int j = row; j < row + k; j++) {
                double d = s[j] - s[truth] + MARGIN;
                if (j != truth && d > 0) {
                    total += d;
                    grad[j] = 1.0 / n;
                    charged++;
                }
            }
            grad[truth] = -(double) charged / n;
        }
        return new LossAndGradient(total / n, Tensor.of(scores.shape(), grad));
        // END SOLUTION
    }

    /**
     * The exponential loss (AdaBoost's): a steeper penalty for a wrong side (the notes).
     * <pre>
     *   t_i = 2·y_i − 1 ∈ {−1, +1}
     *   L = (1/n) Σ_i e^(−t_i·s_i)
     *   ∂L/∂s_i = −t_i·e^(−t_i·s_i) / n
     * </pre>
     *
     * @param scores scores (logits), shape {@code [n, 1]}
     * @param labels n labels, each 0 or 1, {@code [n]}
     * @return the mean loss and ∂L/∂scores, shape {@code [n, 1]}
     * @throws IllegalArgumentException if scores is not {@code [n, 1]} or a label is not 0 or 1
     */
    public static LossAndGradient exponential(Tensor scores, int[] labels) {
        // BEGIN SOLUTION
        int n = checkRows("exponential", scores, labels, 1);
        double[] s = scores.toArray();
        double[] grad = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            double sign = 2 * labels[i] - 1;
            double e = Math.exp(-sign * s[i]);
            total += e;
            grad[i] = -sign * e / n;
        }
        return new LossAndGradient(total / n, Tensor.of(scores.shape(), grad));
        // END SOLUTION
    }

    /**
     * The 0/1 loss, the fraction of rows predicted wrongly. The prediction of a row is class 1
     * when its one score is ≥ 0 (σ(s) ≥ 0.5), or the class with the largest score when there are
     * k ≥ 2 (the first one on a tie).
     * <pre>
     *   L = (1/n) Σ_i [ŷ_i ≠ y_i]
     * </pre>
     * There is no gradient: L is a step function of the scores (flat almost everywhere, jumping
     * where a prediction flips), so gradient descent cannot train on it.
     *
     * @param scores scores, shape {@code [n, 1]} (binary) or {@code [n, k]} (k classes)
     * @param labels n labels: 0 or 1 for {@code [n, 1]}, else class indices in {@code [0, k)}; {@code [n]}
     * @return the fraction wrong, in [0, 1]
     * @throws IllegalArgumentException if scores is not a matrix with one row per label, or a label is out of range
     */
    public static double zeroOne(Tensor scores, int[] labels) {
        // BEGIN SOLUTION
        int k = scores.rank() == 2 ? scores.shape().dim(1) : 0;
        int n = checkRows("zeroOne", scores, labels, Math.min(k, 2));
        int wrong = 0;
        for (int i = 0; i < n; i++) {
            int predicted = k == 1 ? (scores.get(i, 0) >= 0 ? 1 : 0) : argmax(scores, i);
            wrong += predicted == labels[i] ? 0 : 1;
        }
        return (double) wrong / n;
        // END SOLUTION
    }

    /**
     * The column of the largest score in row i (the first one on a tie).
     *
     * @param scores shape {@code [n, k]}
     * @param i a row index
     */
    private static int argmax(Tensor scores, int i) {
        // BEGIN SOLUTION
        int best = 0;
        for (int j = 1; j < scores.shape().dim(1); j++) {
            if (scores.get(i, j) > scores.get(i, best)) {
                best = j;
            }
        }
        return best;
        // END SOLUTION
    }

    /**
     * Checks that {@code scores} is {@code [n, 1]} (when {@code minClasses} is 1) or {@code [n, k]}
     * with k ≥ 2, with one label per row, each label a class: 0 or 1 for one column, else
     * {@code 0..k−1}.
     *
     * @param loss the loss, named in the error
     * @param scores the first argument, {@code [n, 1]} or {@code [n, k]}
     * @param labels n labels, {@code [n]}
     * @param minClasses 1 for a binary loss (scores must be one column), 2 for a k-class loss
     * @return n
     */
    private static int checkRows(String loss, Tensor scores, int[] labels, int minClasses) {
        // BEGIN SOLUTION
        Shape shape = scores.shape();
        boolean binary = minClasses == 1;
        boolean fits = shape.rank() == 2 && shape.dim(0) == labels.length && shape.dim(0) > 0
                && (binary ? shape.dim(1) == 1 : shape.dim(1) >= 2);
        if (!fits) {
            throw new IllegalArgumentException(String.format("%s: scores are %s and %d labels were given; "
                    + "scores must be %s with one row per label (n = %d, at least 1).", loss, shape, labels.length,
                    binary ? "[n, 1]" : "[n, k] with k ≥ 2 classes", labels.length));
        }
        int classes = binary ? 2 : shape.dim(1);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException(String.format("%s: label %d at row %d is not a class; "
                        + "for scores %s labels are %s.", loss, labels[i], i, shape,
                        binary ? "0 (negative) or 1 (positive)" : "class indices 0 to " + (classes - 1)));
            }
        }
        return labels.length;
        // END SOLUTION
    }

    /**
     * Checks that a probability is in [0, 1] (not NaN).
     *
     * @param p the value of h at row i
     * @param i the row
     */
    private static void checkProbability(double p, int i) {
        // BEGIN SOLUTION
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(String.format("binaryCrossEntropy: h[%d, 0] = %s is not a probability; "
                    + "h = σ(z) lies in [0, 1]. Did you pass the scores z instead of σ(z)?", i, p));
        }
        // END SOLUTION
    }
}
