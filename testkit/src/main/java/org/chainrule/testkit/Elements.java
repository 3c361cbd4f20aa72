package org.chainrule.testkit;

/**
 * Element-by-element comparison for {@link Exercise} (package-private), by the course's rule
 * {@code |got − expected| ≤ atol + rtol·|expected|} (PyTorch's gradcheck form).
 */
final class Elements {
    private Elements() {
    }

    /** The difference allowed at {@code expected}: {@code atol + rtol·|expected|}. */
    static double allowed(double expected, double atol, double rtol) {
        return atol + rtol * Math.abs(expected);
    }

    /** Whether {@code got} is close enough to {@code expected}. NaN matches only NaN; an infinity only itself. */
    static boolean close(double expected, double got, double atol, double rtol) {
        if (Double.isNaN(expected) || Double.isNaN(got) || Double.isInfinite(expected) || Double.isInfinite(got)) {
            return Double.compare(expected, got) == 0;
        }
        return Math.abs(expected - got) <= allowed(expected, atol, rtol);
    }

    /**
     * The flat index where {@code got} is furthest from {@code expected} relative to what is
     * allowed there (a NaN or an infinity wins); -1 if empty.
     */
    static int worst(double[] expected, double[] got, double atol, double rtol) {
        int worst = -1;
        double worstGap = -1;
        for (int i = 0; i < expected.length; i++) {
            double gap = Math.abs(expected[i] - got[i]) / Math.max(Double.MIN_NORMAL, allowed(expected[i], atol, rtol));
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
