package org.chainrule.models.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.chainrule.testkit.Labels;
import org.chainrule.testkit.Theories;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ConfusionMatrixTest {
    /** The notes' test set: true labels, and what the trained model predicts at threshold 0.5. */
    private static final int[] NOTES_ACTUAL = {0, 0, 1, 0, 1, 0};
    private static final int[] NOTES_PREDICTED = {0, 1, 0, 1, 1, 0};

    /** 1 to 30 examples over 1 to 5 classes: (actual, predicted, k). */
    private static final Gen<Case> CASES = integers().between(1, 5).zip(integers().between(1, 30), (k, n) -> new int[] {k, n})
            .flatMap(kn -> Labels.of(kn[1], kn[0]).zip(Labels.of(kn[1], kn[0]), (a, p) -> new Case(a, p, kn[0])))
            .describedAs(Case::toString);

    private record Case(int[] actual, int[] predicted, int k) {
        @Override
        public String toString() {
            return "actual = " + java.util.Arrays.toString(actual) + ", predicted = "
                    + java.util.Arrays.toString(predicted) + ", k = " + k;
        }
    }

    @Test
    void theNotesTestSetGivesTheNotesMatrix() {
        ConfusionMatrix cm = ConfusionMatrix.of(NOTES_ACTUAL, NOTES_PREDICTED, 2);
        assertThat(cm.counts()).isEqualTo(new int[][] {{2, 2}, {1, 1}});
        assertThat(cm).hasToString("[[2, 2], [1, 1]]");
        assertThat(cm.precision(1)).isEqualTo(1.0 / 3);
        assertThat(cm.recall(1)).isEqualTo(0.5);
        assertThat(cm.f1(1)).isCloseTo(0.4, within(1e-15));
    }

    @Test
    void rowsAreTheTrueClassAndColumnsThePrediction() {
        // One example of true class 0 predicted as 1 is a false positive: row 0, column 1 (scikit-learn).
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0}, new int[] {1}, 2);
        assertThat(cm.count(0, 1)).isEqualTo(1);
        assertThat(cm.count(1, 0)).isZero();
    }

    @Test
    void rowSumsAreTheTrueClassCountsAndColumnSumsThePredictedCounts() {
        Theories.qt().forAll(CASES).checkAssert(c -> {
            ConfusionMatrix cm = ConfusionMatrix.of(c.actual, c.predicted, c.k);
            int[][] counts = cm.counts();
            int total = 0;
            for (int cls = 0; cls < c.k; cls++) {
                int row = 0;
                int column = 0;
                for (int j = 0; j < c.k; j++) {
                    row += counts[cls][j];
                    column += counts[j][cls];
                }
                assertThat(row).as("row %d sum", cls).isEqualTo(occurrences(c.actual, cls)).isEqualTo(cm.support(cls));
                assertThat(column).as("column %d sum", cls).isEqualTo(occurrences(c.predicted, cls))
                        .isEqualTo(cm.predictedCount(cls));
                total += row;
            }
            assertThat(total).isEqualTo(c.actual.length).isEqualTo(cm.total());
        });
    }

    @Test
    void precisionRecallF1AndAccuracyFollowFromTheLabels() {
        Theories.qt().forAll(CASES).checkAssert(c -> {
            ConfusionMatrix cm = ConfusionMatrix.of(c.actual, c.predicted, c.k);
            double expectedAccuracy = (double) agreements(c) / c.actual.length;
            assertThat(cm.accuracy()).isEqualTo(expectedAccuracy);
            assertThat(ConfusionMatrix.accuracy(c.actual, c.predicted)).isEqualTo(expectedAccuracy);
            for (int cls = 0; cls < c.k; cls++) {
                double[] prf = expectedScores(c, cls);
                assertThat(cm.precision(cls)).as("precision of %d", cls).isEqualTo(prf[0]);
                assertThat(cm.recall(cls)).as("recall of %d", cls).isEqualTo(prf[1]);
                assertThat(cm.f1(cls)).as("F1 of %d", cls).isCloseTo(prf[2], within(1e-15));
            }
        });
    }

    @Test
    void theMacroAveragesAreUnweightedMeans() {
        Theories.qt().forAll(CASES).checkAssert(c -> {
            ConfusionMatrix cm = ConfusionMatrix.of(c.actual, c.predicted, c.k);
            double[] sums = new double[3];
            for (int cls = 0; cls < c.k; cls++) {
                double[] prf = expectedScores(c, cls);
                for (int m = 0; m < 3; m++) {
                    sums[m] += prf[m];
                }
            }
            assertThat(cm.macroPrecision()).isCloseTo(sums[0] / c.k, within(1e-15));
            assertThat(cm.macroRecall()).isCloseTo(sums[1] / c.k, within(1e-15));
            assertThat(cm.macroF1()).isCloseTo(sums[2] / c.k, within(1e-15));
        });
    }

    @Test
    void macroAveragesOfAWorkedExample() {
        // actual [0, 0, 1, 2, 2, 2], predicted [0, 1, 1, 2, 0, 2]:
        // precision 1/2, 1/2, 2/2; recall 1/2, 1/1, 2/3; F1 1/2, 2/3, 4/5 (2PR / (P + R)).
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0, 0, 1, 2, 2, 2}, new int[] {0, 1, 1, 2, 0, 2}, 3);
        assertThat(cm.macroPrecision()).isCloseTo((0.5 + 0.5 + 1) / 3, within(1e-15));
        assertThat(cm.macroRecall()).isCloseTo((0.5 + 1 + 2.0 / 3) / 3, within(1e-15));
        assertThat(cm.macroF1()).isCloseTo((0.5 + 2.0 / 3 + 0.8) / 3, within(1e-15));
        assertThat(cm.accuracy()).isEqualTo(4.0 / 6);
    }

    /** How many positions have the same actual and predicted label, counted from the raw labels. */
    private static int agreements(Case c) {
        int right = 0;
        for (int i = 0; i < c.actual.length; i++) {
            right += c.actual[i] == c.predicted[i] ? 1 : 0;
        }
        return right;
    }

    /**
     * {precision, recall, F1} of class {@code cls}, counted from the raw labels (not from the matrix):
     * TP = rows both actual and predicted cls; 0/0 is 0; F1 = 2PR / (P + R), 0 when P + R = 0.
     */
    private static double[] expectedScores(Case c, int cls) {
        int both = 0;
        for (int i = 0; i < c.actual.length; i++) {
            both += c.actual[i] == cls && c.predicted[i] == cls ? 1 : 0;
        }
        int predicted = occurrences(c.predicted, cls);
        int actual = occurrences(c.actual, cls);
        double p = predicted == 0 ? 0 : (double) both / predicted;
        double r = actual == 0 ? 0 : (double) both / actual;
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    private static int occurrences(int[] labels, int cls) {
        int n = 0;
        for (int label : labels) {
            n += label == cls ? 1 : 0;
        }
        return n;
    }

    @Test
    void zeroOverZeroIsReportedAsZero() {
        // Class 1 never occurs and is never predicted: no precision, no recall, no F1.
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0, 0}, new int[] {0, 0}, 2);
        assertThat(cm.precision(1)).isZero();
        assertThat(cm.recall(1)).isZero();
        assertThat(cm.f1(1)).isZero();
        assertThat(cm.accuracy()).isEqualTo(1.0);
    }

    @Test
    void anEmptyMatrixIsRefusedLikeTheZeroOneLoss() {
        // accuracy = right / n is 0/0 for n = 0; ZeroOneLoss (1 − accuracy) refuses n = 0 as well.
        assertThatThrownBy(() -> ConfusionMatrix.of(new int[0], new int[0], 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ConfusionMatrix: 0 actual and 0 predicted " + "labels; give one prediction per example ([n] and [n]) and at least one example (a fraction of n = 0 examples has no value).");
        assertThatThrownBy(() -> ConfusionMatrix.accuracy(new int[0], new int[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ConfusionMatrix.accuracy: 0 actual and 0 predicted " + "labels; give one prediction per example ([n] and [n]) and at least one example (a fraction of n = 0 examples has no value).");
        assertThatThrownBy(() -> ConfusionMatrix.accuracy(new int[] {1, 2}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ConfusionMatrix.accuracy: 2 actual and 1 predicted " + "labels; give one prediction per example ([n] and [n]) and at least one example (a fraction of n = 0 examples has no value).");
    }

    @Test
    void accuracyWithoutAMatrixIsTheFractionThatAgrees() {
        assertThat(ConfusionMatrix.accuracy(NOTES_ACTUAL, NOTES_PREDICTED)).isEqualTo(0.5);
        assertThat(ConfusionMatrix.accuracy(new int[] {7, 3, 3}, new int[] {7, 3, 3})).isEqualTo(1.0);
        assertThat(ConfusionMatrix.accuracy(new int[] {0, 1, 2, 3}, new int[] {1, 1, 0, 0})).isEqualTo(0.25);
    }

    @Test
    void aClassOutOfRangeNamesTheMethodAndK() {
        ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0, 1, 2}, new int[] {0, 2, 2}, List.of("a", "b", "c"));
        String tail = " is not a class index; with k = 3 classes a class is 0 to 2.";
        assertThatThrownBy(() -> cm.precision(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ConfusionMatrix.precision: class 5" + tail);
        assertThatThrownBy(() -> cm.recall(-1)).hasMessage("ConfusionMatrix.recall: class -1" + tail);
        assertThatThrownBy(() -> cm.f1(3)).hasMessage("ConfusionMatrix.f1: class 3" + tail);
        assertThatThrownBy(() -> cm.support(3)).hasMessage("ConfusionMatrix.support: class 3" + tail);
        assertThatThrownBy(() -> cm.predictedCount(4)).hasMessage("ConfusionMatrix.predictedCount: class 4" + tail);
        assertThatThrownBy(() -> cm.count(3, 0)).hasMessage("ConfusionMatrix.count (actual): class 3" + tail);
        assertThatThrownBy(() -> cm.count(0, 9)).hasMessage("ConfusionMatrix.count (predicted): class 9" + tail);
        assertThat(cm.count(1, 2)).isEqualTo(1);
    }

    @Test
    void theTableNamesBothAxesAndTheClasses() {
        ConfusionMatrix cm = ConfusionMatrix.of(NOTES_ACTUAL, NOTES_PREDICTED, List.of("Negative", "Positive"));
        assertThat(cm.table()).isEqualTo(String.join("\n",
                "True \\ Predicted  Negative  Positive",
                "Negative                 2         2",
                "Positive                 1         1"));
    }

    @Test
    void theReportListsEveryClassThenTheAverages() {
        ConfusionMatrix cm = ConfusionMatrix.of(NOTES_ACTUAL, NOTES_PREDICTED, List.of("Negative", "Positive"));
        assertThat(cm.report()).isEqualTo(String.join("\n",
                "           precision  recall  f1-score  support",
                "Negative      0.6667  0.5000    0.5714        4",
                "Positive      0.3333  0.5000    0.4000        2",
                "",
                "macro avg     0.5000  0.5000    0.4857        6",
                "accuracy                        0.5000        6"));
    }

    @Test
    void errorsNameTheLengthsAndTheBadLabel() {
        assertThatThrownBy(() -> ConfusionMatrix.of(new int[] {0, 1}, new int[] {0}, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ConfusionMatrix: 2 actual and 1 predicted " + "labels; give one prediction per example ([n] and [n]) and at least one example (a fraction of n = 0 examples has no value).");
        assertThatThrownBy(() -> ConfusionMatrix.of(new int[] {0, 1}, new int[] {0, 2}, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ConfusionMatrix (predicted): label 2 at position 1 is not a class index; with k = 2 classes a "
                        + "label is 0 to 1.");
    }

    @Test
    void countsAreACopy() {
        ConfusionMatrix cm = ConfusionMatrix.of(NOTES_ACTUAL, NOTES_PREDICTED, 2);
        cm.counts()[0][0] = 99;
        assertThat(cm.count(0, 0)).isEqualTo(2);
    }
}
