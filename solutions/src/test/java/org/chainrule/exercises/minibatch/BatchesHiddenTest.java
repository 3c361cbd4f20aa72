package org.chainrule.exercises.minibatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.core.Rng;
import org.chainrule.models.data.Minibatches;
import org.chainrule.testkit.Points;
import org.chainrule.testkit.Theories;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** E09's hidden tests: the framework's loader as an oracle, large counts, edge cases. */
class BatchesHiddenTest {

    @Test
    @Points(1.5)
    @DisplayName("an epoch is rng.permutation(n) cut in order: the same batches as the framework's Minibatches")
    void agreesWithMinibatches() {
        Theories.qt().forAll(BatchesTest.ROWS, BatchesTest.BATCH_SIZES, booleans().all(), BatchesTest.SEEDS)
                .assuming((n, b, dropLast, seed) -> !dropLast || b <= n)
                .checkAssert((n, b, dropLast, seed) -> {
                    String expected = BatchesTest.show(new Minibatches(n, b, dropLast, Rng.seed(seed)).nextEpoch());
                    String got = BatchesTest.show(Batches.epoch(n, b, dropLast, Rng.seed(seed)));
                    assertThat(got).as(BatchesTest.block("epoch", BatchesTest.input(n, b, dropLast) + ", Rng.seed(" + seed + ")",
                            expected, got)).isEqualTo(expected);
                });
    }

    @Test
    @Points(1)
    @DisplayName("large counts: 2,147,483,647 rows one at a time, ten epochs = 21,474,836,470 steps")
    void largeCounts() {
        assertThat(Batches.stepsPerEpoch(Integer.MAX_VALUE, 1, false)).isEqualTo(Integer.MAX_VALUE);
        assertThat(Batches.stepsPerEpoch(Integer.MAX_VALUE, 2, false)).isEqualTo(1 << 30);
        assertThat(Batches.stepsPerEpoch(Integer.MAX_VALUE, 2, true)).isEqualTo((1 << 30) - 1);
        assertThat(Batches.stepsPerEpoch(Integer.MAX_VALUE, Integer.MAX_VALUE - 1, false)).isEqualTo(2);
        assertThat(Batches.totalSteps(Integer.MAX_VALUE, 1, false, 10)).isEqualTo(10L * Integer.MAX_VALUE);
        assertThat(Batches.totalSteps(7, 3, true, 0)).isZero();
    }

    @Test
    @Points(1)
    @DisplayName("a batch larger than the data: one batch of all n rows, or none with dropLast")
    void batchLargerThanData() {
        Theories.qt().forAll(integers().between(1, 30), integers().between(1, 30), BatchesTest.SEEDS).checkAssert((n, extra, seed) -> {
            int b = n + extra;
            List<int[]> one = Batches.epoch(n, b, false, Rng.seed(seed));
            assertThat(one).as(BatchesTest.block("epoch", BatchesTest.input(n, b, false), "one batch of all " + n + " rows", BatchesTest.show(one)))
                    .hasSize(1);
            assertThat(one.get(0)).hasSize(n);
            assertThat(Batches.stepsPerEpoch(n, b, true)).isZero();
            assertThat(Batches.epoch(n, b, true, Rng.seed(seed))).isEmpty();
        });
    }

    @Test
    @Points(1)
    @DisplayName("no rows, negative epochs and a missing Rng are refused with messages that name them")
    void refusals() {
        assertThatThrownBy(() -> Batches.stepsPerEpoch(0, 10, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
        assertThatThrownBy(() -> Batches.epoch(-3, 10, false, Rng.seed(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-3");
        assertThatThrownBy(() -> Batches.stepsPerEpoch(10, -1, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> Batches.totalSteps(10, 2, false, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epochs");
        assertThatThrownBy(() -> Batches.totalSteps(10, 0, false, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batch size");
        assertThatThrownBy(() -> Batches.epoch(10, 2, false, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rng");
    }

    @Test
    @Points(0.5)
    @DisplayName("one Rng moves on: two epochs drawn from it come in different orders")
    void successiveEpochsDiffer() {
        Theories.qt().forAll(integers().between(10, 60), BatchesTest.BATCH_SIZES, BatchesTest.SEEDS).checkAssert((n, b, seed) -> {
            Rng rng = Rng.seed(seed);
            List<String> epochs = new ArrayList<>();
            epochs.add(BatchesTest.show(Batches.epoch(n, b, false, rng)));
            epochs.add(BatchesTest.show(Batches.epoch(n, b, false, rng)));
            assertThat(epochs.get(1)).as(BatchesTest.block("epoch", BatchesTest.input(n, b, false) + ", one Rng.seed(" + seed + ") twice",
                    "a new shuffle each epoch", "both epochs " + epochs.get(0))).isNotEqualTo(epochs.get(0));
        });
    }
}
