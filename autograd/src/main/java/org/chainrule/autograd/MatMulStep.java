package org.chainrule.autograd;

import org.chainrule.core.InPlace;

/**
 * {@link MatMul} on a static graph's buffers: {@code out = A·B} through the same kernel as
 * {@code Tensor.matmul}; backward {@code gradA = upstream·Bᵀ}, {@code gradB = Aᵀ·upstream}, with
 * the transposes written into buffers kept for the purpose instead of new tensors.
 *
 * <p><b>Products turned round when that copies less.</b> A product with a transposed operand, such
 * as {@code gradB = Aᵀ·upstream}, can be computed as written (copy A transposed, then multiply) or
 * turned round, {@code gradBᵀ = upstreamᵀ·A} (copy the upstream transposed, multiply, copy the
 * result back transposed). The step takes the way that copies fewer elements: for an MLP's last
 * layer, {@code ∂W2 = Hᵀ·U} with H {@code [64, 128]} and U {@code [64, 10]}, that is 640 + 1,280
 * elements instead of 8,192 — and {@code [10, 64]·[64, 128]} is also the shape the kernel's
 * register tiles suit best (measured: 3.3 µs in all instead of 8.4). The bits do not change:
 * element {@code [i, j]} is the same chain {@code s = fma(x[i, p], y[p, j], s)} for
 * p = 0, 1, … either way, and {@code fma(x, y, s)} is {@code fma(y, x, s)} exactly.
 */
final class MatMulStep extends Step {
    private final int m;
    private final int k;
    private final int n;
    /** Transposed copies of an operand, one for each side of a product (reused by every product). */
    private final double[] left;
    private final double[] right;
    /** A result computed turned round, before it is transposed back. */
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
     * {@code x} or, when {@code xT}, its transpose (then x holds {@code [s, r]}); likewise Y. As
     * written, every transposed operand is copied; turned round, every other operand and the result.
     */
    private void product(double[] x, boolean xT, double[] y, boolean yT, double[] c, int r, int s, int t) {
        long asWritten = (xT ? (long) r * s : 0) + (yT ? (long) s * t : 0);
        long turnedRound = (xT ? 0 : (long) r * s) + (yT ? 0 : (long) s * t) + (long) r * t;
        if (turnedRound < asWritten) {                   // cᵀ = Yᵀ·Xᵀ, [t, s]·[s, r]
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
