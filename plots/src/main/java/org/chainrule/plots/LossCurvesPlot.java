package org.chainrule.plots;

import java.awt.BasicStroke;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Loss against training progress, several runs on one chart — e.g. one curve per learning rate
 * (the notes: the rate is a hand-set hyper-parameter; too small crawls, too large jumps about) or
 * per batch size. On a logarithmic y axis equal ratios look equal, so a loss falling from 0.7 to
 * 0.07 and from 0.07 to 0.007 take the same height, and slow runs stay readable next to fast ones.
 *
 * <pre>
 *   LossCurvesPlot.write(List.of(Curve.ofSteps("lr 0.01", history1), Curve.ofSteps("lr 0.1", history2)),
 *           "Learning rate sweep", "step", true, Path.of("out/lr.png"));
 * </pre>
 */
public final class LossCurvesPlot {
    static final int WIDTH = 900;
    static final int HEIGHT = 520;

    private LossCurvesPlot() {
    }

    /**
     * One run's losses and where along training each was measured.
     *
     * @param name the legend entry, e.g. {@code "lr = 0.1"}
     * @param x the positions, {@code [n]}, e.g. steps or (fractional) epochs
     * @param y the losses, {@code [n]}
     */
    public record Curve(String name, double[] x, double[] y) {
        /** Checks that x and y pair up; copies both. */
        public Curve {
            if (x.length != y.length) {
                throw new IllegalArgumentException(String.format("Curve '%s': %d positions but %d losses; "
                        + "give one position per loss.", name, x.length, y.length));
            }
            x = x.clone();
            y = y.clone();
        }

        /**
         * A curve measured once per step: loss i is drawn at step i + 1 (the notes count from Step=1).
         *
         * @param name the legend entry
         * @param losses the loss of each step, in order, {@code [steps]}
         */
        public static Curve ofSteps(String name, double[] losses) {
            double[] steps = new double[losses.length];
            for (int i = 0; i < steps.length; i++) {
                steps[i] = i + 1;
            }
            return new Curve(name, steps, losses);
        }
    }

    /**
     * Draws the curves and writes a PNG of 900 × 520 pixels. A run that diverged stops where its
     * loss stopped being a finite number (and, on a log axis, where it reached 0 or below): such
     * points cannot be drawn.
     *
     * @param curves at least one curve, each with at least one finite loss; drawn in order in
     *     blue, red, green, orange, …
     * @param title the line above the chart
     * @param xTitle what x counts, e.g. {@code "step"} or {@code "epoch"}
     * @param logY true for a logarithmic loss axis
     * @param file where to write the PNG; missing parent folders are created
     * @return {@code file}
     */
    public static Path write(List<Curve> curves, String title, String xTitle, boolean logY, Path file) {
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("LossCurvesPlot: no curves; give at least one run's losses.");
        }
        XYChart chart = Charts.xy(WIDTH, HEIGHT, title, xTitle, logY ? "loss (log scale)" : "loss");
        chart.getStyler().setYAxisLogarithmic(logY);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);   // curves fill every corner
        chart.getStyler().setXAxisDecimalPattern("#,##0.##");
        for (int i = 0; i < curves.size(); i++) {
            Curve c = curves.get(i);
            int n = drawable(c.y(), logY);
            if (n == 0) {
                throw new IllegalArgumentException(String.format("LossCurvesPlot: curve '%s' has no "
                        + "drawable loss (its first is %s).", c.name(), c.y().length == 0 ? "missing" : c.y()[0]));
            }
            XYSeries s = chart.addSeries(c.name(), Arrays.copyOf(c.x(), n), Arrays.copyOf(c.y(), n));
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(Palette.of(i));
            s.setLineStyle(new BasicStroke(2f));
        }
        roundXTicks(chart, curves.get(0));
        if (logY) {
            // XChart labels only the powers of 10 inside the data; a run that diverged to 8 would sit
            // above the last label (1). Ending the axis at the next power of 10 labels its decade.
            chart.getStyler().setYAxisMax(logAxisTop(largest(curves)));
        }
        return Png.write(chart, file);
    }

    /**
     * When every x value is evenly spaced (steps 1, 2, 3, …) XChart puts its ticks on data points
     * (1, 20, 39, …). One invisible point halfway between the first two x values breaks the even
     * spacing, and XChart then picks round ticks (0, 100, 200, …).
     */
    private static void roundXTicks(XYChart chart, Curve first) {
        if (first.x().length < 2) {
            return;
        }
        double[] x = {(first.x()[0] + first.x()[1]) / 2};
        XYSeries hidden = chart.addSeries(" ", x, new double[] {first.y()[0]});
        hidden.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        hidden.setMarker(SeriesMarkers.NONE);
        hidden.setShowInLegend(false);
    }

    /** The power of 10 at or above {@code largest}: 8.06 → 10, 0.7 → 1, 40 → 100. */
    static double logAxisTop(double largest) {
        return StrictMath.pow(10, StrictMath.ceil(StrictMath.log10(largest)));
    }

    /** The largest loss drawn on a log axis (every curve has at least one). */
    private static double largest(List<Curve> curves) {
        double max = 0;
        for (Curve c : curves) {
            for (int i = 0; i < drawable(c.y(), true); i++) {
                max = Math.max(max, c.y()[i]);
            }
        }
        return max;
    }

    /** How many leading losses can be drawn: finite, and positive on a log axis. */
    private static int drawable(double[] y, boolean logY) {
        int n = 0;
        while (n < y.length && Double.isFinite(y[n]) && (!logY || y[n] > 0)) {
            n++;
        }
        return n;
    }
}
