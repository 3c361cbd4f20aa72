package org.chainrule.core;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Elementwise kernels (package-private): one loop, one freshly allocated result, no boxing.
 */
final class Elementwise {
    private Elementwise() {
    }

    /** {@code out[i] = f(x[i])}, same shape as {@code x}. */
    static Tensor map(Tensor x, DoubleUnaryOperator f) {
        double[] in = x.data;
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = f.applyAsDouble(in[i]);
        }
        return new Tensor(x.shape(), out);
    }

    /**
     * {@code out = f(a, b)} elementwise after broadcasting both to a common shape.
     *
     * @param op the operation's name for error messages, e.g. {@code "add"}
     */
    static Tensor zip(String op, Tensor a, Tensor b, DoubleBinaryOperator f) {
        Shape shape = a.shape().equals(b.shape()) ? a.shape() : Shape.broadcast(op, a.shape(), b.shape());
        double[] x = a.data;
        double[] y = b.data;
        double[] out = new double[shape.size()];
        if (x.length == out.length && y.length == out.length) {
            for (int i = 0; i < out.length; i++) {
                out[i] = f.applyAsDouble(x[i], y[i]);
            }
        } else if (x.length == out.length && Broadcasting.isSuffix(b.shape(), shape)) {
            for (int i = 0; i < out.length; i++) {
                out[i] = f.applyAsDouble(x[i], y[i % y.length]);
            }
        } else if (y.length == out.length && Broadcasting.isSuffix(a.shape(), shape)) {
            for (int i = 0; i < out.length; i++) {
                out[i] = f.applyAsDouble(x[i % x.length], y[i]);
            }
        } else {
            Broadcasting.Rows ra = Broadcasting.rows(a.shape(), shape);
            Broadcasting.Rows rb = Broadcasting.rows(b.shape(), shape);
            int n = ra.length();
            for (int r = 0; r < ra.rowStart().length; r++) {
                for (int j = 0; j < n; j++) {
                    out[r * n + j] = f.applyAsDouble(x[ra.offset(r, j)], y[rb.offset(r, j)]);
                }
            }
        }
        return new Tensor(shape, out);
    }
}
