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
    void verdictsFollowTheLosses() {
        assertThat(LrDemo.verdict(new double[] {1, 2})).startsWith("diverged");
        assertThat(LrDemo.verdict(new double[] {1, 0.9})).startsWith("too slow");
        assertThat(LrDemo.verdict(new double[] {1, 0.5, 0.1})).isEqualTo("converging");
        assertThat(LrDemo.verdict(new double[] {1, 0.2, 0.3, 0.1})).isEqualTo("converging, after some bouncing");
        assertThat(LrDemo.rises(new double[] {1, 2, 1, 3})).isEqualTo(2);
    }
}
