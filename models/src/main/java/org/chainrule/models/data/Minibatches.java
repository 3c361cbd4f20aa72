package org.chainrule.models.data;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.chainrule.core.Rng;

/**
 * Cuts n rows into shuffled minibatches, epoch after epoch, handing out row indices only.
 *
 * <p>The notes' words: an <b>epoch</b> is one pass in which every row is used once; a <b>step</b>
 * is one batch, i.e. one gradient update. With 1,000,000 rows in batches of 10,000, one epoch is
 * 100 steps, so after training the step count is always larger than the epoch count.
 * <pre>
 *   stepsPerEpoch = ⌈n / b⌉        the last batch holds the n mod b leftover rows
 *   stepsPerEpoch = ⌊n / b⌋        with dropLast: the leftover rows sit this epoch out
 * </pre>
 *
 * Each call to {@link #nextEpoch()} draws a fresh shuffle from the seeded {@link Rng}: the order
 * differs from epoch to epoch (so no batch always sees the same neighbours) yet the whole run
 * repeats exactly with the same seed. Only indices are made, never copies of the data; pick a
 * batch's rows with {@link Dataset#take(int[])}:
 * <pre>
 *   Minibatches batches = new Minibatches(train.size(), 32, false, rng.split());
 *   for (int epoch = 0; epoch &lt; epochs; epoch++) {
 *       for (int[] rows : batches.nextEpoch()) {
 *           Dataset batch = train.take(rows);      // features [≤ 32, d]: one step
 *       }
 *   }
 * </pre>
 */
public final class Minibatches {
    private final int rows;
    private final int batchSize;
    private final boolean dropLast;
    private final Rng rng;

    /**
     * @param rows n, the number of rows in the data set, at least 1
     * @param batchSize b, rows per step, at least 1; a b larger than n gives one batch of all n rows
     *     (without dropLast)
     * @param dropLast true to skip the last, short batch of {@code n mod b} rows each epoch (every
     *     step then sees exactly b rows; the rows skipped differ from epoch to epoch)
     * @param rng the seeded shuffle; it is drawn from at every epoch, so give the loader its own
     *     stream, e.g. {@code rng.split()}
     * @throws IllegalArgumentException if n or b is below 1, or dropLast would leave no step at all
     */
    public Minibatches(int rows, int batchSize, boolean dropLast, Rng rng) {
        if (rows < 1) {
            throw new IllegalArgumentException(String.format("Minibatches: rows is %d; there must be at "
                    + "least one row to make batches of.", rows));
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException(String.format("Minibatches: batch size is %d; it must be at "
                    + "least 1 (e.g. 1,000,000 rows in batches of 10,000 make 100 steps per epoch).", batchSize));
        }
        if (dropLast && batchSize > rows) {
            throw new IllegalArgumentException(String.format("Minibatches: batch size %d is more than the %d "
                    + "rows, so dropLast leaves 0 steps per epoch; use a batch size of at most %d or keep "
                    + "the last batch.", batchSize, rows, rows));
        }
        this.rows = rows;
        this.batchSize = batchSize;
        this.dropLast = dropLast;
        this.rng = Objects.requireNonNull(rng, "Minibatches: rng is null; pass a seeded Rng, e.g. Rng.seed(2020).");
    }

    /** Steps (batches, gradient updates) in one epoch: {@code ⌈n / b⌉}, or {@code ⌊n / b⌋} with dropLast. */
    public int stepsPerEpoch() {
        return dropLast ? rows / batchSize : (rows - 1) / batchSize + 1;
    }

    /**
     * The batches of the next epoch, in a new seeded shuffle: {@link #stepsPerEpoch()} arrays of row
     * indices, each of length b (the last one possibly shorter, unless dropLast). Together they hold
     * every row exactly once (without dropLast) or all but {@code n mod b} rows (with dropLast).
     *
     * @return a read-only list; each {@code get(step)} returns a fresh {@code int[]}
     */
    public List<int[]> nextEpoch() {
        int[] order = rng.permutation(rows);
        int steps = stepsPerEpoch();
        return new AbstractList<>() {
            @Override
            public int[] get(int step) {
                Objects.checkIndex(step, steps);
                int from = step * batchSize;
                return Arrays.copyOfRange(order, from, (int) Math.min(rows, (long) from + batchSize));
            }

            @Override
            public int size() {
                return steps;
            }
        };
    }

    /** n, the number of rows. */
    public int rows() {
        return rows;
    }

    /** b, the number of rows per step. */
    public int batchSize() {
        return batchSize;
    }

    /** Whether the short last batch is skipped. */
    public boolean dropLast() {
        return dropLast;
    }

    /** E.g. {@code Minibatches[1000000 rows, batch size 10000, 100 steps per epoch]}. */
    @Override
    public String toString() {
        return String.format("Minibatches[%d rows, batch size %d%s, %d steps per epoch]",
                rows, batchSize, dropLast ? ", dropLast" : "", stepsPerEpoch());
    }
}
