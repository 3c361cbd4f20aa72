package org.chainrule.models.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import org.chainrule.core.Tensor;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A binary logistic model's decision boundary drawn over the points — the notes'
 * <pre>
 *   slope = w_hat[0] / w_hat[1]
 *   yy = -slope * xx - b_hat / w_hat[1]
 *   plt.scatter(X[:, 0], X[:, 1], color=colors); plt.plot(xx, yy, label='Decision Boundary')
 * </pre>
 * The line is where the model is undecided: {@code σ(w0·x + w1·y + b) = 0.5}, i.e.
 * {@code w0·x + w1·y + b = 0}, i.e. {@code y = −(w0/w1)·x − b/w1}. Points on the side the weights
 * point to get P(y = 1) &gt; 0.5. Class 0 is drawn blue and class 1 red, as in the notes.
 */
public final class DecisionBoundaryPlot {
    static final int WIDTH = 640;
    static final int HEIGHT = 600;

    private DecisionBoundaryPlot() {
    }

    /**
     * Draws the points and the boundary line and writes a PNG of 640 × 600 pixels.
     *
     * @param points the features, shape {@code [n, 2]}: x is column 0, y column 1
     * @param labels the class of each point, 0 or 1, {@code [n]}
     * @param classNames the two class names, {@code [2]}, e.g. {@code Negative}, {@code Positive}
     * @param w the weights, shape {@code [2, 1]} (or {@code [2]}): {@code w0} for x, {@code w1} for y
     * @param b the bias, a number (the model's b is {@code [1]})
     * @param title the line above the chart
     * @param file where to write the PNG; missing parent folders are created
     * @return {@code file}
     * @throws IllegalArgumentException if the shapes do not fit, or w0 = w1 = 0 (there is no line)
     */
    public static Path write(Tensor points, int[] labels, List<String> classNames, Tensor w, double b,
            String title, Path file) {
        double[][] xy = Points.columns("DecisionBoundaryPlot", points, labels, classNames);
        if (w.size() != 2) {
            throw new IllegalArgumentException(String.format("DecisionBoundaryPlot: W is %s; a line in the "
                    + "plane needs exactly two weights, [2, 1].", w.shape()));
        }
        double w0 = w.toArray()[0];
        double w1 = w.toArray()[1];
        double[] xRange = Points.range(xy[0]);
        double[] yRange = Points.range(xy[1]);
        XYChart chart = Charts.xy(WIDTH, HEIGHT, title, "x0", "x1");
        chart.getStyler().setXAxisMin(xRange[0]).setXAxisMax(xRange[1]);
        chart.getStyler().setYAxisMin(yRange[0]).setYAxisMax(yRange[1]);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);   // keep the points in view
        Charts.scatterByClass(chart, xy, labels, classNames);
        addLine(chart, w0, w1, b, xRange, yRange);
        return Png.write(chart, file);
    }

    /** {@code y = −(w0/w1)·x − b/w1} across the view, or the vertical {@code x = −b/w0} when w1 = 0. */
    private static void addLine(XYChart chart, double w0, double w1, double b, double[] xRange, double[] yRange) {
        double[] xs;
        double[] ys;
        String name;
        if (w1 != 0) {
            double slope = -w0 / w1;
            double intercept = -b / w1;
            xs = clip(slope, intercept, xRange, yRange);
            ys = new double[] {slope * xs[0] + intercept, slope * xs[1] + intercept};
            name = String.format("Decision Boundary: y = %.3f·x %s %.3f", slope, intercept < 0 ? "−" : "+",
                    Math.abs(intercept));
        } else if (w0 != 0) {
            xs = new double[] {-b / w0, -b / w0};
            ys = yRange.clone();
            name = String.format("Decision Boundary: x = %.3f", -b / w0);
        } else {
            throw new IllegalArgumentException("DecisionBoundaryPlot: w0 = w1 = 0; the model ignores both "
                    + "features, so there is no boundary line to draw.");
        }
        XYSeries line = chart.addSeries(name, xs, ys);
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(new Color(0xff7f0e));
        line.setLineStyle(new BasicStroke(2.5f));
    }

    /**
     * The part of x's range where the line stays inside the y range, so that the chart need not
     * stretch to show it: {@code {x_from, x_to}} (the whole x range when the line is flat).
     */
    private static double[] clip(double slope, double intercept, double[] xRange, double[] yRange) {
        double from = xRange[0];
        double to = xRange[1];
        if (slope != 0) {
            double atLo = (yRange[0] - intercept) / slope;
            double atHi = (yRange[1] - intercept) / slope;
            from = Math.max(from, Math.min(atLo, atHi));
            to = Math.min(to, Math.max(atLo, atHi));
        }
        return from < to ? new double[] {from, to} : xRange.clone();
    }
}
