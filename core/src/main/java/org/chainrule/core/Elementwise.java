package org.chainrule.core;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Elementwise kernels (package-private): one loop, one freshly allocated result, no boxing.
 */
final class Elementwise {
    private Elementwise() {
    }

    /**
     * The four arithmetic operations. They run many times in every training step, so their loops
     * are written out one by one: a loop that calls a {@code DoubleBinaryOperator} shared by many
     * operations cannot be compiled into a tight loop for any of them.
     */
    enum Arith {
        ADD("add"), SUB("sub"), MUL("mul"), DIV("div");

        /** The operation's name in error messages. */
        final String op;

        Arith(String op) {
            this.op = op;
        }
    }

    /** The mask {@code [x > c]} (or {@code [x ≥ c]} when {@code orEqual}) as 1.0 and 0.0; ReLU's backward. */
    static Tensor greaterThan(Tensor x, double c, boolean orEqual) {
        double[] in = x.data;
        double[] out = new double[in.length];
        if (orEqual) {
            for (int i = 0; i < in.length; i++) { out[i] = in[i] >= c ? 1 : 0; }
        } else {
            for (int i = 0; i < in.length; i++) { out[i] = in[i] > c ? 1 : 0; }
        }
        return new Tensor(x.shape(), out);
    }

    /** {@code max(x, c)} elementwise (ReLU's forward for c = 0); {@link Math#max} keeps NaN. */
    static Tensor maximum(Tensor x, double c) {
        double[] in = x.data;
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = Math.max(in[i], c);
        }
        return new Tensor(x.shape(), out);
    }

    /** {@code out = a op b} elementwise after broadcasting both to a common shape. */
    static Tensor arith(Arith op, Tensor a, Tensor b) {
        Shape shape = a.shape().equals(b.shape()) ? a.shape() : Shape.broadcast(op.op, a.shape(), b.shape());
        double[] out = new double[shape.size()];
        if (a.data.length == out.length && b.data.length == out.length) {
            contiguous(op, a.data, b.data, out);
        } else if (a.data.length == out.length && b.data.length == 1) {     // tensor op number
            strided(op, a.data, 0, 1, b.data, 0, 0, out, 0, out.length);
        } else if (a.data.length == 1 && b.data.length == out.length) {     // number op tensor
            strided(op, a.data, 0, 0, b.data, 0, 1, out, 0, out.length);
        } else {
            Broadcasting.Rows ra = Broadcasting.rows(a.shape(), shape);
            Broadcasting.Rows rb = Broadcasting.rows(b.shape(), shape);
            int n = ra.length();
            for (int r = 0; r < ra.rowStart().length; r++) {
                strided(op, a.data, ra.rowStart()[r], ra.innerStride(),
                        b.data, rb.rowStart()[r], rb.innerStride(), out, r * n, n);
            }
        }
        return new Tensor(shape, out);
    }

    /** Same shapes: {@code out[i] = x[i] op y[i]}. */
    private static void contiguous(Arith op, double[] x, double[] y, double[] out) {
        switch (op) {
            case ADD -> { for (int i = 0; i < out.length; i++) { out[i] = x[i] + y[i]; } }
            case SUB -> { for (int i = 0; i < out.length; i++) { out[i] = x[i] - y[i]; } }
            case MUL -> { for (int i = 0; i < out.length; i++) { out[i] = x[i] * y[i]; } }
            case DIV -> { for (int i = 0; i < out.length; i++) { out[i] = x[i] / y[i]; } }
        }
    }

    /** One row of a broadcast: {@code out[o + j] = x[xi + j·xs] op y[yi + j·ys]}, strides 0 or 1. */
    private static void strided(Arith op, double[] x, int xi, int xs, double[] y, int yi, int ys,
                                double[] out, int o, int n) {
        switch (op) {
            case ADD -> { for (int j = 0; j < n; j++) { out[o + j] = x[xi + j * xs] + y[yi + j * ys]; } }
            case SUB -> { for (int j = 0; j < n; j++) { out[o + j] = x[xi + j * xs] - y[yi + j * ys]; } }
            case MUL -> { for (int j = 0; j < n; j++) { out[o + j] = x[xi + j * xs] * y[yi + j * ys]; } }
            case DIV -> { for (int j = 0; j < n; j++) { out[o + j] = x[xi + j * xs] / y[yi + j * ys]; } }
        }
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
        } else if (x.length == out.length && y.length == 1) {
            for (int i = 0; i < out.length; i++) {
                out[i] = f.applyAsDouble(x[i], y[0]);
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
