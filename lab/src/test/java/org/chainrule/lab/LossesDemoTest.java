package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.chainrule.core.Rng;
import org.chainrule.models.data.Dataset;
import org.chainrule.models.data.Datasets;
import org.chainrule.models.data.Split;
import org.chainrule.plots.LossCurvesPlot.Curve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LossesDemoTest {
    private static final PrintStream SILENT = new PrintStream(PrintStream.nullOutputStream());

    @TempDir
    Path dir;

    /** The four losses in closed form, written here without the loss classes. */
    private static double closedForm(String loss, double m) {
        return switch (loss) {
            case "0/1" -> m < 0 ? 1 : 0;
            case "log" -> Math.log1p(Math.exp(-m));
            case "exponential" -> Math.exp(-m);
            case "hinge" -> Math.max(0, 1 - m);
            default -> throw new AssertionError(loss);
        };
    }

    @Test
    void thePrintedValuesAreTheFormulasAtTheseMargins() throws Exception {
        String out = TensorsDemoTest.run(new LossesDemo(), dir, null);
        for (String loss : List.of("0/1", "log", "exponential", "hinge")) {
            StringBuilder row = new StringBuilder(String.format("  %-12s", loss));
            for (int m = -2; m <= 2; m++) {
                row.append(String.format(Locale.ROOT, "%8.4f", closedForm(loss, m)));
            }
            assertThat(out).contains(row.toString());
        }
        assertThat(out).contains("  exponential   7.3891  2.7183  1.0000  0.3679  0.1353");
        DemoPictures.assertPng(dir.resolve("losses-margin.png"));
    }

    @Test
    void theDrawnCurvesAreTheLossesEverywhereAndBoundTheStep() {
        List<Curve> curves = LossesDemo.curves();
        assertThat(curves).extracting(Curve::name).containsExactly("0/1", "log", "exponential", "hinge");
        for (Curve c : curves) {
            for (int i = 0; i < c.x().length; i++) {
                double m = c.x()[i];
                assertThat(c.y()[i]).as("%s at m = %s", c.name(), m).isCloseTo(closedForm(c.name(), m), within(1e-12));
                if (i > 0) {
                    assertThat(c.y()[i]).as("%s does not rise with the margin", c.name()).isLessThanOrEqualTo(c.y()[i - 1]);
                }
                double step = curves.get(0).y()[i];
                double inBits = c.name().equals("log") ? c.y()[i] / Math.log(2) : c.y()[i];
                assertThat(inBits).as("%s bounds the 0/1 step at m = %s", c.name(), m).isGreaterThanOrEqualTo(step);
            }
        }
    }

    @Test
    void everyTrainableLossLearnsAndTheZeroOneRowIsTheUntrainedStart() {
        List<LossesDemo.Row> rows = LossesDemo.train(LossesDemo.DEFAULT_SEED, SILENT);
        assertThat(rows).extracting(LossesDemo.Row::loss).containsExactly("0/1", "log", "exponential", "hinge");

        // W = 0, b = 0 gives z = 0, P = 0.5, class 1 (benign) for every row: accuracy = the share of benign rows.
        Split split = Split.stratified(Datasets.breastCancer(), SoftmaxDemo.TEST_FRACTION, Rng.seed(LossesDemo.DEFAULT_SEED));
        assertThat(rows.get(0).testAccuracy()).isEqualTo(share(split.test(), 1));
        assertThat(rows.get(0).finalLoss()).isCloseTo(share(split.train(), 0), within(1e-15));

        // At the start every loss is its value at margin 0: log 2, e^0 = 1, hinge 1. Training must go well below.
        double[] atZero = {Math.log(2), 1, 1};
        for (int j = 1; j < rows.size(); j++) {
            LossesDemo.Row r = rows.get(j);
            assertThat(r.finalLoss()).as("%s final loss", r.loss()).isLessThan(atZero[j - 1] / 4);
            assertThat(r.testAccuracy()).as("%s test accuracy", r.loss()).isGreaterThan(0.95);
            assertThat(r.trainAccuracy()).as("%s train accuracy", r.loss()).isGreaterThan(0.95);
        }
    }

    private static double share(Dataset data, int label) {
        int n = 0;
        for (int y : data.labels()) {
            n += y == label ? 1 : 0;
        }
        return (double) n / data.size();
    }
}
