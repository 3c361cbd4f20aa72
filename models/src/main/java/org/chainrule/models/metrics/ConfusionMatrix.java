package org.chainrule.models.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chainrule.core.ClassLabels;

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
 * P + R = 0. An empty matrix (n = 0) is refused instead: its accuracy would be 0/0 as a whole, and
 * {@link org.chainrule.models.loss.ZeroOneLoss} (which is 1 − accuracy) refuses n = 0 too.
 * The notes' point stands: these numbers are for us; for everyone else, draw the matrix.
 *
 * <p>Classes are numbered {@code 0} to {@code k − 1}; every method taking a class checks it and
 * names the classes when it is out of range.
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
     * @param actual n true class indices in {@code [0, k)}, {@code [n]}, n at least 1
     * @param predicted n predicted class indices in {@code [0, k)}, {@code [n]}
     * @param k the number of classes
     * @throws IllegalArgumentException if the lengths differ, n = 0, or a label is not a class
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
     * @param actual n true class indices, {@code [n]}, n at least 1
     * @param predicted n predicted class indices, {@code [n]}
     * @param classNames k names, {@code [k]}; k is their number
     * @throws IllegalArgumentException if the lengths differ, n = 0, or a label is not a class
     */
    public static ConfusionMatrix of(int[] actual, int[] predicted, List<String> classNames) {
        int k = classNames.size();
        ClassLabels.checkPairs("ConfusionMatrix", actual, predicted);
        ClassLabels.check("ConfusionMatrix (actual)", actual, k);
        ClassLabels.check("ConfusionMatrix (predicted)", predicted, k);
        int[][] counts = new int[k][k];
        for (int i = 0; i < actual.length; i++) {
            counts[actual[i]][predicted[i]]++;
        }
        return new ConfusionMatrix(counts, List.copyOf(classNames), actual.length);
    }

    /**
     * The accuracy of predictions without building a matrix: the fraction of positions where they agree.
     * <pre>
     *   accuracy = (1/n) Σ_i [ŷ_i = y_i]          (= 1 − the 0/1 loss)
     * </pre>
     * The same number as {@code ConfusionMatrix.of(actual, predicted, k).accuracy()}.
     *
     * @param actual n true class indices, {@code [n]}, n at least 1
     * @param predicted n predicted class indices, {@code [n]}
     * @return a number in [0, 1]
     * @throws IllegalArgumentException if the lengths differ or n = 0
     */
    public static double accuracy(int[] actual, int[] predicted) {
        ClassLabels.checkPairs("ConfusionMatrix.accuracy", actual, predicted);
        int right = 0;
        for (int i = 0; i < actual.length; i++) {
            right += actual[i] == predicted[i] ? 1 : 0;
        }
        return (double) right / actual.length;
    }

    /** The number of classes k. */
    public int numClasses() {
        return counts.length;
    }

    /** How many examples of true class {@code actual} were predicted as {@code predicted}: {@code C[actual][predicted]}. */
    public int count(int actual, int predicted) {
        return counts[checkedClass("count", " (actual)", actual)][checkedClass("count", " (predicted)", predicted)];
    }

    /** Returns {@code c} if it is a class, 0 to k − 1; otherwise names the method and k ({@link ClassLabels}). */
    private int checkedClass(String method, String which, int c) {
        return ClassLabels.checkClass("ConfusionMatrix." + method + which, c, counts.length);
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
        checkedClass("support", "", c);
        int s = 0;
        for (int j = 0; j < counts.length; j++) {
            s += counts[c][j];
        }
        return s;
    }

    /** Examples predicted as c: column c's sum. */
    public int predictedCount(int c) {
        checkedClass("predictedCount", "", c);
        int s = 0;
        for (int[] row : counts) {
            s += row[c];
        }
        return s;
    }

    /** The fraction on the diagonal, {@code Σ_c C[c][c] / n} (n is at least 1). */
    public double accuracy() {
        int right = 0;
        for (int c = 0; c < counts.length; c++) {
            right += counts[c][c];
        }
        return ratio(right, total);
    }

    /** {@code C[c][c] / Σ_i C[i][c]}: of the rows predicted c, the fraction truly c; 0 if none was predicted c. */
    public double precision(int c) {
        checkedClass("precision", "", c);
        return ratio(counts[c][c], predictedCount(c));
    }

    /** {@code C[c][c] / Σ_j C[c][j]}: of the rows truly c, the fraction found; 0 if there are none. */
    public double recall(int c) {
        checkedClass("recall", "", c);
        return ratio(counts[c][c], support(c));
    }

    /** The harmonic mean {@code 2PR / (P + R)} of precision and recall of class c; 0 when both are 0. */
    public double f1(int c) {
        checkedClass("f1", "", c);
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
