package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.chainrule.core.Tensor;
import org.chainrule.models.data.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedsDemoTest {
    @TempDir
    Path dir;

    @Test
    void oneSeedTwiceIsBitIdenticalAndTheNextSeedIsNot() throws Exception {
        String out = TensorsDemoTest.run(new SeedsDemo(), dir, null);

        assertThat(out).contains("Seed 2020 twice", "  bit-identical: true\n");
        assertThat(out).contains("Seed 2020 vs seed 2021", "  bit-identical: false;");
    }

    @Test
    void runsCompareEveryLossAndWeight() {
        SeedsDemo.Run a = SeedsDemo.Run.train(5, Datasets.xor());
        SeedsDemo.Run b = SeedsDemo.Run.train(5, Datasets.xor());
        SeedsDemo.Run c = SeedsDemo.Run.train(6, Datasets.xor());

        assertThat(a.sameAs(b)).isTrue();
        assertThat(a.sameAs(c)).isFalse();
        assertThat(a.history.losses()).isNotEqualTo(c.history.losses());
    }

    @Test
    void theDefaultSeedsStuckRunIsExplainedByItsDeadUnits() throws Exception {
        String out = TensorsDemoTest.run(new SeedsDemo(), dir, null);

        assertThat(out).contains("seed 2020: W1's first row starts", "final loss 0.6931471805599453, accuracy 0.50");
        assertThat(out).contains("Why seed 2020 is stuck at loss 0.6931 = ln 2 (accuracy 0.50):\n  its start gives all 4 "
                + "hidden units an input x·W1 + b1 ≤ 0 at every one of the four points");
        assertThat(out).doesNotContain("Why seed 2021");
    }

    @Test
    void deadUnitsAreThoseWithNoPositiveInputAtAnyPoint() {
        // Unit 0: inputs 0, 1, 0, 1 (alive); unit 1: inputs 0, -1, 0, -1 (dead); unit 2: always -0.5 (dead).
        Tensor w1 = Tensor.of(new double[][] {{0, 0, 0}, {1, -1, 0}});
        Tensor b1 = Tensor.of(0, 0, -0.5);
        assertThat(SeedsDemo.deadUnits(w1, b1, Datasets.xor())).isEqualTo(2);
    }
}
