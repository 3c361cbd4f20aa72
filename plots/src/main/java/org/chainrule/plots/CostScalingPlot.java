package org.chainrule.plots;

import java.awt.BasicStroke;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Cost against problem size on log-log axes, one line per method: a cost that grows like
 * {@code size^p} is a straight line of slope p, so "linear" and "quadratic" can be read off the
 * slopes (e.g. the gradient by central differences against one backward pass, as the network grows).
 *
 * <pre>
 *   CostScalingPlot.write("Gradient of every parameter", "parameters", "milliseconds", sizes,
 *           List.of(new Line("central differences", cdMillis), new Line("backward pass", bpMillis)),
 *           Path.of("out/backprop-cost.png"));
 * </pre>
 */
public final class CostScalingPlot {
    static final int WIDTH = 900;
    static final int HEIGHT = 560;

    private CostScalingPlot() {
    }

    /**
     * One method's cost at each size.
     *
     * @param name the legend entry
     * @param cost one positive cost per size, {@code [n]}
     */
    public record Line(String name, double[] cost) {
        /** Copies the costs. */
        public Line {
            cost = cost.clone();
        }
    }

    /**
     * Draws the lines on log-log axes and writes a PNG of 900 × 560 pixels.
     *
     * @param sizes the sizes, positive and increasing, {@code [n]}
     * @param lines at least one line, each with n positive costs; drawn in blue, red, green, …
     * @param file where to write; missing parent folders are created
     * @return {@code file}
     * @throws IllegalArgumentException if a line's length differs from the sizes', or a value is not positive
     */
    public static Path write(String title, String xTitle, String yTitle, double[] sizes, List<Line> lines, Path file) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("CostScalingPlot: no lines; give at least one method's costs.");
        }
        XYChart chart = Charts.xy(WIDTH, HEIGHT, title, xTitle, yTitle);
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        requirePositive("size", sizes);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.cost().length != sizes.length) {
                throw new IllegalArgumentException(String.format("CostScalingPlot: line '%s' has %d costs for %d "
                        + "sizes; give one cost per size.", line.name(), line.cost().length, sizes.length));
            }
            requirePositive(line.name(), line.cost());
            XYSeries s = chart.addSeries(line.name(), sizes, line.cost());
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(Palette.of(i));
            s.setLineColor(Palette.of(i));
            s.setLineStyle(new BasicStroke(2f));
        }
        return Png.write(chart, file);
    }

    private static void requirePositive(String what, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException(String.format("CostScalingPlot: %s value %d is %s; a log axis "
                        + "shows positive, finite numbers only.", what, i, values[i]));
            }
        }
    }
}
