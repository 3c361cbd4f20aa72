package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
}
