package org.chainrule.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.chainrule.plots.CostScalingPlot.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostScalingPlotTest {
    @TempDir
    Path dir;

    @Test
    void drawsEachLineInItsOwnColour() throws Exception {
        double[] sizes = {10, 100, 1000, 10000};
        Path file = CostScalingPlot.write("cost", "parameters", "ms", sizes,
                List.of(new Line("quadratic", new double[] {1e-2, 1, 100, 1e4}), new Line("linear", new double[] {1e-2, 1e-1, 1, 10})),
                dir.resolve("scaling.png"));

        BufferedImage image = Pictures.readPng(file, CostScalingPlot.WIDTH, CostScalingPlot.HEIGHT);
        assertThat(Pictures.count(image, Palette.of(0))).as("pixels of the first line").isGreaterThan(200);
        assertThat(Pictures.count(image, Palette.of(1))).as("pixels of the second line").isGreaterThan(200);
    }

    @Test
    void aLogAxisNeedsPositiveNumbersOnePerSize() {
        double[] sizes = {1, 2};
        assertThatThrownBy(() -> CostScalingPlot.write("t", "x", "y", sizes, List.of(), dir.resolve("x.png")))
                .hasMessage("CostScalingPlot: no lines; give at least one method's costs.");
        assertThatThrownBy(() -> CostScalingPlot.write("t", "x", "y", sizes, List.of(new Line("a", new double[] {1})),
                dir.resolve("x.png"))).hasMessage("CostScalingPlot: line 'a' has 1 costs for 2 sizes; give one cost per size.");
        assertThatThrownBy(() -> CostScalingPlot.write("t", "x", "y", sizes, List.of(new Line("a", new double[] {1, 0})),
                dir.resolve("x.png"))).hasMessage("CostScalingPlot: a value 1 is 0.0; a log axis shows positive, finite numbers only.");
    }
}
