package org.chainrule.models.plot;

/**
 * "Nice" axis ticks: round numbers 1, 2 or 5 × 10ⁿ apart covering a range (package-private).
 */
final class Ticks {
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
        long first = (long) Math.ceil(lo / step - 1e-9);
        long last = (long) Math.floor(hi / step + 1e-9);
        double[] ticks = new double[(int) (last - first + 1)];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = (first + i) * step;
        }
        return ticks;
    }

    /** The smallest of 1, 2, 5 × 10ⁿ that is at least {@code raw}. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw * (1 - 1e-9)) {
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
