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
        // BEGIN SOLUTION
        if (actual.length != predicted.length || classes < 1) {
            throw new IllegalArgumentException(String.format("confusionMatrix: %d actual and %d predicted labels, "
                    + "%d classes; give one prediction per example ([n] and [n]) and at least 1 class.",
                    actual.length, predicted.length, classes));
        }
        int[][] counts = new int[classes][classes];
        for (int i = 0; i < actual.length; i++) {
            counts[checked("actual", actual[i], i, classes)][checked("predicted", predicted[i], i, classes)]++;
        }
        return counts;
        // END SOLUTION
    }

    /**
     * {@code C[c][c] / Σ_i C[i][c]}, 0 if no row was predicted c.
     *
     * @param cm counts {@code [k, k]}, rows true, columns predicted
     * @param positive the class c, in {@code [0, k)}
     */
    public static double precision(int[][] cm, int positive) {
        // BEGIN SOLUTION
        checkClass("precision", cm, positive);
        int predictedPositive = 0;
        for (int[] row : cm) {
            predictedPositive += row[positive];
        }
        return ratio(cm[positive][positive], predictedPositive);
        // END SOLUTION
    }

    /**
     * {@code C[c][c] / Σ_j C[c][j]}, 0 if no row is truly c.
     *
     * @param cm counts {@code [k, k]}, rows true, columns predicted
     * @param positive the class c, in {@code [0, k)}
     */
    public static double recall(int[][] cm, int positive) {
        // BEGIN SOLUTION
        checkClass("recall", cm, positive);
        int actualPositive = 0;
        for (int count : cm[positive]) {
            actualPositive += count;
        }
        return ratio(cm[positive][positive], actualPositive);
        // END SOLUTION
    }

    /**
     * {@code 2·P·R / (P + R)} of class c, 0 when P + R = 0.
     *
     * @param cm counts {@code [k, k]}, rows true, columns predicted
     * @param positive the class c, in {@code [0, k)}
     */
    public static double f1(int[][] cm, int positive) {
        // BEGIN SOLUTION
        double p = precision(cm, positive);
        double r = recall(cm, positive);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
        // END SOLUTION
    }

    /**
     * {@code Σ_c C[c][c] / Σ_ij C[i][j]}, 0 for an empty matrix (no rows counted).
     *
     * @param cm counts {@code [k, k]}, rows true, columns predicted
     */
    public static double accuracy(int[][] cm) {
        // BEGIN SOLUTION
        checkClass("accuracy", cm, 0);
        int right = 0;
        int total = 0;
        for (int a = 0; a < cm.length; a++) {
            right += cm[a][a];
            for (int count : cm[a]) {
                total += count;
            }
        }
        return ratio(right, total);
        // END SOLUTION
    }

    /**
     * {@code a / b}, with 0/0 taken as 0.
     *
     * @param a the count on the diagonal
     * @param b the row's or column's sum
     */
    private static double ratio(int a, int b) {
        // BEGIN SOLUTION
        return b == 0 ? 0 : (double) a / b;
        // END SOLUTION
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
        // BEGIN SOLUTION
        if (label < 0 || label >= classes) {
            throw new IllegalArgumentException(String.format("confusionMatrix: %s label %d at position %d is not a "
                    + "class; with %d classes labels go from 0 to %d.", which, label, row, classes, classes - 1));
        }
        return label;
        // END SOLUTION
    }

    /**
     * Checks that {@code cm} is square {@code [k, k]} with k ≥ 1 and that {@code c} is a class.
     *
     * @param metric the metric, named in the error
     * @param cm counts {@code [k, k]}
     * @param c a class
     */
    private static void checkClass(String metric, int[][] cm, int c) {
        // BEGIN SOLUTION
        for (int[] row : cm) {
            if (row.length != cm.length) {
                throw new IllegalArgumentException(String.format("%s: the matrix has %d rows but a row of %d counts; "
                        + "a confusion matrix is square, [k, k].", metric, cm.length, row.length));
            }
        }
        if (c < 0 || c >= cm.length) {
            throw new IllegalArgumentException(String.format("%s: class %d is not in the [%d, %d] matrix; classes "
                    + "go from 0 to %d.", metric, c, cm.length, cm.length, cm.length - 1));
        }
        // END SOLUTION
    }
}
