package org.chainrule.exercises.metrics;

/**
 * E07: the notes' confusion matrix and the numbers read from it, by hand. Rows are the true
 * class, columns the predicted class (scikit-learn's layout, the notes' {@code [[2, 2], [1, 1]]}):
 * <pre>
 *                 predicted 0   predicted 1
 *   true 0            TN            FP
 *   true 1            FN            TP
 *
 *   precision(c) = C[c][c] / Σ_i C[i][c]      of the rows predicted c, the fraction truly c (a column)
 *   recall(c)    = C[c][c] / Σ_j C[c][j]      of the rows truly c, the fraction found      (a row)
 *   f1(c)        = 2·P·R / (P + R)            their harmonic mean
 *   accuracy     = Σ_c C[c][c] / Σ_ij C[i][j]  the diagonal's share
 * </pre>
 * 0/0 is taken as 0: a class never predicted has precision 0, a class absent has recall 0, and
 * F1 is 0 when P + R = 0 (as {@code models}' {@code ConfusionMatrix} and scikit-learn's
 * {@code zero_division=0}).
 *
 * <p>"By hand": only {@code org.chainrule.core} may be used — not {@code models}' {@code ConfusionMatrix}.
 */
public final class Metrics {
    private Metrics() {
    }

    /**
     * Counts each (true class, predicted class) pair.
     *
     * @param actual n true classes, each in {@code [0, classes)}, {@code [n]}
     * @param predicted n predicted classes, each in {@code [0, classes)}, {@code [n]}
     * @param classes k, the number of classes, at least 1
     * @return {@code [k, k]} counts, {@code C[a][p]} = how many rows of true class a were predicted p
     * @throws IllegalArgumentException if the lengths differ or a label is not a class
     */
    public static int[][] confusionMatrix(int[] actual, int[] predicted, int classes) {
        throw new UnsupportedOperationException("E07 Metrics.confusionMatrix: not done yet — see exercises/handouts/E07-metrics.md");
    }

    /**
     * {@code C[c][c] / Σ_i C[i][c]}, 0 if no row was predicted c.
     *
     * @param cm counts {@code [k, k]}, rows true, columns predicted
     * @param positive the class c, in {@code [0, k)}
     */
    public static double precision(int[][] cm, int positive) {
        throw new UnsupportedOperationException("E07 Metrics.precision: not done yet — see exercises/handouts/E07-metrics.md");
    }

    /**
     * {@code C[c][c] / Σ_j C[c][j]}, 0 if no row is truly c.
     *
     * @param cm counts {@code [k, k]}, rows true, columns predicted
     * @param positive the class c, in {@code [0, k)}
     */
    public static double recall(int[][] cm, int positive) {
        throw new UnsupportedOperationException("E07 Metrics.recall: not done yet — see exercises/handouts/E07-metrics.md");
    }

    /**
     * {@code 2·P·R / (P + R)} of class c, 0 when P + R = 0.
     *
     * @param cm counts {@code [k, k]}, rows true, columns predicted
     * @param positive the class c, in {@code [0, k)}
     */
    public static double f1(int[][] cm, int positive) {
        throw new UnsupportedOperationException("E07 Metrics.f1: not done yet — see exercises/handouts/E07-metrics.md");
    }

    /**
     * {@code Σ_c C[c][c] / Σ_ij C[i][j]}, 0 for an empty matrix (no rows counted).
     *
     * @param cm counts {@code [k, k]}, rows true, columns predicted
     */
    public static double accuracy(int[][] cm) {
        throw new UnsupportedOperationException("E07 Metrics.accuracy: not done yet — see exercises/handouts/E07-metrics.md");
    }

    /**
     * {@code a / b}, with 0/0 taken as 0.
     *
     * @param a the count on the diagonal
     * @param b the row's or column's sum
     */
    private static double ratio(int a, int b) {
        throw new UnsupportedOperationException("E07 Metrics.ratio: not done yet — see exercises/handouts/E07-metrics.md");
    }

    /**
     * Returns {@code label} if it is a class {@code 0..classes−1}; otherwise says which label is wrong.
     *
     * @param which "actual" or "predicted"
     * @param label the label
     * @param row its position
     * @param classes k
     */
    private static int checked(String which, int label, int row, int classes) {
        throw new UnsupportedOperationException("E07 Metrics.checked: not done yet — see exercises/handouts/E07-metrics.md");
    }

    /**
     * Checks that {@code cm} is square {@code [k, k]} with k ≥ 1 and that {@code c} is a class.
     *
     * @param metric the metric, named in the error
     * @param cm counts {@code [k, k]}
     * @param c a class
     */
    private static void checkClass(String metric, int[][] cm, int c) {
        throw new UnsupportedOperationException("E07 Metrics.checkClass: not done yet — see exercises/handouts/E07-metrics.md");
    }
}
