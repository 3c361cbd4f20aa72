package org.chainrule.autograd;

import java.util.Arrays;

/**
 * The broadcasting gates {@link Add}, {@link Sub}, {@link Mul}, {@link Div}, {@link Max} on a
 * static graph's buffers. Element i of the output reads {@code a[mapA[i]]} and {@code b[mapB[i]]}
 * (see {@link Step#broadcastMap}); backward sums each downstream back to its input's shape in the
 * same order as {@code Tensor.sumTo}: zeros first, then {@code grad[map[i]] += d[i]} for
 * i = 0, 1, … — and, as {@code sumTo} does, no sum at all when the input was not broadcast.
 */
final class BinaryStep extends Step {
    enum Op { ADD, SUB, MUL, DIV, MAX }

    private final Op op;
    private final int[] mapA;
    private final int[] mapB;
    private final boolean broadcast;

    BinaryStep(Op op, Gate gate, Slot out, Slot a, Slot b) {
        super(gate, out, a, b);
        this.op = op;
        int[] ma = broadcastMap(a.shape, out.shape);
        int[] mb = broadcastMap(b.shape, out.shape);
        this.broadcast = ma != null || mb != null;
        this.mapA = orIdentity(ma, out.value.length);
        this.mapB = orIdentity(mb, out.value.length);
    }

    @Override
    void forward() {
        double[] a = in[0].value;
        double[] b = in[1].value;
        double[] o = out.value;
        if (!broadcast) {
            for (int i = 0; i < o.length; i++) {
                o[i] = apply(a[i], b[i]);
            }
        } else {
            for (int i = 0; i < o.length; i++) {
                o[i] = apply(a[mapA[i]], b[mapB[i]]);
            }
        }
    }

    private double apply(double a, double b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case MAX -> Math.max(a, b);
        };
    }

    @Override
    void backward() {
        for (int k = 0; k < 2; k++) {
            if (wants(k)) {
                sendTo(k, k == 0 ? mapA : mapB, !in[k].shape.equals(out.shape));
                delivered(k);
            }
        }
    }

    /** Input k's downstream, summed to its shape when it was broadcast. */
    private void sendTo(int k, int[] map, boolean summed) {
        double[] u = out.grad;
        double[] a = in[0].value;
        double[] b = in[1].value;
        double[] d = into(k);
        if (!summed) {
            for (int i = 0; i < u.length; i++) {
                d[i] = partial(k, u[i], a[mapA[i]], b[mapB[i]]);
            }
            return;
        }
        Arrays.fill(d, 0.0);
        for (int i = 0; i < u.length; i++) {
            d[map[i]] += partial(k, u[i], a[mapA[i]], b[mapB[i]]);
        }
    }

    /** upstream × local for one element, written as the gate's backward writes it. */
    private double partial(int k, double u, double a, double b) {
        return switch (op) {
            case ADD -> u;
            case SUB -> k == 0 ? u : -u;
            case MUL -> k == 0 ? u * b : u * a;
            case DIV -> k == 0 ? u / b : -(u * a / (b * b));
            case MAX -> k == 0 ? u * (a >= b ? 1 : 0) : u * (a < b ? 1 : 0);
        };
    }
}
