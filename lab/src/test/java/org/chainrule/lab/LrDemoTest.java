package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.chainrule.models.data.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LrDemoTest {
    @TempDir
    Path dir;

    @Test
    void sweepsFiveRatesOnOneChartAndNamesTheOneThatDiverged() throws Exception {
        String out = TensorsDemoTest.run(new LrDemo(), dir, null);

        assertThat(out).contains("η = 0.001  cost 0.7932 → 0.5934", "too slow");
        assertThat(out).contains("η = 0.01   cost 0.7932 → 0.2368");
        assertThat(out).containsPattern("η = 10.0 +cost 0.7932 → 8.05\\d\\d;.*diverged: ended worse than it started");
        DemoPictures.assertPng(dir.resolve("lr-sweep.png"));
    }

    @Test
    void theNotesRateGivesTheNotesFinalCost() {
        double[] losses = LrDemo.train(0.01, Datasets.seedTrain());

        assertThat(losses).hasSize(5001);
        assertThat(losses[5000]).isCloseTo(0.2367737740278244, org.assertj.core.data.Offset.offset(2e-6));
    }

    @Test
    void theSlowRatesPrintedCostIsPlainGradientDescentByHand() {
        // The sweep prints "η = 0.001  cost 0.7932 → 0.5934"; here the same run in plain doubles, with the
        // textbook gradient ∂cost/∂z_i = (h_i − y_i) / n, independent of Chainrule's autograd.
        double[][] x = {{1, 1}, {1, 2}, {2, 1}, {3, 2}, {3, 3}, {2, 3}};
        double[] y = {0, 0, 0, 1, 1, 1};
        double[] w = LogisticDemo.W0.toArray();
        double b = LogisticDemo.B0.item();
        double cost = 0;
        for (int step = 0; step < LogisticDemo.STEPS; step++) {
            double[] gradW = new double[2];
            double gradB = 0;
            cost = 0;
            for (int i = 0; i < x.length; i++) {
                double h = 1 / (1 + Math.exp(-(x[i][0] * w[0] + x[i][1] * w[1] + b)));
                cost -= (y[i] * Math.log(h) + (1 - y[i]) * Math.log(1 - h)) / x.length;
                gradW[0] += (h - y[i]) * x[i][0] / x.length;
                gradW[1] += (h - y[i]) * x[i][1] / x.length;
                gradB += (h - y[i]) / x.length;
            }
            w[0] -= 0.001 * gradW[0];
            w[1] -= 0.001 * gradW[1];
            b -= 0.001 * gradB;
        }
        double[] losses = LrDemo.train(0.001, Datasets.seedTrain());

        assertThat(losses[losses.length - 1]).isCloseTo(cost, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(String.format(java.util.Locale.ROOT, "%.4f", cost)).isEqualTo("0.5934");
    }

    @Test
    void verdictsFollowTheLosses() {
        assertThat(LrDemo.verdict(new double[] {1, 2})).startsWith("diverged");
        assertThat(LrDemo.verdict(new double[] {1, 0.9})).startsWith("too slow");
        assertThat(LrDemo.verdict(new double[] {1, 0.5, 0.1})).isEqualTo("converging");
        assertThat(LrDemo.verdict(new double[] {1, 0.2, 0.3, 0.1})).isEqualTo("converging, after some bouncing");
        assertThat(LrDemo.rises(new double[] {1, 2, 1, 3})).isEqualTo(2);
    }
}
