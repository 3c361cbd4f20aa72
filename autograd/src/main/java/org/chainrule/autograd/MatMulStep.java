package org.chainrule.autograd;

import org.chainrule.core.InPlace;

/**
 * {@link MatMul} on a static graph's buffers: {@code out = A·B} through the same kernel as
 * {@code Tensor.matmul}; backward {@code gradA = upstream·Bᵀ}, {@code gradB = Aᵀ·upstream}, with
 * the transposes written into buffers kept for the purpose instead of new tensors.
 */
final class MatMulStep extends Step {
    private final int m;
    private final int k;
    private final int n;
    private final double[] aT;
    private final double[] bT;

    MatMulStep(Gate gate, Slot out, Slot a, Slot b) {
        super(gate, out, a, b);
        this.m = a.shape.dim(0);
        this.k = a.shape.dim(1);
        this.n = b.shape.dim(1);
        this.aT = b.grad != null ? new double[m * k] : null;
        this.bT = a.grad != null ? new double[k * n] : null;
    }

    @Override
    void forward() {
        InPlace.matmul(in[0].value, in[1].value, out.value, m, k, n);
    }

    @Override
    void backward() {
        double[] u = out.grad;
        if (wants(0)) {
            transpose(in[1].value, k, n, bT);
            InPlace.matmul(u, bT, into(0), m, n, k);      // [m, n]·[n, k]
            delivered(0);
        }
        if (wants(1)) {
            transpose(in[0].value, m, k, aT);
            InPlace.matmul(aT, u, into(1), k, m, n);      // [k, m]·[m, n]
            delivered(1);
        }
    }

    /** {@code t[j, i] = x[i, j]} for x {@code [rows, cols]}. */
    static void transpose(double[] x, int rows, int cols, double[] t) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = x[i * cols + j];
            }
        }
    }
}
