package org.chainrule.autograd;

import org.chainrule.core.InPlace;

/**
 * {@link MatMul} on a static graph's buffers: {@code out = A·B} through the same kernel as
 * {@code Tensor.matmul}; backward {@code gradA = upstream·Bᵀ}, {@code gradB = Aᵀ·upstream}, with
 * the transposes written into buffers kept for the purpose instead of new tensors.
 *
 * <p><b>Narrow products turned round.</b> The kernels' register tiles are {@value #NARROW}
 * columns wide; a product whose result has fewer columns than that and at least as many rows (an
 * MLP's last layer, {@code [64, 128]·[128, 10]}, and its gradient {@code [128, 64]·[64, 10]}) runs
 * one row at a time, several times slower than its transpose ({@code [10, 128]·[128, 64]}). So
 * for such a result {@code C = X·Y} the step computes {@code Cᵀ = Yᵀ·Xᵀ} and transposes it back.
 * The bits do not change: element {@code C[i, j]} is the same chain
 * {@code s = fma(x[i, p], y[p, j], s)} for p = 0, 1, … either way, and {@code fma(x, y, s)} is
 * {@code fma(y, x, s)} exactly.
 */
final class MatMulStep extends Step {
    /** Results with fewer columns than this, and at least this many rows, are computed transposed. */
    static final int NARROW = 16;

    private final int m;
    private final int k;
    private final int n;
    /** Transposed copies of an operand, one for each side of a product (reused by every product). */
    private final double[] left;
    private final double[] right;
    /** A narrow result, computed transposed before it is turned back. */
    private final double[] turned;

    MatMulStep(Gate gate, Slot out, Slot a, Slot b) {
        super(gate, out, a, b);
        this.m = a.shape.dim(0);
        this.k = a.shape.dim(1);
        this.n = b.shape.dim(1);
        int most = Math.max(m * k, Math.max(k * n, m * n));
        this.left = new double[most];
        this.right = new double[most];
        this.turned = new double[most];
    }

    @Override
    void forward() {
        product(in[0].value, false, in[1].value, false, out.value, m, k, n);
    }

    @Override
    void backward() {
        double[] u = out.grad;
        if (wants(0)) {
            product(u, false, in[1].value, true, into(0), m, n, k);       // [m, n]·[n, k]
            delivered(0);
        }
        if (wants(1)) {
            product(in[0].value, true, u, false, into(1), k, m, n);       // [k, m]·[m, n]
            delivered(1);
        }
    }

    /**
     * {@code c = X·Y}, X {@code [r, s]}, Y {@code [s, t]}, c {@code [r, t]}, where X is the buffer
     * {@code x} or, when {@code xT}, its transpose (then x holds {@code [s, r]}); likewise Y.
     */
    private void product(double[] x, boolean xT, double[] y, boolean yT, double[] c, int r, int s, int t) {
        if (t < NARROW && r >= NARROW) {                 // cᵀ = Yᵀ·Xᵀ, [t, s]·[s, r]
            InPlace.matmul(laidOut(y, !yT, t, s, left), laidOut(x, !xT, s, r, right), turned, t, s, r);
            transpose(turned, t, r, c);
        } else {
            InPlace.matmul(laidOut(x, xT, r, s, left), laidOut(y, yT, s, t, right), c, r, s, t);
        }
    }

    /**
     * The matrix {@code [rows, cols]} that is {@code buffer} itself, or (when {@code transposed})
     * the transpose of {@code buffer} ({@code [cols, rows]}), written into {@code spare}.
     */
    private static double[] laidOut(double[] buffer, boolean transposed, int rows, int cols, double[] spare) {
        if (!transposed) {
            return buffer;
        }
        transpose(buffer, cols, rows, spare);
        return spare;
    }

    /**
     * {@code t[j, i] = x[i, j]} for x {@code [rows, cols]}. Four rows of x at a time, so that
     * every pass writes four neighbouring elements of t (about twice as fast as one at a time).
     */
    static void transpose(double[] x, int rows, int cols, double[] t) {
        int i = 0;
        for (; i + 4 <= rows; i += 4) {
            int x0 = i * cols;
            for (int j = 0; j < cols; j++) {
                int to = j * rows + i;
                t[to] = x[x0 + j];
                t[to + 1] = x[x0 + cols + j];
                t[to + 2] = x[x0 + 2 * cols + j];
                t[to + 3] = x[x0 + 3 * cols + j];
            }
        }
        for (; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = x[i * cols + j];
            }
        }
    }
}
