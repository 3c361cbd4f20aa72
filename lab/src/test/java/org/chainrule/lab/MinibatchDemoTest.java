package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinibatchDemoTest {
    @TempDir
    Path dir;

    @Test
    void countsStepsPerEpochAndComparesBatchSizes() throws Exception {
        String out = TensorsDemoTest.run(new MinibatchDemo(), dir, null);

        assertThat(out).contains("Minibatches[1000000 rows, batch size 10000, 100 steps per epoch]");
        assertThat(out).contains("one epoch = every row once = 100 steps", "3 epochs = 300 steps");
        assertThat(out).containsPattern("  8 +180 +1800 ");
        assertThat(out).containsPattern("  full \\(1438\\) +1 +10 ");
        DemoPictures.assertPng(dir.resolve("minibatch-batch-sizes.png"));
    }

    @Test
    void theSmallExampleUsesEveryRowOncePerEpoch() throws Exception {
        String out = TensorsDemoTest.run(new MinibatchDemo(), dir, null);

        for (String prefix : new String[] {"  epoch 1: ", "  epoch 2: "}) {
            String line = out.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
            int[] rows = Arrays.stream(line.substring(prefix.length()).split("[^0-9]+"))
                    .filter(t -> !t.isEmpty()).mapToInt(Integer::parseInt).sorted().toArray();
            assertThat(rows).as(line).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        }
    }
}
