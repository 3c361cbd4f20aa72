package org.chainrule.testkit;

import org.chainrule.core.Tensor;

/**
 * Two generated tensors, e.g. the inputs of a binary gate; see {@link TensorGen#pairs}.
 *
 * @param a the first tensor, any shape
 * @param b the second tensor, a shape that fits {@code a} (broadcasts, or multiplies)
 */
public record TensorPair(Tensor a, Tensor b) {
    /** Both, compactly: {@code a = [2] [0.5, 1.0], b = [] 2.0}. */
    @Override
    public String toString() {
        return "a = " + TensorGen.describe(a) + ", b = " + TensorGen.describe(b);
    }
}
