package org.chainrule.exercises.metrics;

import java.util.Arrays;
import org.chainrule.models.metrics.ConfusionMatrix;
import org.chainrule.testkit.Exercise;
import org.chainrule.testkit.Labels;
import org.chainrule.testkit.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * E07's public tests: the notes' test set, the counts' sums, every metric against models'
 * {@code ConfusionMatrix}, and 0 for an empty row or column. 10 points.
 */
class MetricsTest {
    static final Exercise CONFUSION = Exercise.of("E07", "Metrics.confusionMatrix");
    static final Exercise PRECISION = Exercise.of("E07", "Metrics.precision");
    static final Exercise RECALL = Exercise.of("E07", "Metrics.recall");
    static final Exercise F1 = Exercise.of("E07", "Metrics.f1");
    static final Exercise ACCURACY = Exercise.of("E07", "Metrics.accuracy");
    static final double SAME = 1e-15;

    /** The notes' Y_test, and what their trained model predicts on X_test (h ≥ 0.5 → 1). */
    static final int[] NOTES_ACTUAL = {0, 0, 1, 0, 1, 0};
    static final int[] NOTES_PREDICTED = notesPredictions();
    static final int[][] NOTES_MATRIX = {{2, 2}, {1, 1}};

    /** The notes' final model W = [1.0848083, 1.1075894], b = −4.039375 on X_test: class 1 where z ≥ 0. */
    private static int[] notesPredictions() {
        double[][] xTest = {{1, 0}, {0, 2}, {1, 1}, {3, 2}, {3, 3}, {2, 3}};
        int[] predicted = new int[xTest.length];
        for (int i = 0; i < xTest.length; i++) {
            predicted[i] = 1.0848083 * xTest[i][0] + 1.1075894 * xTest[i][1] - 4.039375 >= 0 ? 1 : 0;
        }
        return predicted;
    }

    /** Labels and predictions of n rows (1..maxRows) over k classes (1..maxClasses). */
    record Pairs(int k, int[] actual, int[] predicted) {
        @Override
        public String toString() {
            return "actual = " + Arrays.toString(actual) + ", predicted = " + Arrays.toString(predicted) + ", classes = " + k;
        }

        ConfusionMatrix reference() {
            return ConfusionMatrix.of(actual, predicted, k);
        }
    }

    static Gen<Pairs> pairs(int maxRows, int maxClasses) {
        Gen<Integer> rows = Generate.range(1, maxRows);
        Gen<Integer> classes = Generate.range(1, maxClasses);
        Gen<Pairs> gen = in -> {
            int n = rows.generate(in);
            int k = classes.generate(in);
            return new Pairs(k, Labels.of(n, k).generate(in), Labels.of(n, k).generate(in));
        };
        return gen.describedAs(Pairs::toString);
    }

    @Test
    @Points(2)
    @DisplayName("the notes' test set: Y_test [0, 0, 1, 0, 1, 0] against the model's [0, 0, 0, 1, 1, 1] gives [[2, 2], [1, 1]] (rows true, columns predicted)")
    void theNotesMatrix() {
        CONFUSION.given("actual " + Arrays.toString(NOTES_ACTUAL) + ", predicted " + Arrays.toString(NOTES_PREDICTED)
                + ", classes 2").assertEquals("the notes' confusion_matrix", NOTES_MATRIX,
                Metrics.confusionMatrix(NOTES_ACTUAL, NOTES_PREDICTED, 2));
    }

    @Test
    @Points(1.5)
    @DisplayName("the notes' matrix [[2, 2], [1, 1]]: precision of Positive = 1/3 (a column), recall = 1/2 (a row)")
    void theNotesPrecisionAndRecall() {
        double p = Metrics.precision(copy(NOTES_MATRIX), 1);
        double r = Metrics.recall(copy(NOTES_MATRIX), 1);
        Hint.precisionRecall(PRECISION.given("cm [[2, 2], [1, 1]], positive 1"), 1.0 / 3, 0.5, p, r);
        Hint.precisionRecall(RECALL.given("cm [[2, 2], [1, 1]], positive 1"), 1.0 / 3, 0.5, p, r);
        PRECISION.given("cm [[2, 2], [1, 1]], positive 1").assertClose("TP / (TP + FP) = 1 / 3", 1.0 / 3, p, SAME);
        RECALL.given("cm [[2, 2], [1, 1]], positive 1").assertClose("TP / (TP + FN) = 1 / 2", 0.5, r, SAME);
    }

