package org.chainrule.models.plot;

import java.util.List;
import org.chainrule.core.Tensor;

/** Checks and unpacks the labelled 2-D points the scatter plots draw (package-private). */
final class Points {
    /** The view extends this share of the data's range beyond its smallest and largest points. */
    static final double MARGIN = 0.15;

    private Points() {
    }

    /**
     * The two coordinate columns of {@code points}, after checking that every part fits.
     *
     * @param plot the plot asking, named in errors
     * @param points shape {@code [n, 2]}
     * @param labels n class indices in {@code [0, classNames.size())}
     * @return {@code {x, y}}, each of length n
     */
    static double[][] columns(String plot, Tensor points, int[] labels, List<String> classNames) {
        if (points.rank() != 2 || points.shape().dim(1) != 2) {
            throw new IllegalArgumentException(String.format("%s: points are %s; a plane plot needs [n, 2], "
                    + "two features per point.", plot, points.shape()));
        }
        int n = points.shape().dim(0);
        if (labels.length != n) {
            throw new IllegalArgumentException(String.format("%s: points are %s but there are %d labels; "
                    + "give one label per point.", plot, points.shape(), labels.length));
        }
        for (int i = 0; i < n; i++) {
            if (labels[i] < 0 || labels[i] >= classNames.size()) {
                throw new IllegalArgumentException(String.format("%s: label %d at row %d is not a class of "
                        + "%s.", plot, labels[i], i, classNames));
            }
        }
        double[] v = points.toArray();
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
