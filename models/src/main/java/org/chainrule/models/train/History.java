package org.chainrule.models.train;

import java.util.List;

/**
 * What a training run leaves behind: the loss of every step and the log lines it printed.
 * Plot {@link #losses()} (noisy with minibatches) or {@link #epochLosses()} (one point per epoch).
 *
 * @param losses the loss of each step, computed before that step's update; {@code [steps]}
 * @param stepsPerEpoch steps in one epoch, at least 1
 * @param log the log lines, in order (also printed while training)
 */
public record History(double[] losses, int stepsPerEpoch, List<String> log) {

    /** Checks that an epoch has a step; copies the arrays and lists it is given. */
    public History {
        if (stepsPerEpoch < 1) {
            throw new IllegalArgumentException(String.format("History: stepsPerEpoch is %d; an epoch is at least "
                    + "one step (⌈n / batch size⌉ for n ≥ 1 rows).", stepsPerEpoch));
        }
        losses = losses.clone();
        log = List.copyOf(log);
    }

    /** The loss of each step (a copy), {@code [steps]}. */
    @Override
    public double[] losses() {
        return losses.clone();
    }

    /** The number of steps taken. */
    public int steps() {
        return losses.length;
    }

    /** The loss at the last step (before its update). */
    public double finalLoss() {
        if (losses.length == 0) {
            throw new IllegalStateException("finalLoss: no step was taken, so there is no loss.");
        }
        return losses[losses.length - 1];
    }

    /** The mean step loss of each epoch, {@code [⌈steps / stepsPerEpoch⌉]} (a last, partial epoch averages what it has). */
    public double[] epochLosses() {
        int epochs = (losses.length + stepsPerEpoch - 1) / stepsPerEpoch;
        double[] means = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            int from = e * stepsPerEpoch;
            int to = Math.min(losses.length, from + stepsPerEpoch);
            double sum = 0;
            for (int s = from; s < to; s++) {
                sum += losses[s];
            }
            means[e] = sum / (to - from);
        }
        return means;
    }
}
