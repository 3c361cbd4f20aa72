package org.chainrule.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class TicksTest {
    @Test
    void smallExamplesByHand() {
        // (10 − 0) / 5 = 2, a round step: 0, 2, …, 10
        assertThat(Ticks.between(0, 10, 6)).containsExactly(0, 2, 4, 6, 8, 10);
        // (1 − 0) / 5 = 0.2: six ticks 0.2 apart
        assertThat(Ticks.between(0, 1, 6)).containsExactly(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}, within(1e-12));
        // [−0.5, 2.5] / 5 = 0.6 → step 1; only the whole numbers inside the range: 0, 1, 2
        assertThat(Ticks.between(-0.5, 2.5, 6)).containsExactly(0, 1, 2);
        // [−7, 13], 3 wanted: 20 / 2 = 10, a round step; the multiples of 10 inside are 0 and 10
        assertThat(Ticks.between(-7, 13, 3)).containsExactly(0, 10);
        // [3, 47], 5 wanted: 44 / 4 = 11 → 20: 20, 40
        assertThat(Ticks.between(3, 47, 5)).containsExactly(20, 40);
        // a range that starts on a tick keeps it; negative ranges work the same
        assertThat(Ticks.between(-10, -2, 5)).containsExactly(-10, -8, -6, -4, -2);
    }

    @Test
    void anEmptyRangeIsItsOnePoint() {
        assertThat(Ticks.between(3, 3, 6)).containsExactly(3);
        assertThat(Ticks.between(-2.5, -2.5, 2)).containsExactly(-2.5);
        assertThat(Ticks.between(5, 1, 6)).as("hi below lo").containsExactly(5);
    }

    @Test
    void niceStepIsTheSmallestOneTwoOrFiveTimesAPowerOfTenAtLeastRaw() {
        assertThat(Ticks.niceStep(1)).isEqualTo(1);
        assertThat(Ticks.niceStep(1.1)).isEqualTo(2);
        assertThat(Ticks.niceStep(2)).isEqualTo(2);
        assertThat(Ticks.niceStep(2.1)).isEqualTo(5);
        assertThat(Ticks.niceStep(5)).isEqualTo(5);
        assertThat(Ticks.niceStep(7)).isEqualTo(10);
        assertThat(Ticks.niceStep(11)).isEqualTo(20);
        assertThat(Ticks.niceStep(0.3)).isCloseTo(0.5, within(1e-15));
        assertThat(Ticks.niceStep(0.02)).isCloseTo(0.02, within(1e-15));
        assertThat(Ticks.niceStep(4.2e-5)).isCloseTo(5e-5, within(1e-18));
        assertThat(Ticks.niceStep(999)).isEqualTo(1000);
    }

    @Test
    void aStepTooWideForTheRangeGivesWayToTheNextSmallerOne() {
        // target 2 asks for a step of at least 1.1 → 2, and no multiple of 2 lies in [0.1, 1.2]; 1 does
        assertThat(Ticks.between(0.1, 1.2, 2)).containsExactly(1.0);
        assertThat(Ticks.smallerStep(10)).isEqualTo(5);
        assertThat(Ticks.smallerStep(5)).isEqualTo(2);
        assertThat(Ticks.smallerStep(2)).isEqualTo(1);
        assertThat(Ticks.smallerStep(1)).isEqualTo(0.5);
        qt().withFixedSeed(20261127L).withExamples(500)
                .forAll(doubles().between(-1000, 1000), doubles().between(-6, 6), integers().between(2, 3))
                .checkAssert((offset, logSpan, target) -> {
                    double lo = offset * Math.pow(10, logSpan);
                    assertThat(Ticks.between(lo, lo + Math.pow(10, logSpan), target)).as("never empty").isNotEmpty();
                });
    }

    @Test
    void ticksAreRoundEvenlySpacedCoverTheRangeAndAreAboutAsManyAsAsked() {
        qt().withFixedSeed(20240611L).withExamples(2000)
                .forAll(doubles().between(-1000, 1000), doubles().between(-6, 6), integers().between(4, 12))
                .checkAssert((offset, logSpan, target) -> {
                    double span = Math.pow(10, logSpan);
                    double lo = offset * span;   // lo at most 1000 spans from 0, so ticks differ in many digits
                    double hi = lo + span;
                    double[] ticks = Ticks.between(lo, hi, target);
                    double step = ticks.length > 1 ? ticks[1] - ticks[0] : Ticks.niceStep(span / (target - 1));
                    double raw = span / (target - 1);
                    double eps = 1e-6 * step + 1e-12 * Math.abs(lo);
                    assertThat(step).as("step is at least the raw spacing").isGreaterThanOrEqualTo(raw * (1 - 1e-6));
                    assertThat(step).as("step is less than 2.5 raw spacings").isLessThanOrEqualTo(raw * 2.5 * (1 + 1e-6));
                    double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
                    assertThat(mantissa).as("step %s is 1, 2 or 5 × 10ⁿ", step)
                            .satisfiesAnyOf(m -> assertThat(m).isCloseTo(1, within(1e-6)),
                                    m -> assertThat(m).isCloseTo(2, within(1e-6)),
                                    m -> assertThat(m).isCloseTo(5, within(1e-6)),
                                    m -> assertThat(m).isCloseTo(10, within(1e-5)));
                    assertThat(ticks.length).as("count").isBetween(Math.max(1, (target - 1) * 2 / 5), target);
                    for (int i = 0; i < ticks.length; i++) {
                        assertThat(ticks[i]).as("tick inside the range").isBetween(lo - eps, hi + eps);
                        double multiple = ticks[i] / step;
                        assertThat(multiple).as("tick a whole multiple of the step")
                                .isCloseTo(Math.rint(multiple), within(1e-6 * Math.max(1, Math.abs(multiple))));
                        if (i > 0) {
                            assertThat(ticks[i] - ticks[i - 1]).as("even spacing").isCloseTo(step, within(eps));
                        }
                    }
                    assertThat(ticks[0] - lo).as("the first tick is within a step of lo").isLessThan(step + eps);
                    assertThat(hi - ticks[ticks.length - 1]).as("the last within a step of hi").isLessThan(step + eps);
                });
    }

    @Test
    void labelsHaveNoTrailingZeros() {
        assertThat(Ticks.label(2)).isEqualTo("2");
        assertThat(Ticks.label(-3)).isEqualTo("-3");
        assertThat(Ticks.label(0)).isEqualTo("0");
        assertThat(Ticks.label(100)).as("zeros of a whole number stay").isEqualTo("100");
        assertThat(Ticks.label(0.5)).isEqualTo("0.5");
        assertThat(Ticks.label(-1.5)).isEqualTo("-1.5");
        assertThat(Ticks.label(0.25)).isEqualTo("0.25");
        assertThat(Ticks.label(0.1 + 0.2)).as("rounding noise is cut").isEqualTo("0.3");
        assertThat(Ticks.label(2.5e6 + 0.5)).isEqualTo("2.500e+06");
        assertThat(Ticks.label(1e-5)).isEqualTo("1.000e-05");
        assertThat(Ticks.label(3e15)).as("too large for a plain integer").isEqualTo("3.000e+15");
        assertThat(Ticks.label(-3e15)).isEqualTo("-3.000e+15");
        assertThat(Ticks.label(1e15)).as("1e15 is already too large").isEqualTo("1.000e+15");
        assertThat(Ticks.label(1e14)).isEqualTo("100000000000000");
        assertThat(Ticks.label(-1e14)).isEqualTo("-100000000000000");
    }
}
