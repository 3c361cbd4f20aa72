package org.chainrule.autograd;

/**
 * The broadcasting gates {@link Add}, {@link Sub}, {@link Mul}, {@link Div}, {@link Max} on a
 * static graph's buffers. An input of another shape than the output is first stretched to the
 * output's shape ({@link Stretch}), so that every loop below runs over equal shapes, element i
 * with element i; backward sums such an input's downstream back to its shape in the same order as
 * {@code Tensor.sumTo} — and, as {@code sumTo} does, no sum at all when the input was not
 * broadcast. A constant input (the 0 of {@code max(z, 0)}) is stretched once, when traced.
 *
 * <p>The gate is chosen once per pass ({@code switch}), never per element: each case is one
 * plain loop, the gate's formula for one element.
 */
final class BinaryStep extends Step {
    enum Op { ADD, SUB, MUL, DIV, MAX }

    private final Op op;
    /** How each input is stretched to the output's shape; null for an input of the output's shape. */
    private final Stretch[] stretch = new Stretch[2];
    /** Each input's value at the output's shape: its own buffer, or the stretched copy. */
    private final double[][] full = new double[2][];
    /** For a broadcast input: its downstream at the output's shape, before the sum back. */
    private final double[][] wide = new double[2][];

    BinaryStep(Op op, Gate gate, Slot out, Slot a, Slot b) {
        super(gate, out, a, b);
        this.op = op;
        for (int k = 0; k < 2; k++) {
            stretch[k] = Stretch.of(in[k].shape, out.shape);
            full[k] = stretch[k] == null ? in[k].value : new double[out.value.length];
            wide[k] = stretch[k] == null ? null : new double[out.value.length];
            if (stretch[k] != null && in[k].kind == Slot.Kind.CONSTANT) {
                stretch[k].expand(in[k].value, full[k]);
            }
        }
    }

    @Override
    void forward() {
        for (int k = 0; k < 2; k++) {
            if (stretch[k] != null && in[k].kind != Slot.Kind.CONSTANT) {
                stretch[k].expand(in[k].value, full[k]);
            }
        }
        double[] a = full[0];
        double[] b = full[1];
        double[] o = out.value;
        switch (op) {
            case ADD -> {
                for (int i = 0; i < o.length; i++) {
                    o[i] = a[i] + b[i];
                }
            }
            case SUB -> {
                for (int i = 0; i < o.length; i++) {
                    o[i] = a[i] - b[i];
                }
            }
            case MUL -> {
                for (int i = 0; i < o.length; i++) {
                    o[i] = a[i] * b[i];
                }
            }
            case DIV -> {
                for (int i = 0; i < o.length; i++) {
                    o[i] = a[i] / b[i];
                }
            }
            case MAX -> {
                for (int i = 0; i < o.length; i++) {
                    o[i] = Math.max(a[i], b[i]);
                }
            }
        }
    }

    @Override
    void backward() {
        for (int k = 0; k < 2; k++) {
            if (wants(k)) {
                double[] d = downstream(k, stretch[k] == null ? into(k) : wide[k]);
                if (stretch[k] != null) {
                    stretch[k].sumInto(d, into(k));
                } else if (d != into(k)) {
                    System.arraycopy(d, 0, into(k), 0, d.length);
                }
                delivered(k);
            }
        }
    }

    /**
     * Input k's downstream at the output's shape, upstream × local for each element as the gate's
     * backward writes it, into {@code d}; for Add (and Sub's first input) the upstream itself,
     * returned as it is.
     */
    private double[] downstream(int k, double[] d) {
        double[] u = out.grad;
        double[] a = full[0];
        double[] b = full[1];
        switch (op) {
            case ADD -> {
                return u;
            }
            case SUB -> {
                if (k == 0) {
                    return u;
                }
                for (int i = 0; i < d.length; i++) {
                    d[i] = -u[i];
                }
            }
            case MUL -> {
                double[] other = k == 0 ? b : a;
                for (int i = 0; i < d.length; i++) {
                    d[i] = u[i] * other[i];
                }
            }
            case DIV -> {
                for (int i = 0; i < d.length; i++) {
                    d[i] = k == 0 ? u[i] / b[i] : -(u[i] * a[i] / (b[i] * b[i]));
                }
            }
            case MAX -> {
                for (int i = 0; i < d.length; i++) {
                    d[i] = k == 0 ? u[i] * (a[i] >= b[i] ? 1 : 0) : u[i] * (a[i] < b[i] ? 1 : 0);
                }
            }
        }
        return d;
    }
}
