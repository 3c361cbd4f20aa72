package org.chainrule.models.train;

import java.util.Arrays;

/**
 * The loss of every step so far, in an array that doubles when it is full (package-private).
 *
 * <p>Why not allocate all steps up front: a run of a billion steps would ask for 8 GB before its
 * first step, and a run that diverges at step 4 would never need it. Doubling keeps adding a step
 * O(1) on average (each loss is copied at most once more, on average).
 */
final class StepLosses {
    /** Room for the first steps; a typical demo run of a few thousand steps doubles a handful of times. */
    private static final int INITIAL_CAPACITY = 1024;

    private final int maxSteps;
    private double[] losses;
    private int steps;

    /** @param maxSteps the run's length in steps; the array never grows beyond it */
    StepLosses(int maxSteps) {
        this.maxSteps = maxSteps;
        this.losses = new double[Math.min(maxSteps, INITIAL_CAPACITY)];
    }

    /** Records the loss of the next step. */
    void add(double loss) {
        if (steps == losses.length) {
            losses = Arrays.copyOf(losses, (int) Math.min(maxSteps, 2L * losses.length));
        }
        losses[steps++] = loss;
    }

    /** The number of losses recorded. */
    int steps() {
        return steps;
    }

    /** The recorded losses, {@code [steps]} (a copy of exactly that length). */
    double[] toArray() {
        return Arrays.copyOf(losses, steps);
    }
}
