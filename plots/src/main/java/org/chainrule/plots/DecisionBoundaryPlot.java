package org.chainrule.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import org.chainrule.models.DecisionBoundary;
import org.chainrule.models.data.Dataset;
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
 * The line is where the model is undecided, {@code x1 = −(w0/w1)·x0 − b/w1} (the notes' {@code yy}
 * against {@code xx}); the legend writes it in the axes' names x0 and x1. The model computes it
 * ({@link org.chainrule.models.LogisticRegression#decisionBoundary()}) and this class only draws it:
 * <pre>
 *   DecisionBoundaryPlot.write(train, model.decisionBoundary(), "Training set", Path.of("out/boundary.png"));
 * </pre>
 * Points on the side the weights point to get P(y = 1) &gt; 0.5. Class 0 is drawn blue and class 1
 * red, as in the notes.
 */
public final class DecisionBoundaryPlot {
    static final int WIDTH = 640;
    static final int HEIGHT = 600;

    private DecisionBoundaryPlot() {
    }

    /**
     * Draws the points and the boundary line and writes a PNG of 640 × 600 pixels.
     *
     * @param data the points, features {@code [n, 2]} (x is column 0, y column 1), n at least 1, with
     *     their labels and class names
     * @param boundary the line {@code y = slope·x + intercept}, e.g. {@code model.decisionBoundary()}
     * @param title the line above the chart
     * @param file where to write the PNG; missing parent folders are created
     * @return {@code file}
     * @throws IllegalArgumentException if the points are not in the plane, or the line's numbers are not finite
     */
    public static Path write(Dataset data, DecisionBoundary boundary, String title, Path file) {
        double[][] xy = Points.columns("DecisionBoundaryPlot", data);
        if (!Double.isFinite(boundary.slope()) || !Double.isFinite(boundary.intercept())) {
            throw new IllegalArgumentException(String.format("DecisionBoundaryPlot: the boundary y = %s·x + %s "
                    + "is not a line in the plane; slope and intercept must be finite numbers.",
                    boundary.slope(), boundary.intercept()));
        }
        double[] xRange = Points.range(xy[0]);
        double[] yRange = Points.range(xy[1]);
        XYChart chart = Charts.xy(WIDTH, HEIGHT, title, "x0", "x1");
        chart.getStyler().setXAxisMin(xRange[0]).setXAxisMax(xRange[1]);
        chart.getStyler().setYAxisMin(yRange[0]).setYAxisMax(yRange[1]);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);   // keep the points in view
        Charts.scatterByClass(chart, xy, data.labels(), data.classNames());
        addLine(chart, boundary, xRange, yRange);
        return Png.write(chart, file);
    }

    /** {@code y = slope·x + intercept} across the part of the view where it stays inside. */
    private static void addLine(XYChart chart, DecisionBoundary boundary, double[] xRange, double[] yRange) {
        double[] xs = clip(boundary.slope(), boundary.intercept(), xRange, yRange);
        double[] ys = {boundary.y(xs[0]), boundary.y(xs[1])};
        // Named in the axes' own letters (x1 against x0): "y" would be read as the label.
        String name = String.format("Decision boundary: x1 = %.3f·x0 %s %.3f", boundary.slope(),
                boundary.intercept() < 0 ? "−" : "+", Math.abs(boundary.intercept()));
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