    @Test
    @Points(0.5)
    @DisplayName("the notes' matrix [[2, 2], [1, 1]]: F1 of Positive = 2·(1/3)·(1/2)/(1/3 + 1/2) = 0.4, accuracy = 3/6")
    void theNotesF1AndAccuracy() {
        F1.given("cm [[2, 2], [1, 1]], positive 1").assertClose("2PR/(P + R) = 0.4", 0.4,
                Metrics.f1(copy(NOTES_MATRIX), 1), 1e-15);
        ACCURACY.given("cm [[2, 2], [1, 1]]").assertClose("(2 + 1) / 6", 0.5, Metrics.accuracy(copy(NOTES_MATRIX)), SAME);
    }

    @Test
    @Points(1.5)
    @DisplayName("confusionMatrix equals models' ConfusionMatrix on generated labels (up to 4 classes)")
    void confusionMatrixEqualsModels() {
        CONFUSION.qt().forAll(pairs(12, 4)).checkAssert(t -> CONFUSION.assertEquals("models' ConfusionMatrix.counts()",
                t.reference().counts(), Metrics.confusionMatrix(t.actual(), t.predicted(), t.k())));
    }

    @Test
    @Points(1)
    @DisplayName("the counts add up: all to n, row c to the rows truly c, column c to the rows predicted c")
    void countsAddUp() {
        CONFUSION.qt().forAll(pairs(12, 4)).checkAssert(t -> {
            int[][] cm = Metrics.confusionMatrix(t.actual(), t.predicted(), t.k());
            CONFUSION.assertEquals("a [k, k] matrix, k = " + t.k(), t.k(), cm.length);
            int total = 0;
            for (int c = 0; c < t.k(); c++) {
                int row = 0;
                int column = 0;
                for (int j = 0; j < t.k(); j++) {
                    row += cm[c][j];
                    column += cm[j][c];
                }
                CONFUSION.assertEquals("row " + c + " adds up to the rows whose true class is " + c,
                        count(t.actual(), c), row);
                CONFUSION.assertEquals("column " + c + " adds up to the rows predicted as " + c,
                        count(t.predicted(), c), column);
                total += row;
            }
            CONFUSION.assertEquals("all counts add up to n", t.actual().length, total);
        });
    }

    @Test
    @Points(1.5)
    @DisplayName("precision, recall, F1 and accuracy equal models' ConfusionMatrix for every class (generated labels)")
    void metricsEqualModels() {
        CONFUSION.qt().forAll(pairs(12, 4)).checkAssert(t -> {
            ConfusionMatrix ref = t.reference();
            int[][] cm = ref.counts();
            for (int c = 0; c < t.k(); c++) {
                double p = Metrics.precision(copy(cm), c);
                double r = Metrics.recall(copy(cm), c);
                Hint.precisionRecall(PRECISION.given("cm " + Arrays.deepToString(cm) + ", positive " + c),
                        ref.precision(c), ref.recall(c), p, r);
                PRECISION.assertClose("models' ConfusionMatrix.precision(" + c + ")", ref.precision(c), p, SAME);
                RECALL.assertClose("models' ConfusionMatrix.recall(" + c + ")", ref.recall(c), r, SAME);
                F1.assertClose("models' ConfusionMatrix.f1(" + c + ")", ref.f1(c), Metrics.f1(copy(cm), c), 1e-15);
            }
            ACCURACY.assertClose("models' ConfusionMatrix.accuracy()", ref.accuracy(), Metrics.accuracy(copy(cm)), SAME);
        });
    }

