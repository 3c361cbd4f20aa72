package org.chainrule.testkit;

import java.util.Locale;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of single numbers, the elements of generated tensors.
 *
 * <p>Every value is a multiple of {@link #GRID} (one hundredth): a counterexample then prints
 * short ({@code 0.37}, not {@code 0.37000000000000005}) and can be pasted back into a test
 * exactly. Values shrink towards 0 (the margin, for {@link #awayFromZero}), or towards the end
 * of the range nearest to 0.
 *
 * <p>Some functions have <b>kinks</b>, points where the slope jumps (ReLU at 0, max where its
 * inputs tie); a numerical gradient across a kink is meaningless, so gradient properties draw
 * from {@link #awayFromZero} (and {@link TensorGen#separatedPairs}) instead of loosening
 * tolerances. Functions defined only for positive numbers (log, sqrt, division) draw from
 * {@link #positive}.
 */
public final class Values {
    /** The spacing of generated values: 0.01. */
    public static final double GRID = 0.01;

    /** Hundredths per unit; a value is {@code k / STEPS} for an integer k. */
    private static final int STEPS = 100;

    private Values() {
    }

    /**
     * Multiples of 0.01 in {@code [lo, hi]}.
     *
     * @param lo the smallest value, e.g. {@code -2}
     * @param hi the largest value, at least {@code lo + 0.01}
     */
    public static Gen<Double> between(double lo, double hi) {
        int loK = steps(lo);
        int hiK = steps(hi);
        if (hiK <= loK) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "between: the range [%s, %s] holds no two multiples of %s; widen it.", lo, hi, GRID));
        }
        return Generate.range(loK, hiK).map(Values::value);
    }

    /**
     * Multiples of 0.01 in {@code [lo, hi]} with {@code |x| ≥ margin}: no value is near 0, so a
     * ReLU is never evaluated across its kink.
     *
     * @param lo the smallest value, below {@code -margin}
     * @param hi the largest value, above {@code margin}
     * @param margin the distance every value keeps from 0, e.g. {@code 0.1}
     */
    public static Gen<Double> awayFromZero(double lo, double hi, double margin) {
        int loK = steps(lo);
        int hiK = steps(hi);
        int m = steps(margin);
        if (m < 1 || loK > -m || hiK < m) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "awayFromZero: range [%s, %s] "
                    + "with margin %s; need lo ≤ -margin < 0 < margin ≤ hi.", lo, hi, margin));
        }
        int gap = 2 * m - 1;        // k > -m is moved up past the band -m+1 .. m-1
        return Generate.range(loK, hiK - gap, 1 - m).map(k -> value(k > -m ? k + gap : k));
    }

    /**
     * Multiples of 0.01 in {@code [lo, hi]} with {@code lo > 0}: inputs for log, sqrt and divisors.
     *
     * @param lo the smallest value, positive, e.g. {@code 0.5}
     * @param hi the largest value
     */
    public static Gen<Double> positive(double lo, double hi) {
        if (!(lo > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "positive: lo is %s; positive values need lo > 0 (e.g. 0.5).", lo));
        }
        return between(lo, hi);
    }

    /** {@code x} in hundredths, rounded to the nearest integer. */
    static int steps(double x) {
        return (int) Math.round(x * STEPS);
    }

    /** The value of {@code k} hundredths: {@code k / 100}, correctly rounded, so it prints as written. */
    static double value(int k) {
        return k / (double) STEPS;
    }
}
