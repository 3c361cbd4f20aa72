package org.chainrule.models.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts of (true class, predicted class) pairs, laid out like scikit-learn's
 * {@code confusion_matrix}: <b>rows are the true class, columns the predicted class</b>.
 * <pre>
 *                 predicted 0   predicted 1
 *   true 0            TN            FP
 *   true 1            FN            TP
 * </pre>
 * For class c: {@code precision = C[c][c] / Σ_i C[i][c]} (of the rows predicted c, how many are c —
 * a column), {@code recall = C[c][c] / Σ_j C[c][j]} (of the rows that are c, how many were found —
 * a row), {@code F1 = 2PR / (P + R)}, and {@code accuracy = Σ_c C[c][c] / n}.
 *
 * <p><b>0/0</b>: a class never predicted has no precision and a class absent from the data has
 * no recall; both are reported as 0, like scikit-learn's {@code zero_division=0}, and F1 is 0 when
 * P + R = 0. The notes' point stands: these numbers are for us; for everyone else, draw the matrix.
 */
public final class ConfusionMatrix {
    private final int[][] counts;
    private final List<String> classNames;
    private final int total;

    private ConfusionMatrix(int[][] counts, List<String> classNames, int total) {
        this.counts = counts;
        this.classNames = classNames;
        this.total = total;
    }

    /**
     * Counts with classes named {@code 0, 1, …, k−1}.
     *
     * @param actual n true class indices in {@code [0, k)}, {@code [n]}
     * @param predicted n predicted class indices in {@code [0, k)}, {@code [n]}
     * @param k the number of classes
     */
    public static ConfusionMatrix of(int[] actual, int[] predicted, int k) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            names.add(String.valueOf(c));
        }
        return of(actual, predicted, names);
    }

    /**
     * Counts with named classes, e.g. {@code [Negative, Positive]}.
     *
     * @param actual n true class indices, {@code [n]}
     * @param predicted n predicted class indices, {@code [n]}
     * @param classNames k names, {@code [k]}; k is their number
     */
    public static ConfusionMatrix of(int[] actual, int[] predicted, List<String> classNames) {
        int k = classNames.size();
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException(String.format("ConfusionMatrix: %d actual and %d predicted labels; "
                    + "give one prediction per example ([n] and [n]).", actual.length, predicted.length));
        }
        int[][] counts = new int[k][k];
        for (int i = 0; i < actual.length; i++) {
            counts[checked("actual", actual[i], i, k)][checked("predicted", predicted[i], i, k)]++;
        }
        return new ConfusionMatrix(counts, List.copyOf(classNames), actual.length);
    }

    private static int checked(String which, int label, int row, int k) {
        if (label < 0 || label >= k) {
            throw new IllegalArgumentException(String.format("ConfusionMatrix: %s label %d at position %d is out "
                    + "of range; with %d classes labels go from 0 to %d.", which, label, row, k, k - 1));
        }
        return label;
    }

    /** The number of classes k. */
    public int numClasses() {
        return counts.length;
    }

    /** How many examples of true class {@code actual} were predicted as {@code predicted}. */
    public int count(int actual, int predicted) {
        return counts[actual][predicted];
    }

    /** The counts, {@code [k, k]}, rows = true class (a copy). */
    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int c = 0; c < counts.length; c++) {
            copy[c] = counts[c].clone();
        }
        return copy;
    }

    /** The class names, in class order. */
    public List<String> classNames() {
        return classNames;
    }

    /** n, the number of examples counted. */
    public int total() {
        return total;
    }

    /** Examples whose true class is c: row c's sum (scikit-learn's "support"). */
    public int support(int c) {
        int s = 0;
        for (int j = 0; j < counts.length; j++) {
            s += counts[c][j];
        }
        return s;
    }

    /** Examples predicted as c: column c's sum. */
    public int predictedCount(int c) {
        int s = 0;
        for (int[] row : counts) {
            s += row[c];
        }
        return s;
    }

    /** The fraction on the diagonal, {@code Σ_c C[c][c] / n}; 0 when n = 0. */
    public double accuracy() {
        int right = 0;
        for (int c = 0; c < counts.length; c++) {
            right += counts[c][c];
        }
        return ratio(right, total);
    }

    /** {@code C[c][c] / Σ_i C[i][c]}: of the rows predicted c, the fraction truly c; 0 if none was predicted c. */
    public double precision(int c) {
        return ratio(counts[c][c], predictedCount(c));
    }

    /** {@code C[c][c] / Σ_j C[c][j]}: of the rows truly c, the fraction found; 0 if there are none. */
    public double recall(int c) {
        return ratio(counts[c][c], support(c));
    }

    /** The harmonic mean {@code 2PR / (P + R)} of precision and recall of class c; 0 when both are 0. */
    public double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The unweighted mean of the k precisions (every class counts the same, however rare). */
    public double macroPrecision() {
        double s = 0;
        for (int c = 0; c < counts.length; c++) {
            s += precision(c);
        }
        return s / counts.length;
    }

    /** The unweighted mean of the k recalls. */
    public double macroRecall() {
        double s = 0;
        for (int c = 0; c < counts.length; c++) {
            s += recall(c);
        }
        return s / counts.length;
    }

    /** The unweighted mean of the k F1 scores (scikit-learn's {@code f1_score(average='macro')}). */
    public double macroF1() {
        double s = 0;
        for (int c = 0; c < counts.length; c++) {
            s += f1(c);
        }
        return s / counts.length;
    }

    /** {@code a / b}, with 0/0 taken as 0 (see the class comment). */
    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /** The matrix as a text table: true classes down, predicted across. */
    public String table() {
        return ConfusionTable.matrix(this);
    }

    /** Precision, recall, F1 and support per class, then the macro averages and the accuracy. */
    public String report() {
        return ConfusionTable.report(this);
    }

    /** The counts in NumPy's layout, e.g. {@code [[2, 2], [1, 1]]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int c = 0; c < counts.length; c++) {
            sb.append(c == 0 ? "" : ", ").append(Arrays.toString(counts[c]));
        }
        return sb.append(']').toString();
    }
}
