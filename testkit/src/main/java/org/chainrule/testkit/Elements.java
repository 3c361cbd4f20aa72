package org.chainrule.testkit;

/** Element-by-element comparison for {@link Exercise} (package-private). */
final class Elements {
    private Elements() {
    }

    /**
     * Whether {@code got} is within {@code tolerance · max(1, |expected|)} of {@code expected}:
     * absolute near 0, relative for large values. NaN matches only NaN; an infinity only itself.
     */
    static boolean close(double expected, double got, double tolerance) {
        if (Double.isNaN(expected) || Double.isNaN(got) || Double.isInfinite(expected) || Double.isInfinite(got)) {
            return Double.compare(expected, got) == 0;
        }
        return Math.abs(expected - got) <= tolerance * Math.max(1.0, Math.abs(expected));
    }

    /** The flat index where {@code got} is furthest from {@code expected} (a NaN or infinity wins); -1 if empty. */
    static int worst(double[] expected, double[] got) {
        int worst = -1;
        double worstGap = -1;
        for (int i = 0; i < expected.length; i++) {
            double gap = Math.abs(expected[i] - got[i]) / Math.max(1.0, Math.abs(expected[i]));
            if (Double.isNaN(gap) || Double.isInfinite(gap)) {
                gap = Double.POSITIVE_INFINITY;
            }
            if (Double.compare(expected[i], got[i]) == 0) {
                gap = 0;
            }
            if (gap > worstGap) {
                worst = i;
                worstGap = gap;
            }
        }
        return worst;
    }

    /** The row-major multi-index of flat index {@code flat} in a tensor of sizes {@code dims}. */
    static int[] index(int[] dims, int flat) {
        int[] index = new int[dims.length];
        for (int axis = dims.length - 1; axis >= 0; axis--) {
            index[axis] = flat % dims[axis];
            flat /= dims[axis];
        }
        return index;
    }
}
