package org.chainrule.exercises.minibatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.List;
import org.chainrule.core.Rng;
import org.chainrule.testkit.Points;
import org.chainrule.testkit.Theories;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** E09's public tests: the notes' numbers, the step count rule, and what one epoch holds. */
class BatchesTest {
    static final Gen<Integer> ROWS = integers().between(1, 60);
    static final Gen<Integer> BATCH_SIZES = integers().between(1, 70);
    static final Gen<Long> SEEDS = longs().between(0, 1_000_000);

    @Test
    @Points(1.5)
    @DisplayName("the notes' numbers: 1,000,000 rows in batches of 10,000 are 100 steps per epoch, 300 in 3 epochs")
    void notesNumbers() {
        int steps = Batches.stepsPerEpoch(1_000_000, 10_000, false);
        assertThat(steps).as(block("stepsPerEpoch", "n = 1000000, batchSize = 10000, dropLast = false",
                "100 steps (1,000,000 / 10,000 = 100 full batches, no rows left over)", steps + " steps")).isEqualTo(100);
        int dropped = Batches.stepsPerEpoch(1_000_000, 10_000, true);
        assertThat(dropped).as(block("stepsPerEpoch", "n = 1000000, batchSize = 10000, dropLast = true",
                "100 steps (nothing is left over to drop)", dropped + " steps")).isEqualTo(100);
        long total = Batches.totalSteps(1_000_000, 10_000, false, 3);
        assertThat(total).as(block("totalSteps", "n = 1000000, batchSize = 10000, dropLast = false, epochs = 3",
                "300 steps (3 epochs of 100)", total + " steps")).isEqualTo(300);
    }

    @Test
    @Points(1.5)
    @DisplayName("stepsPerEpoch is ⌈n / b⌉: one step fewer could not hold all n rows, and no step is empty")
    void stepsRoundUp() {
        Theories.qt().forAll(ROWS, BATCH_SIZES).checkAssert((n, b) -> {
            int steps = Batches.stepsPerEpoch(n, b, false);
            assertThat((long) (steps - 1) * b < n && (long) steps * b >= n)
                    .as(block("stepsPerEpoch", input(n, b, false),
                            String.format("%d steps: %d full batches of %d%s", ceil(n, b), n / b, b,
                                    n % b == 0 ? "" : " and one short batch of " + n % b),
                            String.format("got %d steps, which hold %d rows at most: %s", steps, (long) steps * b,
                                    steps * (long) b < n ? "too few for all n rows" : "the last step would be empty")))
                    .isTrue();
        });
    }

    @Test
    @Points(1)
    @DisplayName("with dropLast, stepsPerEpoch is ⌊n / b⌋: only full batches count")
    void stepsDropLast() {
        Theories.qt().forAll(ROWS, BATCH_SIZES).checkAssert((n, b) -> {
            int steps = Batches.stepsPerEpoch(n, b, true);
            assertThat((long) steps * b <= n && (long) (steps + 1) * b > n)
                    .as(block("stepsPerEpoch", input(n, b, true),
                            String.format("%d full batches of %d (%d rows sit out)", n / b, b, n % b),
                            "got " + steps + " steps"))
                    .isTrue();
        });
    }

    @Test
    @Points(1)
    @DisplayName("totalSteps is epochs × stepsPerEpoch, as a long: 1,000,000 rows one at a time for 10,000 epochs are 10^10 steps")
    void totalSteps() {
        Theories.qt().forAll(ROWS, BATCH_SIZES, booleans().all(), integers().between(0, 50))
                .checkAssert((n, b, dropLast, epochs) -> {
                    long total = Batches.totalSteps(n, b, dropLast, epochs);
                    long expected = (long) epochs * Batches.stepsPerEpoch(n, b, dropLast);
                    assertThat(total).as(block("totalSteps", input(n, b, dropLast) + ", epochs = " + epochs,
                            expected + " = " + epochs + " epochs × stepsPerEpoch", "got " + total)).isEqualTo(expected);
                });
        long big = Batches.totalSteps(1_000_000, 1, false, 10_000);
        assertThat(big).as(block("totalSteps", "n = 1000000, batchSize = 1, dropLast = false, epochs = 10000",
                "10000000000 (more than an int holds: multiply as long)", "got " + big)).isEqualTo(10_000_000_000L);
    }

    @Test
    @Points(2)
    @DisplayName("an epoch uses every row exactly once: stepsPerEpoch batches of b rows, the last one holding the n mod b leftovers")
    void everyRowOnce() {
        Theories.qt().forAll(ROWS, BATCH_SIZES, SEEDS).checkAssert((n, b, seed) -> {
            List<int[]> batches = Batches.epoch(n, b, false, Rng.seed(seed));
            String in = input(n, b, false) + ", Rng.seed(" + seed + ")";
            checkBatchSizes(in, batches, n, b, false);
            int[] seen = counts(in, batches, n);
            for (int row = 0; row < n; row++) {
                assertThat(seen[row]).as(block("epoch", in, "every row 0.." + (n - 1) + " exactly once",
                        "row " + row + (seen[row] == 0 ? " never appears" : " appears " + seen[row] + " times")
                                + " in " + show(batches)
                                + (seen[row] == 0 ? " (the last, short batch must be kept when dropLast is false)" : "")))
                        .isEqualTo(1);
            }
        });
    }

