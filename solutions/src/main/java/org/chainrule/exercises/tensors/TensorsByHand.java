package org.chainrule.exercises.tensors;

import java.util.Arrays;
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
        // BEGIN SOLUTION
        if (a.rank() != 2 || b.rank() != 2) {
            throw new ShapeException(String.format(
                    "matmul: a is %s and b is %s; both must be matrices (rank 2).", a.shape(), b.shape()));
        }
        int m = a.shape().dim(0);
        int k = a.shape().dim(1);
        int n = b.shape().dim(1);
        if (b.shape().dim(0) != k) {
            throw new ShapeException(String.format(
                    "matmul: a is %s and b is %s; a's columns (%d) must equal b's rows (%d).",
                    a.shape(), b.shape(), k, b.shape().dim(0)));
        }
        double[] x = a.toArray();
        double[] y = b.toArray();
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    sum += x[i * k + p] * y[p * n + j];
                }
                c[i * n + j] = sum;
            }
        }
        return Tensor.of(Shape.of(m, n), c);
        // END SOLUTION
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
        // BEGIN SOLUTION
        if (x.rank() != 2 || bias.rank() != 1 || bias.shape().dim(0) != x.shape().dim(1)) {
            throw new ShapeException(String.format(
                    "addBias: x is %s and bias is %s; x must be [n, m] and bias [m], one value per column of x.",
                    x.shape(), bias.shape()));
        }
        int m = x.shape().dim(1);
        double[] out = x.toArray();
        double[] b = bias.toArray();
        for (int i = 0; i < out.length; i++) {
            out[i] += b[i % m];
        }
        return Tensor.of(x.shape(), out);
        // END SOLUTION
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
        // BEGIN SOLUTION
        if (images.rank() == 0) {
            throw new ShapeException("flatten: images is []; a batch needs an axis 0, one entry per image.");
        }
        int[] dims = images.shape().toArray();
        int perImage = Arrays.stream(dims).skip(1).reduce(1, (p, d) -> p * d);
        return Tensor.of(Shape.of(dims[0], perImage), images.toArray());
        // END SOLUTION
    }
}
