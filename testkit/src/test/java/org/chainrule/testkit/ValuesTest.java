package org.chainrule.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chainrule.testkit.Theories.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {

    /** A generated value is a whole number of hundredths and prints as one (e.g. "0.37"). */
    private static void assertOnGrid(double v) {
        assertThat(Math.abs(v * 100 - Math.rint(v * 100))).as("%s on the 0.01 grid", v).isLessThan(1e-9);
        assertThat(Double.toString(v).replaceFirst("^-", "")).matches("\\d+\\.\\d{1,2}");
    }

    @Test
    void betweenStaysInItsRangeOnTheGrid() {
        List<Double> seen = new ArrayList<>();
        qt().forAll(Values.between(-2, 3)).checkAssert(v -> {
            assertThat(v).isBetween(-2.0, 3.0);
            assertOnGrid(v);
            seen.add(v);
        });
        assertThat(seen).anyMatch(v -> v < -1).anyMatch(v -> v > 2);
    }

    @Test
    void awayFromZeroKeepsTheMarginOnBothSides() {
        List<Double> seen = new ArrayList<>();
        qt(500).forAll(Values.awayFromZero(-1, 2, 0.25)).checkAssert(v -> {
            assertThat(Math.abs(v)).isGreaterThanOrEqualTo(0.25);
            assertThat(v).isBetween(-1.0, 2.0);
            assertOnGrid(v);
            seen.add(v);
        });
        assertThat(seen).contains(-0.25, 0.25).anyMatch(v -> v < -0.9).anyMatch(v -> v > 1.9);
    }

    @Test
    void positiveValuesArePositive() {
        qt().forAll(Values.positive(0.01, 1)).checkAssert(v -> assertThat(v).isBetween(0.01, 1.0));
    }

    @Test
    void badRangesAreRefusedWithTheRule() {
        assertThatThrownBy(() -> Values.positive(0, 1)).hasMessage(
                "positive: lo is 0.0; positive values need lo > 0 (e.g. 0.5).");
        assertThatThrownBy(() -> Values.between(1, 1.001)).hasMessage(
                "between: the range [1.0, 1.001] holds no two multiples of 0.01; widen it.");
        assertThatThrownBy(() -> Values.awayFromZero(0.5, 2, 0.1)).hasMessage(
                "awayFromZero: range [0.5, 2.0] with margin 0.1; need lo ≤ -margin < 0 < margin ≤ hi.");
    }
}
