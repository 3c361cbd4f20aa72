package org.chainrule.models.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.chainrule.core.Rng;
import org.junit.jupiter.api.Test;

/** Epoch and step accounting, coverage of every row, seeded shuffles. */
class MinibatchesTest {

    @Test
    void everyRowExactlyOncePerEpochInCeilNOverBSteps() {
        qt().withFixedSeed(2020).withExamples(500)
                .forAll(integers().between(1, 300), integers().between(1, 350), longs().all())
                .checkAssert((n, b, seed) -> {
                    Minibatches batches = new Minibatches(n, b, false, Rng.seed(seed));
                    int steps = (int) Math.ceil((double) n / b);

                    assertThat(batches.stepsPerEpoch()).isEqualTo(steps);
                    for (int epoch = 0; epoch < 2; epoch++) {
                        List<int[]> epochBatches = batches.nextEpoch();
                        assertThat(epochBatches).hasSize(steps);
                        for (int s = 0; s < steps - 1; s++) {
                            assertThat(epochBatches.get(s)).hasSize(b);
                        }
                        assertThat(epochBatches.get(steps - 1)).hasSize(n - (steps - 1) * b);
                        assertThat(sorted(epochBatches)).containsExactly(IntStream.range(0, n).toArray());
                    }
                });
    }

    @Test
    void dropLastGivesFloorNOverBFullBatchesAndSkipsExactlyTheNModBLeftoverRows() {
        // n = q·b + left with 0 ≤ left < b, so both n mod b = 0 and n mod b ≠ 0 are drawn (counted below).
        int[] drawn = new int[2];   // [n mod b = 0, n mod b ≠ 0]
        qt().withFixedSeed(2020).withExamples(500)
                .forAll(integers().between(1, 300), integers().between(1, 5), integers().between(0, 299), longs().all())
                .checkAssert((b, q, extra, seed) -> {
                    int left = extra % b;
                    int n = q * b + left;
                    drawn[left == 0 ? 0 : 1]++;
                    Minibatches batches = new Minibatches(n, b, true, Rng.seed(seed));

                    assertThat(batches.stepsPerEpoch()).isEqualTo(q);
                    List<int[]> epochBatches = batches.nextEpoch();
                    assertThat(epochBatches).hasSize(q).allSatisfy(rows -> assertThat(rows).hasSize(b));
                    int[] used = sorted(epochBatches);
                    assertThat(used).hasSize(q * b).doesNotHaveDuplicates();
                    assertThat(Arrays.stream(used).boxed().toList()).allMatch(r -> r >= 0 && r < n);
                    int[] skipped = IntStream.range(0, n).filter(r -> Arrays.binarySearch(used, r) < 0).toArray();
                    assertThat(skipped).as("rows sitting this epoch out (n = %d, b = %d)", n, b).hasSize(left);
                });
        assertThat(drawn[0]).as("cases with n mod b = 0").isPositive();
        assertThat(drawn[1]).as("cases with n mod b ≠ 0").isPositive();
    }

