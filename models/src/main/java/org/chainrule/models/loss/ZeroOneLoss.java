package org.chainrule.models.loss;

import org.chainrule.core.ClassLabels;

/**
 * The 0/1 loss: the fraction of examples predicted wrongly.
 * <pre>
 *   L = (1/n) Σ_i [ŷ_i ≠ y_i]          (0 for a right answer, 1 for a wrong one)
 * </pre>
 * Why it is a <b>metric, not a training loss</b>: it is a step function of the weights — flat
 * almost everywhere and jumping where a prediction flips — so its gradient is 0 or undefined and
 * gradient descent cannot use it. It also charges every mistake the same (the notes: mistaking a
 * cat for another animal costs as much as mistaking it for a car). It returns a plain
 * {@code double}, not a {@code Node}: there is nothing to backpropagate. It equals 1 − accuracy
 * ({@link org.chainrule.models.metrics.ConfusionMatrix#accuracy(int[], int[])}); both refuse n = 0,
 * where the fraction has no value.
 */
public final class ZeroOneLoss {
    private ZeroOneLoss() {
    }

    /**
     * @param actual n true class indices, {@code [n]}
     * @param predicted n predicted class indices, {@code [n]}
     * @return the fraction of positions where they differ, in [0, 1]
     * @throws IllegalArgumentException if the lengths differ or n = 0
     */
    public static double of(int[] actual, int[] predicted) {
        ClassLabels.checkPairs("zeroOneLoss", actual, predicted);
        int wrong = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] != predicted[i]) {
                wrong++;
            }
        }
        return (double) wrong / actual.length;
    }
}
