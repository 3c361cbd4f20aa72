package org.chainrule.exercises.losses;

import org.chainrule.core.Tensor;

/**
 * A loss and its gradient with respect to the loss's first argument (the scores or probabilities).
 *
 * @param value the mean loss over the n rows, a number ≥ 0
 * @param gradient ∂value/∂(first argument), the first argument's shape ({@code [n, 1]} or {@code [n, k]})
 */
public record LossAndGradient(double value, Tensor gradient) {
}
