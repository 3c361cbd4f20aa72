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

    /** Up to 30 examples over 1 to 5 classes: (actual, predicted, k). */
    private static final Gen<Case> CASES = integers().between(1, 5).zip(integers().between(0, 30), (k, n) -> new int[] {k, n})
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
    void precisionRecallAndAccuracyFollowFromTheLabels() {
        Theories.qt().forAll(CASES).checkAssert(c -> {
            ConfusionMatrix cm = ConfusionMatrix.of(c.actual, c.predicted, c.k);
            int right = 0;
            for (int i = 0; i < c.actual.length; i++) {
                right += c.actual[i] == c.predicted[i] ? 1 : 0;
            }
            assertThat(cm.accuracy()).isEqualTo(c.actual.length == 0 ? 0 : (double) right / c.actual.length);
            for (int cls = 0; cls < c.k; cls++) {
                int both = 0;
                for (int i = 0; i < c.actual.length; i++) {
                    both += c.actual[i] == cls && c.predicted[i] == cls ? 1 : 0;
                }
                int predicted = occurrences(c.predicted, cls);
                int actual = occurrences(c.actual, cls);
                assertThat(cm.precision(cls)).as("precision of %d", cls).isEqualTo(predicted == 0 ? 0 : (double) both / predicted);
                assertThat(cm.recall(cls)).as("recall of %d", cls).isEqualTo(actual == 0 ? 0 : (double) both / actual);
                double p = cm.precision(cls);
                double r = cm.recall(cls);
                assertThat(cm.f1(cls)).isCloseTo(p + r == 0 ? 0 : 2 * p * r / (p + r), within(1e-15));
            }
        });
    }

    @Test
    void theMacroAveragesAreUnweightedMeans() {
        Theories.qt().forAll(CASES).checkAssert(c -> {
            ConfusionMatrix cm = ConfusionMatrix.of(c.actual, c.predicted, c.k);
            double p = 0;
            double r = 0;
            double f = 0;
            for (int cls = 0; cls < c.k; cls++) {
                p += cm.precision(cls);
                r += cm.recall(cls);
                f += cm.f1(cls);
            }
            assertThat(cm.macroPrecision()).isCloseTo(p / c.k, within(1e-15));
            assertThat(cm.macroRecall()).isCloseTo(r / c.k, within(1e-15));
            assertThat(cm.macroF1()).isCloseTo(f / c.k, within(1e-15));
        });
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
        assertThat(ConfusionMatrix.of(new int[0], new int[0], 2).accuracy()).isZero();
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
                .hasMessage("ConfusionMatrix: 2 actual and 1 predicted labels; give one prediction per example ([n] and [n]).");
        assertThatThrownBy(() -> ConfusionMatrix.of(new int[] {0, 1}, new int[] {0, 2}, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ConfusionMatrix: predicted label 2 at position 1 is out of range; with 2 classes labels go from 0 to 1.");
    }

    @Test
    void countsAreACopy() {
        ConfusionMatrix cm = ConfusionMatrix.of(NOTES_ACTUAL, NOTES_PREDICTED, 2);
        cm.counts()[0][0] = 99;
        assertThat(cm.count(0, 0)).isEqualTo(2);
    }
}
