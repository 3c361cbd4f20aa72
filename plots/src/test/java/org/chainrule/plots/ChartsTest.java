package org.chainrule.plots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.junit.jupiter.api.Test;

class ChartsTest {
    @Test
    void eachClassBecomesOneSeriesOfItsPointsInItsColourAndEmptyClassesAreLeftOut() {
        XYChart chart = Charts.xy(300, 200, "t", "x", "y");
        double[][] xy = {{1, 2, 3, 4}, {10, 20, 30, 40}};
        Charts.scatterByClass(chart, xy, new int[] {2, 0, 2, 0}, List.of("zero", "one", "two"));

        assertThat(chart.getSeriesMap().keySet()).containsExactly("zero (0)", "two (2)");
        XYSeries zero = chart.getSeriesMap().get("zero (0)");
        assertThat(zero.getXData()).containsExactly(2.0, 4.0);
        assertThat(zero.getYData()).containsExactly(20.0, 40.0);
        assertThat(zero.getMarkerColor()).isEqualTo(Palette.of(0));
        XYSeries two = chart.getSeriesMap().get("two (2)");
        assertThat(two.getXData()).containsExactly(1.0, 3.0);
        assertThat(two.getYData()).containsExactly(10.0, 30.0);
        assertThat(two.getMarkerColor()).isEqualTo(Palette.of(2));
        assertThat(two.getXYSeriesRenderStyle()).isEqualTo(XYSeries.XYSeriesRenderStyle.Scatter);
    }
}
