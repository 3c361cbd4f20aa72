package org.chainrule.plots;

import org.chainrule.models.data.Dataset;

/** Checks and unpacks the labelled 2-D points the scatter plots draw (package-private). */
final class Points {
    /** The view extends this share of the data's range beyond its smallest and largest points. */
    static final double MARGIN = 0.15;

    private Points() {
    }

    /**
     * The two coordinate columns of the data set's features, after checking that they are points
     * of the plane and that there is at least one. (The {@link Dataset} itself has already checked
     * that there is one label per row and that every label is a class.)
     *
     * @param plot the plot asking, named in errors
     * @param data features {@code [n, 2]}, n at least 1
     * @return {@code {x, y}}, each of length n
     */
    static double[][] columns(String plot, Dataset data) {
        if (data.numFeatures() != 2) {
            throw new IllegalArgumentException(String.format("%s: the data set %s has features %s; a plane plot "
                    + "needs [n, 2], two features per point.", plot, data, data.features().shape()));
        }
        if (data.size() == 0) {
            throw new IllegalArgumentException(String.format("%s: the data set %s has no rows; there are no "
                    + "points to draw.", plot, data));
        }
        int n = data.size();
        double[] v = data.features().toArray();
        double[][] xy = new double[2][n];
        for (int i = 0; i < n; i++) {
            xy[0][i] = v[2 * i];
            xy[1][i] = v[2 * i + 1];
        }
        return xy;
    }

    /**
     * The view around some values: {@code [min − m, max + m]} with m = {@link #MARGIN} of the range
     * (or 1 when all values are equal).
     *
     * @param values at least one value
     * @return {@code {lo, hi}}
     */
    static double[] range(double[] values) {
        return range(values, MARGIN);
    }

    /**
     * The view {@code [min − m, max + m]} with m = {@code margin} times the range (1 when all values
     * are equal).
     */
    static double[] range(double[] values, double margin) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double m = hi > lo ? margin * (hi - lo) : 1;
        return new double[] {lo - m, hi + m};
    }
}
