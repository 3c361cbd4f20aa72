package org.chainrule.exercises.softmax;

import org.chainrule.core.Tensor;

/**
 * The mean cross-entropy of softmax regression and its gradients with respect to W and b.
 *
 * @param loss the mean cross-entropy over the n rows, a number ≥ 0
 * @param dW ∂loss/∂W, W's shape {@code [d, k]}
 * @param db ∂loss/∂b, b's shape {@code [k]}
 */
public record Gradients(double loss, Tensor dW, Tensor db) {
}
