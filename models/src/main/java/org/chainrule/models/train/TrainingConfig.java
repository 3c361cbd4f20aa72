package org.chainrule.models.train;

import org.chainrule.models.optim.Optimizer;

/**
 * The hand-set choices of one training run.
 *
 * <p>How long to train is given <b>either</b> in epochs <b>or</b> in steps (the other is 0), in the
 * notes' words: a step is one minibatch, one gradient update; an epoch is one pass over every row.
 * With n rows and batch size b an epoch is {@code ⌈n / b⌉} steps. The notes' run is
 * {@code TrainingConfig.steps(5001, FULL_BATCH, 0.01, 2020, 1000)}: 5001 full-batch steps, a log
 * line every 1000.
 *
 * @param epochs passes over the data, or 0 when {@code steps} is given
 * @param steps gradient updates, or 0 when {@code epochs} is given
 * @param batchSize rows per step, at least 1; at least n (e.g. {@link #FULL_BATCH}) means the whole
 *     data set in every step, in its own order (plain gradient descent)
 * @param learningRate η &gt; 0, handed to the optimizer
 * @param seed seeds the shuffling of the minibatches (same seed, same run)
 * @param logEvery print a log line at steps 1, 1 + logEvery, 1 + 2·logEvery, …; 0 for none
 */
public record TrainingConfig(int epochs, int steps, int batchSize, double learningRate, long seed, int logEvery) {
    /** A batch size meaning "all rows": any size ≥ n trains on the full batch. */
    public static final int FULL_BATCH = Integer.MAX_VALUE;

    /** Checks every choice; each message names the value and the rule. */
    public TrainingConfig {
        if (epochs < 0 || steps < 0 || (epochs > 0) == (steps > 0)) {
            throw new IllegalArgumentException(String.format("TrainingConfig: epochs is %d and steps is %d; "
                    + "give exactly one of them (the other 0): train for a number of epochs or of steps.",
                    epochs, steps));
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException(String.format("TrainingConfig: batch size is %d; it must be at "
                    + "least 1 (FULL_BATCH for the whole data set).", batchSize));
        }
        Optimizer.checkLearningRate("TrainingConfig", learningRate);
        if (logEvery < 0) {
            throw new IllegalArgumentException(String.format("TrainingConfig: logEvery is %d; use 0 for no log "
                    + "lines, or N for a line every N steps.", logEvery));
        }
    }

    /** A run of {@code epochs} passes over the data. */
    public static TrainingConfig epochs(int epochs, int batchSize, double learningRate, long seed, int logEvery) {
        return new TrainingConfig(epochs, 0, batchSize, learningRate, seed, logEvery);
    }

    /** A run of {@code steps} gradient updates. */
    public static TrainingConfig steps(int steps, int batchSize, double learningRate, long seed, int logEvery) {
        return new TrainingConfig(0, steps, batchSize, learningRate, seed, logEvery);
    }

    /** The same run with another learning rate (for a sweep). */
    public TrainingConfig withLearningRate(double newLearningRate) {
        return new TrainingConfig(epochs, steps, batchSize, newLearningRate, seed, logEvery);
    }

    /** The same run with another log interval (0: silent). */
    public TrainingConfig withLogEvery(int newLogEvery) {
        return new TrainingConfig(epochs, steps, batchSize, learningRate, seed, newLogEvery);
    }

    /**
     * Steps in one epoch over n rows: {@code ⌈n / b⌉}, 1 for a full batch.
     *
     * @param n rows in the data set, at least 1
     */
    public int stepsPerEpoch(int n) {
        return batchSize >= n ? 1 : (n - 1) / batchSize + 1;
    }

    /** The total number of steps over n rows: {@code steps}, or {@code epochs · stepsPerEpoch(n)}. */
    public long totalSteps(int n) {
        return steps > 0 ? steps : (long) epochs * stepsPerEpoch(n);
    }
}
