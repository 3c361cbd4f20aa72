package org.chainrule.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.chainrule.plots.LossCurvesPlot.Curve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LossCurvesPlotTest {
    @TempDir
    Path dir;

    @Test
    void drawsEachCurveInItsOwnColourOnALogAxis() throws Exception {
        double[] slow = new double[200];
        double[] fast = new double[200];
        double[] diverged = {0.7, 3, 40, Double.NaN, Double.NaN};
        for (int i = 0; i < 200; i++) {
            slow[i] = 0.7 * Math.exp(-i / 400.0);
            fast[i] = 0.7 * Math.exp(-i / 20.0) + 1e-3;
        }
        Path file = LossCurvesPlot.write(List.of(Curve.ofSteps("lr 0.01", slow), Curve.ofSteps("lr 0.1", fast),
                Curve.ofSteps("lr 10", diverged)), "sweep", "step", true, dir.resolve("a/b/loss.png"));

        BufferedImage image = Pictures.readPng(file, LossCurvesPlot.WIDTH, LossCurvesPlot.HEIGHT);
        for (int c = 0; c < 3; c++) {
            assertThat(Pictures.count(image, Palette.of(c))).as("pixels of curve %d", c).isGreaterThan(30);
        }
    }

    @Test
    void aLogAxisEndsAtThePowerOfTenAboveTheLargestLoss() {
        // The lr sweep's diverged run ends at 8.06: the axis must reach 10 so that its decade has a label.
        assertThat(LossCurvesPlot.logAxisTop(8.0591)).isEqualTo(10.0);
        assertThat(LossCurvesPlot.logAxisTop(0.7932)).isEqualTo(1.0);
        assertThat(LossCurvesPlot.logAxisTop(40)).isEqualTo(100.0);
        assertThat(LossCurvesPlot.logAxisTop(1)).isEqualTo(1.0);
    }

    @Test
    void ofStepsCountsFromOne() {
        Curve c = Curve.ofSteps("run", new double[] {0.5, 0.4, 0.3});

        assertThat(c.x()).containsExactly(1, 2, 3);
        assertThat(c.y()).containsExactly(0.5, 0.4, 0.3);
    }

    @Test
    void aCurveNeedsSomethingToDraw() {
        assertThatThrownBy(() -> LossCurvesPlot.write(List.of(), "t", "step", false, dir.resolve("x.png")))
                .hasMessage("LossCurvesPlot: no curves; give at least one run's losses.");
        assertThatThrownBy(() -> LossCurvesPlot.write(List.of(Curve.ofSteps("bad", new double[] {Double.NaN})),
                "t", "step", false, dir.resolve("x.png")))
                .hasMessage("LossCurvesPlot: curve 'bad' has no drawable loss (its first is NaN).");
        assertThatThrownBy(() -> new Curve("c", new double[2], new double[3]))
                .hasMessage("Curve 'c': 2 positions but 3 losses; give one position per loss.");
    }
}
