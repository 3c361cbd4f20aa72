package org.chainrule.plots;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.chainrule.plots.LossCurvesPlot.Curve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LossCurvesDrawableTest {
    @TempDir
    Path dir;

    @Test
    void aLossOfZeroOrBelowCannotBeDrawnOnALogAxisButCanOnALinearOne() {
        for (double first : new double[] {0, -0.5}) {
            List<Curve> curves = List.of(Curve.ofSteps("zero", new double[] {first, 0.1}));
            assertThatThrownBy(() -> LossCurvesPlot.write(curves, "t", "step", true, dir.resolve("log.png")))
                    .hasMessage("LossCurvesPlot: curve 'zero' has no drawable loss (its first is " + first + ").");
            assertThatCode(() -> LossCurvesPlot.write(curves, "t", "step", false, dir.resolve("lin.png")))
                    .doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> LossCurvesPlot.write(List.of(Curve.ofSteps("none", new double[0])), "t", "step", false,
                dir.resolve("x.png"))).hasMessage("LossCurvesPlot: curve 'none' has no drawable loss (its first is missing).");
        assertThatCode(() -> LossCurvesPlot.write(List.of(Curve.ofSteps("one", new double[] {0.3})), "t", "step", true,
                dir.resolve("one.png"))).as("a single point").doesNotThrowAnyException();
    }
}
