package org.chainrule.core;

import java.util.Arrays;

/**
 * Tensor arithmetic into arrays the caller owns, for code that allocates its buffers once and
 * reuses them every step (autograd's static graph). A {@link Tensor} is immutable and every
 * operation returns a new one; these methods write into a given {@code double[]} instead.
 *
 * <p>They give the same bits as the {@code Tensor} operations they stand for: the matrix product
 * goes through the same kernel as {@link Tensor#matmul}, with the same order of terms.
 */
public final class InPlace {
    private InPlace() {
    }

    /**
     * {@code c = a · b}, overwriting {@code c}; bit-identical to {@code A.matmul(B)} (see
     * {@link ReferenceMatMul} for the loop it computes).
     *
     * @param a A, row-major {@code [m, k]}. Not modified.
     * @param b B, row-major {@code [k, n]}. Not modified.
     * @param c C, row-major {@code [m, n]}; its old contents are ignored
     */
    public static void matmul(double[] a, double[] b, double[] c, int m, int k, int n) {
        Arrays.fill(c, 0, m * n, 0.0);
        if (m > 0 && k > 0 && n > 0) {
            MatMulKernels.multiply(a, b, c, m, k, n);
        }
    }

    /**
     * Copies a tensor's elements (row-major) into {@code dst} without allocating.
     *
     * @param src any shape
     * @param dst at least {@code src.size()} long
     */
    public static void copy(Tensor src, double[] dst) {
        System.arraycopy(src.data, 0, dst, 0, src.data.length);
    }
}
