package org.chainrule.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.chainrule.plots.LossCurvesPlot.Curve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarginLossesPlotTest {
    @TempDir
    Path dir;

    private static Curve curve(String name, java.util.function.DoubleUnaryOperator f) {
        double[] m = new double[121];
        double[] y = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = -3 + i * 0.05;
            y[i] = f.applyAsDouble(m[i]);
        }
        return new Curve(name, m, y);
    }

    @Test
    void eachLossHasItsColourAndTheSteepOneLeavesAtTheTop() throws Exception {
        Path file = MarginLossesPlot.write(List.of(curve("hinge", m -> Math.max(0, 1 - m)),
                curve("exponential", m -> Math.exp(-m))), "losses", dir.resolve("m.png"));

        BufferedImage image = Pictures.readPng(file, MarginLossesPlot.WIDTH, MarginLossesPlot.HEIGHT);
        int blue = 0;
        int red = 0;
        int redLeftHalf = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                blue += rgb == (Palette.of(0).getRGB() & 0xffffff) ? 1 : 0;
                if (rgb == (Palette.of(1).getRGB() & 0xffffff)) {
                    red++;
                    redLeftHalf += x < image.getWidth() / 2 ? 1 : 0;
                }
            }
        }
        assertThat(blue).as("hinge pixels").isGreaterThan(300);
        assertThat(red).as("exponential pixels").isGreaterThan(300);
        assertThat(redLeftHalf).as("exponential pixels in the left half").isPositive();
    }

    @Test
    void aCurveAboveTheTopEntersWhereItCrossesIt() {
        // e^−m = 4 at m = −ln 4 ≈ −1.386: the points left of it go, the crossing comes first.
        double[][] xy = MarginLossesPlot.onChart(new Curve("exp", new double[] {-3, -2, -1, 0, 1},
                new double[] {Math.exp(3), Math.exp(2), Math.exp(1), 1, Math.exp(-1)}));
        assertThat(xy[1][0]).isEqualTo(MarginLossesPlot.Y_MAX);
        // on the straight segment from (−2, e^2) to (−1, e): x = −2 + (4 − e^2) / (e − e^2)
        assertThat(xy[0][0]).isCloseTo(-2 + (4 - Math.exp(2)) / (Math.exp(1) - Math.exp(2)), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(xy[0]).hasSize(4).endsWith(-1, 0, 1);
        double[][] inside = MarginLossesPlot.onChart(new Curve("hinge", new double[] {-3, 1, 3}, new double[] {4, 0, 0}));
        assertThat(inside[0]).containsExactly(-3, 1, 3);
    }

    @Test
    void itNeedsALossWithSomethingOnTheChart() {
        assertThatThrownBy(() -> MarginLossesPlot.write(List.of(), "t", dir.resolve("x.png")))
                .hasMessage("MarginLossesPlot: no losses; give at least one curve of loss against margin.");
        assertThatThrownBy(() -> MarginLossesPlot.write(List.of(new Curve("big", new double[] {0, 1}, new double[] {5, 9})),
                "t", dir.resolve("x.png")))
                .hasMessage("MarginLossesPlot: loss 'big' is above 4.0 (or not a number) everywhere; nothing of it is on the chart.");
    }
}