    @Test
    void tenRowsInBatchesOfFourWithDropLastLeaveTwoRowsOut() {
        Minibatches batches = new Minibatches(10, 4, true, Rng.seed(7));
        List<int[]> epoch = batches.nextEpoch();

        assertThat(epoch).hasSize(2).allSatisfy(rows -> assertThat(rows).hasSize(4));
        int[] used = sorted(epoch);
        int[] skipped = IntStream.range(0, 10).filter(r -> Arrays.binarySearch(used, r) < 0).toArray();
        assertThat(skipped).hasSize(2);
        assertThat(IntStream.concat(Arrays.stream(used), Arrays.stream(skipped)).sorted().toArray())
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void withDropLastTheSkippedRowsChangeFromEpochToEpoch() {
        qt().withFixedSeed(2020).withExamples(200)
                .forAll(integers().between(1, 40), integers().between(0, 40), longs().all())
                .checkAssert((b, extra, seed) -> {
                    int n = b + extra;
                    Minibatches batches = new Minibatches(n, b, true, Rng.seed(seed));
                    boolean[] seen = new boolean[n];
                    for (int epoch = 0; epoch < 60; epoch++) {
                        for (int[] rows : batches.nextEpoch()) {
                            for (int r : rows) {
                                seen[r] = true;
                            }
                        }
                    }
                    for (int r = 0; r < n; r++) {
                        assertThat(seen[r]).as("row %d of %d used in some epoch (batch size %d)", r, n, b).isTrue();
                    }
                });
    }

    @Test
    void theSameSeedGivesTheSameBatchesEpochAfterEpoch() {
        qt().withFixedSeed(2020).withExamples(200)
                .forAll(integers().between(1, 200), integers().between(1, 50), longs().all())
                .checkAssert((n, b, seed) -> {
                    Minibatches first = new Minibatches(n, b, false, Rng.seed(seed));
                    Minibatches second = new Minibatches(n, b, false, Rng.seed(seed));
                    for (int epoch = 0; epoch < 3; epoch++) {
                        assertThat(first.nextEpoch()).containsExactlyElementsOf(second.nextEpoch());
                    }
                });
    }

    @Test
    void differentEpochsGetDifferentOrders() {
        qt().withFixedSeed(2020).withExamples(200)
                .forAll(integers().between(10, 300), integers().between(1, 64), longs().all())
                .checkAssert((n, b, seed) -> {
                    Minibatches batches = new Minibatches(n, b, false, Rng.seed(seed));
                    int[] epoch1 = concatenated(batches.nextEpoch());
                    int[] epoch2 = concatenated(batches.nextEpoch());
                    assertThat(epoch2).isNotEqualTo(epoch1);
                });
    }

    @Test
    void theNotesMillionRowsInBatchesOf10000AreOneHundredStepsPerEpoch() {
        Minibatches batches = new Minibatches(1_000_000, 10_000, false, Rng.seed(2024));

        assertThat(batches.stepsPerEpoch()).isEqualTo(100);
        assertThat(new Minibatches(1_000_000, 10_000, true, Rng.seed(2024)).stepsPerEpoch()).isEqualTo(100);
        assertThat(new Minibatches(1_000_001, 10_000, false, Rng.seed(2024)).stepsPerEpoch()).isEqualTo(101);
        assertThat(new Minibatches(1_000_001, 10_000, true, Rng.seed(2024)).stepsPerEpoch()).isEqualTo(100);
        assertThat(batches).hasToString("Minibatches[1000000 rows, batch size 10000, 100 steps per epoch]");

        List<int[]> epoch = batches.nextEpoch();
        assertThat(epoch).hasSize(100).extracting(rows -> rows.length).containsOnly(10_000);
        assertThat(Arrays.equals(sorted(epoch), IntStream.range(0, 1_000_000).toArray())).isTrue();
    }

    @Test
    void aBatchLargerThanTheDataIsOneBatchOfEveryRow() {
        List<int[]> epoch = new Minibatches(6, 32, false, Rng.seed(1)).nextEpoch();

        assertThat(epoch).hasSize(1);
        assertThat(epoch.get(0)).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
    }

    @Test
    void anEpochIsAReadOnlyListOfSteps() {
        List<int[]> epoch = new Minibatches(10, 4, false, Rng.seed(1)).nextEpoch();

        assertThatThrownBy(() -> epoch.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> epoch.add(new int[] {1})).isInstanceOf(UnsupportedOperationException.class);
        epoch.get(0)[0] = -1;
        assertThat(epoch.get(0)[0]).isNotEqualTo(-1);
    }

    @Test
    void badSettingsAreExplained() {
        Rng rng = Rng.seed(1);

        assertThatThrownBy(() -> new Minibatches(100, 0, false, rng)).hasMessage("Minibatches: batch size is 0; it "
                + "must be at least 1 (e.g. 1,000,000 rows in batches of 10,000 make 100 steps per epoch).");
        assertThatThrownBy(() -> new Minibatches(100, -5, true, rng)).hasMessageStartingWith("Minibatches: batch size is -5;");
        assertThatThrownBy(() -> new Minibatches(0, 10, false, rng))
                .hasMessage("Minibatches: rows is 0; there must be at least one row to make batches of.");
        assertThatThrownBy(() -> new Minibatches(50, 64, true, rng)).hasMessage("Minibatches: batch size 64 is more "
                + "than the 50 rows, so dropLast leaves 0 steps per epoch; use a batch size of at most 50 or keep the last batch.");
        assertThatThrownBy(() -> new Minibatches(50, 5, false, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("Minibatches: rng is null; pass a seeded Rng, e.g. Rng.seed(2020).");
    }

    private static int[] concatenated(List<int[]> batches) {
        return batches.stream().flatMapToInt(Arrays::stream).toArray();
    }

    private static int[] sorted(List<int[]> batches) {
        int[] all = concatenated(batches);
        Arrays.sort(all);
        return all;
    }
}
