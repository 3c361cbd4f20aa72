package org.chainrule.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.chainrule.core.Tensor;
import org.chainrule.models.DecisionBoundary;
import org.chainrule.models.LogisticRegression;
import org.chainrule.models.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionBoundaryPlotTest {
    private static final Dataset SIX = new Dataset(
            Tensor.of(new double[][] {{1, 1}, {1, 2}, {2, 1}, {3, 2}, {3, 3}, {2, 3}}), new int[] {0, 0, 0, 1, 1, 1},
            List.of("Negative", "Positive"));
    private static final Color LINE = new Color(0xff7f0e);

    @TempDir
    Path dir;

    @Test
    void drawsRedAndBluePointsAndTheLine() throws Exception {
        // The notes' final model: W = [[1.0848083], [1.1075894]], b = -4.039375.
        LogisticRegression notes = new LogisticRegression(Tensor.of(new double[][] {{1.0848083}, {1.1075894}}),
                Tensor.of(-4.039375));
        BufferedImage image = draw(notes.decisionBoundary());

        assertThat(Pictures.count(image, Palette.of(0))).as("blue (Negative) pixels").isGreaterThan(50);
        assertThat(Pictures.count(image, Palette.of(1))).as("red (Positive) pixels").isGreaterThan(50);
        assertThat(Pictures.count(image, LINE)).as("boundary pixels").isGreaterThan(100);
    }

    @Test
    void theLineTiltsWithItsSlope() throws Exception {
        // slope −1 falls to the right (w0 = w1), slope +1 rises (w0 = −w1).
        double falling = pixelSlope(draw(new DecisionBoundary(-1, 4)));
        double rising = pixelSlope(draw(new DecisionBoundary(1, 0)));

        assertThat(falling).as("pixel rows grow downwards: a falling line has a positive pixel slope").isPositive();
        assertThat(rising).isNegative();
    }

    @Test
    void aBoundaryThatIsNoLineIsRefused() {
        assertThatThrownBy(() -> draw(new DecisionBoundary(Double.NaN, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DecisionBoundaryPlot: the boundary y = NaN·x + 1.0 is not a line in the plane; slope and "
                        + "intercept must be finite numbers.");
        assertThatThrownBy(() -> draw(new DecisionBoundary(2, Double.NEGATIVE_INFINITY)))
                .hasMessage("DecisionBoundaryPlot: the boundary y = 2.0·x + -Infinity is not a line in the plane; "
                        + "slope and intercept must be finite numbers.");
    }

    @Test
    void thePointsMustBeInThePlaneAndThereMustBeSome() {
        Dataset three = new Dataset(Tensor.zeros(6, 3), SIX.labels(), SIX.classNames());
        assertThatThrownBy(() -> DecisionBoundaryPlot.write(three, new DecisionBoundary(1, 0), "t", dir.resolve("x.png")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DecisionBoundaryPlot: the data set Dataset[6 × 3, 2 classes [Negative, Positive]] has "
                        + "features [6, 3]; a plane plot needs [n, 2], two features per point.");
        Dataset none = SIX.take(new int[0]);
        assertThatThrownBy(() -> DecisionBoundaryPlot.write(none, new DecisionBoundary(1, 0), "t", dir.resolve("x.png")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DecisionBoundaryPlot: the data set Dataset[0 × 2, 2 classes [Negative, Positive]] has no "
                        + "rows; there are no points to draw.");
    }

    private BufferedImage draw(DecisionBoundary boundary) throws Exception {
        Path file = DecisionBoundaryPlot.write(SIX, boundary, "test", dir.resolve("boundary.png"));
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
