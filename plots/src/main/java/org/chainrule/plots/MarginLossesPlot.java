package org.chainrule.plots;

import java.awt.BasicStroke;
import java.nio.file.Path;
import java.util.List;
import org.chainrule.plots.LossCurvesPlot.Curve;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Several losses drawn against the margin {@code m = y·z} on one chart — the notes' comparison of
 * the 0/1, log, exponential and hinge losses. With labels {@code y ∈ {−1, +1}} and a score z, the
 * margin is positive on the right side of the boundary and negative on the wrong side, so every
 * binary loss is a function of m alone:
 * <pre>
 *   0/1          [m &lt; 0]
 *   log          log(1 + e^−m)
 *   exponential  e^−m
 *   hinge        max(0, 1 − m)
 * </pre>
 * The y axis is cut at {@link #Y_MAX}: the exponential loss reaches e^3 ≈ 20 at m = −3 and would
 * flatten the others. A curve that is above the axis at its left end enters the chart where it
 * crosses the top edge (and one above it at its right end leaves there).
 */
public final class MarginLossesPlot {
    static final int WIDTH = 900;
    static final int HEIGHT = 560;
    /** The top of the loss axis; curves above it run off the chart. */
    public static final double Y_MAX = 4.0;

    private MarginLossesPlot() {
    }

    /**
     * Draws each loss as a line against the margin and writes a PNG of 900 × 560 pixels.
     *
     * @param losses at least one curve: x the margins {@code [n]}, y the loss at each {@code [n]}; drawn in
     *     order in blue, red, green, orange, …
     * @param title the line above the chart
     * @param file where to write the PNG; missing parent folders are created
     * @return {@code file}
     */
    public static Path write(List<Curve> losses, String title, Path file) {
        if (losses.isEmpty()) {
            throw new IllegalArgumentException("MarginLossesPlot: no losses; give at least one curve of loss against margin.");
        }
        XYChart chart = Charts.xy(WIDTH, HEIGHT, title, "margin m = y·z  (y = ±1; m < 0: wrong side)", "loss");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(Y_MAX);
        chart.getStyler().setXAxisDecimalPattern("0.#");
        chart.getStyler().setXAxisTickMarkSpacingHint(110);
        for (int i = 0; i < losses.size(); i++) {
            Curve c = losses.get(i);
            double[][] xy = onChart(c);
            XYSeries s = chart.addSeries(c.name(), xy[0], xy[1]);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(Palette.of(i));
            s.setLineStyle(new BasicStroke(3f));
        }
        return Png.write(chart, file);
    }

    /**
     * The part of a curve inside the chart: points above {@link #Y_MAX} at either end are dropped,
     * and the point where the curve crosses the top edge is put in their place (by linear
     * interpolation), so the line enters or leaves the chart exactly at its border.
     */
    static double[][] onChart(Curve c) {
        double[] x = c.x();
        double[] y = c.y();
        int from = 0;
        while (from < y.length && !(y[from] <= Y_MAX)) {
            from++;
        }
        int to = y.length;
        while (to > from && !(y[to - 1] <= Y_MAX)) {
            to--;
        }
        if (from == to) {
            throw new IllegalArgumentException(String.format("MarginLossesPlot: loss '%s' is above %s (or not a "
                    + "number) everywhere; nothing of it is on the chart.", c.name(), Y_MAX));
        }
        boolean enters = from > 0 && Double.isFinite(y[from - 1]);
        boolean leaves = to < y.length && Double.isFinite(y[to]);
        int n = to - from + (enters ? 1 : 0) + (leaves ? 1 : 0);
        double[][] out = new double[2][n];
        int k = 0;
        if (enters) {
            out[0][k] = crossing(x[from - 1], y[from - 1], x[from], y[from]);
            out[1][k++] = Y_MAX;
        }
        for (int i = from; i < to; i++, k++) {
            out[0][k] = x[i];
            out[1][k] = y[i];
        }
        if (leaves) {
            out[0][k] = crossing(x[to - 1], y[to - 1], x[to], y[to]);
            out[1][k] = Y_MAX;
        }
        return out;
    }

    /** The x where the segment from (x0, y0) to (x1, y1) has height {@link #Y_MAX}. */
    private static double crossing(double x0, double y0, double x1, double y1) {
        return x0 + (Y_MAX - y0) * (x1 - x0) / (y1 - y0);
    }
}
