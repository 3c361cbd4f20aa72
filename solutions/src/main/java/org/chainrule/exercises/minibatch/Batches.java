package org.chainrule.exercises.minibatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chainrule.core.Rng;

/**
 * Minibatches by hand: which rows each step of an epoch uses, and how many steps training takes.
 *
 * <p>The notes' words: the data are cut into batches that fit in memory; one <b>step</b> is one
 * batch, i.e. one gradient update; one <b>epoch</b> is one pass in which every row is used once.
 * 1,000,000 rows in batches of 10,000 make 100 steps per epoch. With n rows and batch size b:
 * <pre>
 *   stepsPerEpoch = ⌈n / b⌉     the last batch holds the n mod b leftover rows (if any)
 *   stepsPerEpoch = ⌊n / b⌋     with dropLast: the leftover rows sit this epoch out
 *   totalSteps    = epochs · stepsPerEpoch
 * </pre>
 * An epoch shuffles the rows with one permutation from the seeded {@link Rng} (the notes'
 * {@code set_seed}: the same seed gives the same batches) and cuts it, in order, into batches.
 */
public final class Batches {
    private Batches() {
    }

    /**
     * The row indices of every batch of one epoch, in the order the steps use them.
     * <pre>
     *   order = rng.permutation(n)
     *   batch s = order[s·b .. min(n, (s + 1)·b) − 1]      for s = 0 .. stepsPerEpoch − 1
     * </pre>
     *
     * @param n the number of rows, at least 1
     * @param batchSize b, rows per step, at least 1
     * @param dropLast true to leave out the last, short batch of {@code n mod b} rows
     * @param rng the seeded shuffle; exactly one {@code rng.permutation(n)} is drawn from it
     * @return {@link #stepsPerEpoch} arrays of row indices in {@code [0, n)}, each of length b
     *     except (without dropLast) the last, which holds the {@code n mod b} leftover rows
     * @throws IllegalArgumentException if n or b is below 1, or rng is null
     */
    public static List<int[]> epoch(int n, int batchSize, boolean dropLast, Rng rng) {
        // BEGIN SOLUTION
        int steps = stepsPerEpoch(n, batchSize, dropLast);
        if (rng == null) {
            throw new IllegalArgumentException("epoch: rng is null; pass a seeded Rng, e.g. Rng.seed(2020).");
        }
        int[] order = rng.permutation(n);
        List<int[]> batches = new ArrayList<>(steps);
        for (int step = 0; step < steps; step++) {
            int from = step * batchSize;
            int to = (int) Math.min(n, (long) from + batchSize);
            batches.add(Arrays.copyOfRange(order, from, to));
        }
        return batches;
        // END SOLUTION
    }

    /**
     * Steps (batches, gradient updates) in one epoch: {@code ⌈n / b⌉}, or {@code ⌊n / b⌋} with
     * dropLast. The notes: {@code stepsPerEpoch(1_000_000, 10_000, false) == 100}.
     *
     * @param n the number of rows, at least 1
     * @param batchSize b, rows per step, at least 1
     * @param dropLast true when the short last batch is left out
     * @throws IllegalArgumentException if n or b is below 1
     */
    public static int stepsPerEpoch(int n, int batchSize, boolean dropLast) {
        // BEGIN SOLUTION
        if (n < 1) {
            throw new IllegalArgumentException(String.format("stepsPerEpoch: n is %d; there must be at least "
                    + "one row to make batches of.", n));
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException(String.format("stepsPerEpoch: batch size is %d; it must be at "
                    + "least 1 (e.g. 1,000,000 rows in batches of 10,000 make 100 steps per epoch).", batchSize));
        }
        int full = n / batchSize;
        boolean leftover = n % batchSize != 0;
        return dropLast || !leftover ? full : full + 1;
        // END SOLUTION
    }

    /**
     * Steps in the whole run: {@code epochs · stepsPerEpoch(n, b, dropLast)}, as a {@code long}
     * (1,000,000 rows in batches of 1 for 10,000 epochs are 10^10 steps, more than an int holds).
     *
     * @param n the number of rows, at least 1
     * @param batchSize b, rows per step, at least 1
     * @param dropLast true when the short last batch is left out
     * @param epochs passes over the data, 0 or more
     * @throws IllegalArgumentException if n or b is below 1, or epochs below 0
     */
    public static long totalSteps(int n, int batchSize, boolean dropLast, int epochs) {
        // BEGIN SOLUTION
        if (epochs < 0) {
            throw new IllegalArgumentException(String.format("totalSteps: epochs is %d; it must be 0 or more.",
                    epochs));
        }
        return (long) epochs * stepsPerEpoch(n, batchSize, dropLast);
        // END SOLUTION
    }
}
