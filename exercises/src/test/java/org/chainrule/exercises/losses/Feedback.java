package org.chainrule.exercises.losses;

import java.util.Locale;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Exercise;
import org.chainrule.testkit.TensorGen;

/**
 * The E05 checks: {@link Exercise}'s comparisons, plus a hint when the numbers show a known
 * mistake — a flipped sign, a sum where the mean was asked for, an overflowed exp.
 */
final class Feedback {
    /** Ratios this close to −1 or to n count as "the sign is flipped" or "n times too large". */
    private static final double RATIO_TOLERANCE = 1e-6;

    private Feedback() {
    }

    /**
     * Fails unless {@code got} has {@code expected}'s shape and every element is within
     * {@code tolerance · max(1, |expected|)} (0: bit-exact), naming a known mistake if it sees one.
     *
     * @param oracle where expected comes from, e.g. {@code central differences}
     * @param n the number of rows, for the "sum instead of mean" hint
     */
    static void close(Exercise ex, String oracle, Tensor expected, Tensor got, double tolerance, int n) {
        if (got != null && got.shape().equals(expected.shape())) {
            String hint = hint(expected.toArray(), got.toArray(), n);
            if (!hint.isEmpty()) {
                throw ex.fail("differs from " + oracle + ": " + hint,
                        TensorGen.describe(expected) + "   (" + oracle + ")", TensorGen.describe(got));
            }
        }
        ex.assertClose(oracle, expected, got, tolerance);
    }

    /** Fails unless {@code got} is within {@code tolerance · max(1, |expected|)}, naming a known mistake. */
    static void value(Exercise ex, String oracle, double expected, double got, double tolerance, int n) {
        String hint = hint(new double[] {expected}, new double[] {got}, n);
        if (!hint.isEmpty()) {
            throw ex.fail("differs from " + oracle + ": " + hint, expected + "   (" + oracle + ")", String.valueOf(got));
        }
        ex.assertClose(oracle, expected, got, tolerance);
    }

    /** A hint when got is not finite, is −expected, or is n times expected; empty otherwise. */
    static String hint(double[] expected, double[] got, int n) {
        for (int i = 0; i < got.length; i++) {
            if (Double.isFinite(expected[i]) && !Double.isFinite(got[i])) {
                return String.format(Locale.ROOT, "got %s where a finite number belongs. e^x overflows to Infinity "
                        + "from x ≈ 710 on (and Infinity/Infinity is NaN): subtract each row's maximum before exp, "
                        + "then every exponent is ≤ 0.", got[i]);
            }
        }
        double eg = 0;
        double ee = 0;
        for (int i = 0; i < expected.length; i++) {
            eg += expected[i] * got[i];
            ee += expected[i] * expected[i];
        }
        double ratio = eg / ee;
        if (!(ee > 0) || !isMultiple(expected, got, ratio)) {
            return "";
        }
        if (Math.abs(ratio + 1) < RATIO_TOLERANCE) {
            return "got is exactly −expected, so a sign is flipped. The cost carries a minus sign (−log p is ≥ 0), "
                    + "and so does its gradient.";
        }
        if (n > 1 && Math.abs(ratio - n) < RATIO_TOLERANCE * n) {
            return String.format(Locale.ROOT, "got is n = %d times expected. The loss is the mean over the rows, "
                    + "not the sum: divide by n (and so does every gradient).", n);
        }
        return "";
    }

    private static boolean isMultiple(double[] expected, double[] got, double ratio) {
        for (int i = 0; i < expected.length; i++) {
            if (!(Math.abs(got[i] - ratio * expected[i]) <= 1e-9 * (1 + Math.abs(got[i])))) {
                return false;
            }
        }
        return true;
    }
}
