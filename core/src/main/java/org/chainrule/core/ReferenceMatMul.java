package org.chainrule.core;

/**
 * The matrix product as the notes draw it: row i of A against column j of B, term by term.
 * <pre>
 *   C[i, j] = Σ_p A[i, p] · B[p, j]      A is [m, k], B is [k, n], C is [m, n]
 * </pre>
 * {@link Tensor#matmul} computes exactly this, bit for bit, with fast kernels ({@link ScalarMatMul},
 * {@link VectorMatMul}) that only change the order in which elements are visited, never the
 * order of the terms of one element. This one is the readable version and the tests' oracle.
 */
public final class ReferenceMatMul {
    private ReferenceMatMul() {
    }

    /**
     * {@code A·B} by the triple loop.
     *
     * @param a A, shape {@code [m, k]}
     * @param b B, shape {@code [k, n]}
     * @return C, shape {@code [m, n]}
     * @throws ShapeException if either is not a matrix, or A's columns ≠ B's rows
     */
    public static Tensor multiply(Tensor a, Tensor b) {
        MatMulRule.check(a.shape(), b.shape());
        int m = a.shape().dim(0);
        int k = a.shape().dim(1);
        int n = b.shape().dim(1);
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s = Math.fma(a.get(i, p), b.get(p, j), s);     // s + A[i,p]·B[p,j], rounded once
                }
                c[i * n + j] = s;
            }
        }
        return Tensor.of(Shape.of(m, n), c);
    }
}
