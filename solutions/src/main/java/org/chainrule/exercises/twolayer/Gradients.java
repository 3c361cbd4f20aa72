package org.chainrule.exercises.twolayer;

import org.chainrule.core.Tensor;

/**
 * The mean cross-entropy of a {@link TwoLayerNet} on a batch and its gradient with respect to
 * each parameter; every gradient has the shape of its parameter.
 *
 * @param loss the mean softmax cross-entropy over the n rows
 * @param dW1 {@code ∂loss/∂W1}, shape {@code [d, h]}
 * @param db1 {@code ∂loss/∂b1}, shape {@code [h]}
 * @param dW2 {@code ∂loss/∂W2}, shape {@code [h, k]}
 * @param db2 {@code ∂loss/∂b2}, shape {@code [k]}
 */
public record Gradients(double loss, Tensor dW1, Tensor db1, Tensor dW2, Tensor db2) {
}
