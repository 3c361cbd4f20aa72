package org.chainrule.exercises.tensors;

import org.chainrule.core.Shape;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;

/**
 * E01 — tensors by hand: the three tensor operations a linear layer needs, written with loops
 * over {@code double[]} instead of calling {@link Tensor}'s own (see
 * {@code exercises/handouts/E01-tensors.md}).
 *
 * <p>A tensor's elements are stored row-major: element {@code [i, j]} of an {@code [m, n]} matrix
 * is {@code toArray()[i * n + j]}. Build results with {@link Tensor#of(Shape, double[])}.
 */
public final class TensorsByHand {
    private TensorsByHand() {
    }

    /**
     * The matrix product {@code C = A·B}:
     * <pre>
     *   C[i, j] = Σ_p A[i, p] · B[p, j]      for i &lt; m, j &lt; n, p &lt; k
     * </pre>
     * The notes' rule: A's columns must equal B's rows.
     *
     * @param a A, shape {@code [m, k]}
     * @param b B, shape {@code [k, n]}
     * @return C, shape {@code [m, n]}
     * @throws ShapeException if either is not a matrix, or A's columns ≠ B's rows; the message
     *         names both shapes (see the handout for its exact text)
     */
    public static Tensor matmul(Tensor a, Tensor b) {
        throw new UnsupportedOperationException("E01 TensorsByHand.matmul: not done yet — see exercises/handouts/E01-tensors.md");
    }

    /**
     * A bias added to every row (what {@code x.add(bias)} does by broadcasting):
     * <pre>
     *   out[i, j] = x[i, j] + bias[j]
     * </pre>
     *
     * @param x a batch of rows, shape {@code [n, m]}
     * @param bias one value per column, shape {@code [m]}
     * @return shape {@code [n, m]}
     * @throws ShapeException if x is not a matrix, bias not a vector, or bias's length ≠ x's columns
     */
    public static Tensor addBias(Tensor x, Tensor bias) {
        throw new UnsupportedOperationException("E01 TensorsByHand.addBias: not done yet — see exercises/handouts/E01-tensors.md");
    }

    /**
     * Every image as one row of numbers: the notes' 32×32×3 image becomes 3072 numbers. The
     * elements and their order do not change, only the shape:
     * <pre>
     *   [n, h, w, c]  →  [n, h·w·c]          (in general [n, d1, …, dr] → [n, d1·…·dr]; [n] → [n, 1])
     * </pre>
     *
     * @param images a batch, shape {@code [n, ...]} (at least one axis)
     * @return shape {@code [n, size / n]}
     * @throws ShapeException if {@code images} is a scalar (shape {@code []})
     */
    public static Tensor flatten(Tensor images) {
        throw new UnsupportedOperationException("E01 TensorsByHand.flatten: not done yet — see exercises/handouts/E01-tensors.md");
    }
}
