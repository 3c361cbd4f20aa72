package org.chainrule.plots;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The XChart line/scatter chart every plot here starts from, styled once (package-private). */
final class Charts {
    private Charts() {
    }

    /**
     * An empty XY chart: white background, light grid, legend inside the top-right corner.
     *
     * @param width pixels
     * @param height pixels
     */
    static XYChart xy(int width, int height, String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(width).height(height)
                .title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        var styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(Color.GRAY);
        styler.setPlotGridLinesColor(new Color(0xe0e0e0));
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        styler.setChartTitleBoxVisible(false);
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setLegendBorderColor(Color.LIGHT_GRAY);
        styler.setMarkerSize(12);
        return chart;
    }

    /**
     * Adds the points of each class as dots of its colour ({@link Palette#of}), one legend entry per class.
     *
     * @param xy the two coordinate columns, {@code [2][n]}
     * @param labels the class of each point, {@code [n]}
     * @param classNames one name per class, {@code [k]}
     */
    static void scatterByClass(XYChart chart, double[][] xy, int[] labels, List<String> classNames) {
        for (int c = 0; c < classNames.size(); c++) {
            int count = 0;
            for (int label : labels) {
                count += label == c ? 1 : 0;
            }
            if (count == 0) {
                continue;
            }
            double[] xs = new double[count];
            double[] ys = new double[count];
            for (int i = 0, j = 0; i < labels.length; i++) {
                if (labels[i] == c) {
                    xs[j] = xy[0][i];
                    ys[j++] = xy[1][i];
                }
            }
            XYSeries s = chart.addSeries(classNames.get(c) + " (" + c + ")", xs, ys);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(Palette.of(c));
        }
    }
}
