package org.chainrule.exercises.logistic;

import org.chainrule.core.Tensor;

/**
 * One gradient-descent step of logistic regression: the parameters after the update and the cost
 * before it (the cost the notes print beside the new W and b).
 *
 * @param w the weights after the update, {@code [d, 1]}
 * @param b the bias after the update, {@code [1]}
 * @param cost the cost of the parameters the step started from, a number ≥ 0
 */
public record Step(Tensor w, Tensor b, double cost) {
}
