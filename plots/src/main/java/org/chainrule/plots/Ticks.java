package org.chainrule.plots;

/**
 * "Nice" axis ticks: round numbers 1, 2 or 5 × 10ⁿ apart covering a range (package-private).
 */
final class Ticks {
    /** Slack for floating-point noise when a bound is a multiple of the step (0.3 / 0.1 = 2.9999999999999996). */
    private static final double ROUNDING_SLACK = 1e-9;

    private Ticks() {
    }

    /**
     * About {@code target} evenly spaced round values within {@code [lo, hi]}.
     *
     * @param lo the smallest value to show
     * @param hi the largest value to show, at least lo
     * @param target how many ticks are wanted, at least 2 (the result has roughly that many)
     * @return the ticks, increasing; {@code [lo]} when lo = hi
     */
    static double[] between(double lo, double hi, int target) {
        if (!(hi > lo)) {
            return new double[] {lo};
        }
        double step = niceStep((hi - lo) / (target - 1));
        while (count(lo, hi, step) < 1) {       // a wide step can miss a short range: take the next smaller
            step = smallerStep(step);
        }
        long first = (long) Math.ceil(lo / step - ROUNDING_SLACK);
        double[] ticks = new double[(int) count(lo, hi, step)];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = (first + i) * step;
        }
        return ticks;
    }

    /** How many multiples of {@code step} lie in {@code [lo, hi]}. */
    private static long count(double lo, double hi, double step) {
        return (long) Math.floor(hi / step + ROUNDING_SLACK) - (long) Math.ceil(lo / step - ROUNDING_SLACK) + 1;
    }

    /** The next round step below {@code step}: 10 → 5 → 2 → 1 → 0.5 … */
    static double smallerStep(double step) {
        double power = Math.pow(10, Math.floor(Math.log10(step) + ROUNDING_SLACK));
        long mantissa = Math.round(step / power);
        return mantissa == 1 ? power / 2 : mantissa == 2 ? power : 2 * power;
    }

    /** The smallest of 1, 2, 5 × 10ⁿ that is at least {@code raw}. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw * (1 - ROUNDING_SLACK)) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** A tick label without trailing zeros: 2, 0.5, −1.5, 1e-05. */
    static String label(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format("%.4g", v);
        return s.contains("e") ? s : s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
