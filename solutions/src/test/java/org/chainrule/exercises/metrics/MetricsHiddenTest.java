package org.chainrule.exercises.metrics;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.chainrule.models.metrics.ConfusionMatrix;
import org.chainrule.testkit.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** E07's hidden tests: more classes and another seed, one class, an empty matrix, teaching errors. 5 points. */
class MetricsHiddenTest {
    private static final long OTHER_SEED = 13;

    @Test
    @Points(2)
    @DisplayName("(hidden) up to 40 rows and 7 classes, another seed: every count and metric equals models' ConfusionMatrix")
    void largerAgainstModels() {
        MetricsTest.CONFUSION.qt(OTHER_SEED, 100).forAll(MetricsTest.pairs(40, 7)).checkAssert(t -> {
            ConfusionMatrix ref = t.reference();
            int[][] cm = Metrics.confusionMatrix(t.actual(), t.predicted(), t.k());
            MetricsTest.CONFUSION.assertEquals("models' ConfusionMatrix.counts()", ref.counts(), cm);
            for (int c = 0; c < t.k(); c++) {
                MetricsTest.PRECISION.assertClose("models' precision(" + c + ")", ref.precision(c),
                        Metrics.precision(MetricsTest.copy(cm), c), 1e-15);
                MetricsTest.RECALL.assertClose("models' recall(" + c + ")", ref.recall(c),
                        Metrics.recall(MetricsTest.copy(cm), c), 1e-15);
                MetricsTest.F1.assertClose("models' f1(" + c + ")", ref.f1(c), Metrics.f1(MetricsTest.copy(cm), c), 1e-15);
            }
            MetricsTest.ACCURACY.assertClose("models' accuracy()", ref.accuracy(), Metrics.accuracy(MetricsTest.copy(cm)), 1e-15);
        });
    }

    @Test
    @Points(1)
    @DisplayName("(hidden) one class: [[n]], every metric 1; an all-zero matrix: accuracy 0, not NaN")
    void oneClassAndNothingCounted() {
        int[][] one = Metrics.confusionMatrix(new int[] {0, 0, 0}, new int[] {0, 0, 0}, 1);
        MetricsTest.CONFUSION.given("actual [0, 0, 0], predicted [0, 0, 0], classes 1").assertEquals("[[3]]",
                new int[][] {{3}}, one);
        MetricsTest.F1.given("cm [[3]], positive 0").assertClose("P = R = 1", 1, Metrics.f1(new int[][] {{3}}, 0), 0);
        MetricsTest.ACCURACY.given("cm [[0, 0], [0, 0]]").assertClose("nothing counted: 0/0 taken as 0", 0,
                Metrics.accuracy(new int[][] {{0, 0}, {0, 0}}), 0);
        MetricsTest.CONFUSION.given("no rows, classes 2").assertEquals("[[0, 0], [0, 0]]", new int[][] {{0, 0}, {0, 0}},
                Metrics.confusionMatrix(new int[0], new int[0], 2));
    }

    @Test
    @Points(1)
    @DisplayName("(hidden) lengths that differ, a negative label, a non-square matrix and a class outside it get an IllegalArgumentException")
    void errorsTeach() {
        assertThatThrownBy(() -> Metrics.confusionMatrix(new int[] {0, 1}, new int[] {0}, 2))
                .as("E07 Metrics.confusionMatrix with 2 actual and 1 predicted").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Metrics.confusionMatrix(new int[] {0, -1}, new int[] {0, 1}, 2))
                .as("E07 Metrics.confusionMatrix with label −1").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1").hasMessageContaining("0 to 1");
        assertThatThrownBy(() -> Metrics.precision(new int[][] {{1, 2}, {3}}, 0))
                .as("E07 Metrics.precision of [[1, 2], [3]]").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Metrics.recall(new int[][] {{1, 2}, {3, 4}}, 2))
                .as("E07 Metrics.recall of class 2 in a [2, 2] matrix").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 to 1");
        assertThatThrownBy(() -> Metrics.accuracy(new int[][] {{1, 2, 3}, {4, 5, 6}}))
                .as("E07 Metrics.accuracy of a [2, 3] table, not square").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Points(1)
    @DisplayName("(hidden) three classes by hand: [[5, 1, 0], [2, 3, 1], [0, 0, 4]]")
    void threeClasses() {
        int[][] cm = {{5, 1, 0}, {2, 3, 1}, {0, 0, 4}};
        String given = "cm " + Arrays.deepToString(cm);
        MetricsTest.PRECISION.given(given + ", positive 1").assertClose("3 / (1 + 3 + 0)", 0.75,
                Metrics.precision(MetricsTest.copy(cm), 1), 1e-15);
        MetricsTest.RECALL.given(given + ", positive 1").assertClose("3 / (2 + 3 + 1)", 0.5,
                Metrics.recall(MetricsTest.copy(cm), 1), 1e-15);
        MetricsTest.ACCURACY.given(given).assertClose("12 / 16", 0.75, Metrics.accuracy(MetricsTest.copy(cm)), 1e-15);
    }
}