    @Test
    @Points(1)
    @DisplayName("an empty column (never predicted) gives precision 0, an empty row (never true) recall 0, and then F1 0 — not NaN")
    void emptyRowOrColumnGivesZero() {
        int[][] cm = {{3, 0, 1}, {2, 0, 0}, {0, 0, 0}};       // class 1 never predicted, class 2 never true
        String given = "cm [[3, 0, 1], [2, 0, 0], [0, 0, 0]]";
        PRECISION.given(given + ", positive 1").assertClose("0/0 taken as 0 (class 1 never predicted)", 0,
                Metrics.precision(copy(cm), 1), 0);
        RECALL.given(given + ", positive 2").assertClose("0/0 taken as 0 (class 2 never true)", 0,
                Metrics.recall(copy(cm), 2), 0);
        F1.given(given + ", positive 1").assertClose("0 when P + R = 0", 0, Metrics.f1(copy(cm), 1), 0);
        F1.given(given + ", positive 2").assertClose("0 when P + R = 0", 0, Metrics.f1(copy(cm), 2), 0);
        PRECISION.given(given + ", positive 2").assertClose("0 of the 1 rows predicted 2 are truly 2", 0,
                Metrics.precision(copy(cm), 2), 0);
    }

    @Test
    @Points(0.5)
    @DisplayName("a label outside 0..k−1 gets an IllegalArgumentException naming it")
    void labelOutOfRange() {
        Exercise ex = CONFUSION.given("actual [0, 2], predicted [0, 1], classes 2");
        try {
            Metrics.confusionMatrix(new int[] {0, 2}, new int[] {0, 1}, 2);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().contains("2")) {
                return;
            }
            throw ex.fail("the message should name the label 2", "IllegalArgumentException naming 2", e.toString());
        } catch (RuntimeException e) {
            throw ex.fail("should throw IllegalArgumentException: 2 is not a class of 2 (0 and 1)",
                    "IllegalArgumentException", e.toString());
        }
        throw ex.fail("should throw IllegalArgumentException: 2 is not a class of 2 (0 and 1)",
                "IllegalArgumentException", "no exception");
    }

    static int count(int[] labels, int c) {
        int n = 0;
        for (int label : labels) {
            n += label == c ? 1 : 0;
        }
        return n;
    }

    /** A copy, so that a solution that writes into its argument cannot change the next check. */
    static int[][] copy(int[][] cm) {
        int[][] c = new int[cm.length][];
        for (int i = 0; i < cm.length; i++) {
            c[i] = cm[i].clone();
        }
        return c;
    }

    @Test
    @Points(0.5)
    @DisplayName("a class outside the matrix, or a matrix that is not square, gets an IllegalArgumentException")
    void classOutsideTheMatrixOrNotSquare() {
        int[][] cm = {{2, 2}, {1, 1}};
        refuses(PRECISION.given("precision(cm = [[2, 2], [1, 1]], positive = 2)"), () -> Metrics.precision(cm, 2));
        refuses(RECALL.given("recall(cm = [[2, 2], [1, 1]], positive = 2)"), () -> Metrics.recall(cm, 2));
        refuses(ACCURACY.given("accuracy(cm = [[1, 2, 3], [4, 5, 6]])"),
                () -> Metrics.accuracy(new int[][] {{1, 2, 3}, {4, 5, 6}}));
    }

    /** Fails with the exercise's block unless {@code call} throws an IllegalArgumentException. */
    private static void refuses(Exercise ex, Runnable call) {
        String rule = "should throw IllegalArgumentException: a confusion matrix is square [k, k] and its classes go "
                + "from 0 to k − 1";
        try {
            call.run();
        } catch (IllegalArgumentException e) {
            return;
        } catch (RuntimeException e) {
            throw ex.fail(rule, "IllegalArgumentException", e.toString());
        }
        throw ex.fail(rule, "IllegalArgumentException", "no exception");
    }
}
