package org.chainrule.models.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionBoundaryPlotTest {
    private static final Tensor POINTS = Tensor.of(new double[][] {{1, 1}, {1, 2}, {2, 1}, {3, 2}, {3, 3}, {2, 3}});
    private static final int[] LABELS = {0, 0, 0, 1, 1, 1};
    private static final List<String> NAMES = List.of("Negative", "Positive");
    private static final Color LINE = new Color(0xff7f0e);

    @TempDir
    Path dir;

    @Test
    void drawsRedAndBluePointsAndTheLine() throws Exception {
        BufferedImage image = draw(Tensor.of(new double[][] {{1.0848083}, {1.1075894}}), -4.039375);

        assertThat(Pictures.count(image, Palette.of(0))).as("blue (Negative) pixels").isGreaterThan(50);
        assertThat(Pictures.count(image, Palette.of(1))).as("red (Positive) pixels").isGreaterThan(50);
        assertThat(Pictures.count(image, LINE)).as("boundary pixels").isGreaterThan(100);
    }

    @Test
    void theLineTiltsLikeMinusW0OverW1() throws Exception {
        // w0 = w1: slope −1, falling to the right; w0 = −w1: slope +1, rising to the right.
        double falling = pixelSlope(draw(Tensor.of(1, 1), -4));
        double rising = pixelSlope(draw(Tensor.of(-1, 1), 0));

        assertThat(falling).as("pixel rows grow downwards: a falling line has a positive pixel slope").isPositive();
        assertThat(rising).isNegative();
    }

    @Test
    void noWeightsNoLine() {
        assertThatThrownBy(() -> draw(Tensor.of(0, 0), 1))
                .hasMessage("DecisionBoundaryPlot: w0 = w1 = 0; the model ignores both features, so there is "
                        + "no boundary line to draw.");
        assertThatThrownBy(() -> draw(Tensor.of(1, 2, 3), 1))
                .hasMessage("DecisionBoundaryPlot: W is [3]; a line in the plane needs exactly two weights, [2, 1].");
    }

    @Test
    void pointsMustBePairsWithOneLabelEach() {
        assertThatThrownBy(() -> DecisionBoundaryPlot.write(Tensor.of(1, 2), LABELS, NAMES, Tensor.of(1, 1), 0, "t",
                dir.resolve("x.png"))).hasMessage("DecisionBoundaryPlot: points are [2]; a plane plot needs [n, 2], "
                        + "two features per point.");
        assertThatThrownBy(() -> DecisionBoundaryPlot.write(POINTS, new int[] {0, 1}, NAMES, Tensor.of(1, 1), 0, "t",
                dir.resolve("x.png"))).hasMessage("DecisionBoundaryPlot: points are [6, 2] but there are 2 labels; "
                        + "give one label per point.");
    }

    private BufferedImage draw(Tensor w, double b) throws Exception {
        Path file = DecisionBoundaryPlot.write(POINTS, LABELS, NAMES, w, b, "test", dir.resolve("boundary.png"));
        return Pictures.readPng(file, DecisionBoundaryPlot.WIDTH, DecisionBoundaryPlot.HEIGHT);
    }

    /** Least-squares slope of the line's pixels above the legend (pixel y against pixel x). */
    private static double pixelSlope(BufferedImage image) {
        double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int y = 0; y < image.getHeight() * 3 / 4; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) == LINE.getRGB()) {
                    n++;
                    sx += x;
                    sy += y;
                    sxx += (double) x * x;
                    sxy += (double) x * y;
                }
            }
        }
        assertThat(n).as("line pixels").isGreaterThan(50);
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }
}