    @Test
    @Points(1)
    @DisplayName("with dropLast every batch holds exactly b rows, no row twice, and n mod b rows sit the epoch out")
    void dropLastRows() {
        Theories.qt().forAll(ROWS, BATCH_SIZES, SEEDS).checkAssert((n, b, seed) -> {
            List<int[]> batches = Batches.epoch(n, b, true, Rng.seed(seed));
            String in = input(n, b, true) + ", Rng.seed(" + seed + ")";
            checkBatchSizes(in, batches, n, b, true);
            int used = (int) Arrays.stream(counts(in, batches, n)).filter(c -> c == 1).count();
            assertThat(used).as(block("epoch", in, (n - n % b) + " different rows (" + n % b + " sit out)",
                    used + " different rows in " + show(batches))).isEqualTo(n - n % b);
        });
    }

    @Test
    @Points(0.5)
    @DisplayName("the same seed gives the same batches (the notes' set_seed)")
    void sameSeedSameBatches() {
        Theories.qt().forAll(ROWS, BATCH_SIZES, booleans().all(), SEEDS).checkAssert((n, b, dropLast, seed) -> {
            List<int[]> first = Batches.epoch(n, b, dropLast, Rng.seed(seed));
            List<int[]> second = Batches.epoch(n, b, dropLast, Rng.seed(seed));
            assertThat(show(second)).as(block("epoch", input(n, b, dropLast) + ", Rng.seed(" + seed + ") twice",
                    "the same batches both times: " + show(first), "the second time " + show(second)))
                    .isEqualTo(show(first));
        });
    }

    @Test
    @Points(1)
    @DisplayName("for n ≥ 5 a different seed gives a different order: the rows are shuffled by the Rng")
    void differentSeedDifferentOrder() {
        Theories.qt().forAll(integers().between(5, 60), BATCH_SIZES, SEEDS).checkAssert((n, b, seed) -> {
            String first = show(Batches.epoch(n, b, false, Rng.seed(seed)));
            String second = show(Batches.epoch(n, b, false, Rng.seed(seed + 1)));
            assertThat(second).as(block("epoch", input(n, b, false) + ", Rng.seed(" + seed + ") and Rng.seed("
                    + (seed + 1) + ")", "two different orders (shuffle with rng.permutation(n))",
                    "both times " + first)).isNotEqualTo(first);
        });
    }

    @Test
    @Points(0.5)
    @DisplayName("a batch size of 0 is refused with a message that names the batch size")
    void zeroBatchSizeRefused() {
        assertThatThrownBy(() -> Batches.stepsPerEpoch(100, 0, false))
                .as(block("stepsPerEpoch", "n = 100, batchSize = 0", "an IllegalArgumentException", "no exception"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("batch size", "0");
        assertThatThrownBy(() -> Batches.epoch(100, 0, false, Rng.seed(1)))
                .as(block("epoch", "n = 100, batchSize = 0", "an IllegalArgumentException", "no exception"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("batch size", "0");
    }

    /** Checks the number of batches and the size of each. */
    static void checkBatchSizes(String in, List<int[]> batches, int n, int b, boolean dropLast) {
        int steps = dropLast ? n / b : ceil(n, b);
        assertThat(batches).as(block("epoch", in, steps + " batches (stepsPerEpoch)",
                batches.size() + " batches: " + show(batches)
                        + (!dropLast && batches.size() == n / b && n % b != 0
                        ? " (the last, short batch of " + n % b + " rows must be kept when dropLast is false)" : "")))
                .hasSize(steps);
        for (int s = 0; s < steps; s++) {
            int expected = s < n / b ? b : n % b;
            assertThat(batches.get(s).length).as(block("epoch", in, "batch " + s + " holds " + expected + " rows",
                    "it holds " + batches.get(s).length + ": " + show(batches))).isEqualTo(expected);
        }
    }

    /** How often each row appears; fails on an index outside 0..n-1. */
    static int[] counts(String in, List<int[]> batches, int n) {
        int[] seen = new int[n];
        for (int[] batch : batches) {
            for (int row : batch) {
                assertThat(row).as(block("epoch", in, "row indices in 0.." + (n - 1), "index " + row + " in "
                        + show(batches))).isBetween(0, n - 1);
                seen[row]++;
            }
        }
        return seen;
    }

    static int ceil(int n, int b) {
        return n / b + (n % b == 0 ? 0 : 1);
    }

    static String input(int n, int b, boolean dropLast) {
        return "n = " + n + ", batchSize = " + b + ", dropLast = " + dropLast;
    }

    /** The batches on one line, e.g. {@code [[3, 0], [1, 2], [4]]}. */
    static String show(List<int[]> batches) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < batches.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(Arrays.toString(batches.get(i)));
        }
        return sb.append(']').toString();
    }

    /** The course's failure block: exercise and method, input, expected vs got, how to replay. */
    static String block(String method, String input, String expected, String got) {
        return String.format("E09 Batches.%s(%s)%n  expected: %s%n  got:      %s%n  replay:   the inputs above "
                + "(property seed Theories.SEED = %d)", method, input, expected, got, Theories.SEED);
    }
}
