package org.chainrule.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.chainrule.models.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbabilityMapPlotTest {
    private static final Dataset XOR = new Dataset(Tensor.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}),
            new int[] {0, 1, 1, 0}, List.of("0", "1"));

    @TempDir
    Path dir;

    /** A pixel of the plot area at a fraction of its width and height, away from the points. */
    private static Color plotAt(BufferedImage image, double fx, double fy) {
        return Pictures.at(image, DecisionRegionsPlot.LEFT + (int) (fx * DecisionRegionsPlot.PLOT),
                DecisionRegionsPlot.TOP + (int) (fy * DecisionRegionsPlot.PLOT));
    }

    @Test
    void anUndecidedModelLeavesThePlaneWhite() throws Exception {
        Path file = ProbabilityMapPlot.write(XOR, x -> Tensor.full(Shape.of(x.shape().dim(0), 1), 0.5), "h = 1/2", "x0", "x1",
                dir.resolve("half.png"));
        BufferedImage image = Pictures.readPng(file, ProbabilityMapPlot.WIDTH, ProbabilityMapPlot.HEIGHT);
        for (double[] f : new double[][] {{0.3, 0.3}, {0.5, 0.5}, {0.7, 0.1}, {0.1, 0.9}}) {
            assertThat(plotAt(image, f[0], f[1])).as("at %s", Arrays.toString(f))
                    .isEqualTo(ProbabilityMapPlot.colour(0.5));
        }
        assertThat(Pictures.brightness(ProbabilityMapPlot.colour(0.5))).isGreaterThan(240);
    }

    @Test
    void certaintyShowsInTheClassesColours() throws Exception {
        // h rises from 0 on the left to 1 on the right: the left is blue like class 0, the right red like class 1.
        Path file = ProbabilityMapPlot.write(XOR, ProbabilityMapPlotTest::ramp, "h = σ(20·x0 − 10)", "x0", "x1",
                dir.resolve("ramp.png"));
        BufferedImage image = Pictures.readPng(file, ProbabilityMapPlot.WIDTH, ProbabilityMapPlot.HEIGHT);
        assertThat(Pictures.bluish(plotAt(image, 0.1, 0.5))).as("left").isTrue();
        assertThat(Pictures.reddish(plotAt(image, 0.9, 0.5))).as("right").isTrue();
        assertThat(Pictures.bluish(ProbabilityMapPlot.colour(0))).isTrue();
        assertThat(Pictures.reddish(ProbabilityMapPlot.colour(1))).isTrue();
    }

    /** h = σ(20·x0 − 10) for each row of x [m, 2]. */
    private static Tensor ramp(Tensor x) {
        double[] h = new double[x.shape().dim(0)];
        for (int i = 0; i < h.length; i++) {
            h[i] = 1 / (1 + Math.exp(-(20 * x.get(i, 0) - 10)));
        }
        return Tensor.of(h);
    }

    @Test
    void oneProbabilityPerPointOrATeachingError() {
        assertThatThrownBy(() -> ProbabilityMapPlot.write(XOR, x -> Tensor.of(0.5), "t", "x0", "x1", dir.resolve("x.png")))
                .hasMessageStartingWith("ProbabilityMapPlot: probability returned 1 numbers for 57600 points [57600, 2]");
    }
}
