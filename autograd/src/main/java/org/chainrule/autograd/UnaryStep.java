package org.chainrule.autograd;

/**
 * The elementwise gates of one input on a static graph's buffers: {@link Neg}, {@link Exp},
 * {@link Log}, {@link Sqrt}, {@link Relu}, {@link Sigmoid}, {@link Tanh}, {@link Pow}. Each line
 * below is its gate's forward or backward for one element, with the same operations in the same
 * order (so {@code Tensor.pow(2)} is {@code x·x} here too, and exp, log and tanh are StrictMath's).
 * The gate is chosen once per pass ({@code switch}), never per element: each case is one plain loop.
 */
final class UnaryStep extends Step {
    enum Op { NEG, EXP, LOG, SQRT, RELU, SIGMOID, TANH, POW }

    private final Op op;
    /** The exponent, for {@link Op#POW}. */
    private final double p;

    UnaryStep(Op op, double p, Gate gate, Slot out, Slot x) {
        super(gate, out, x);
        this.op = op;
        this.p = p;
    }

    @Override
    void forward() {
        double[] x = in[0].value;
        double[] o = out.value;
        switch (op) {
            case NEG -> {
                for (int i = 0; i < o.length; i++) {
                    o[i] = -x[i];
                }
            }
            case EXP -> {
                for (int i = 0; i < o.length; i++) {
                    o[i] = StrictMath.exp(x[i]);
                }
            }
            case LOG -> {
                for (int i = 0; i < o.length; i++) {
                    o[i] = StrictMath.log(x[i]);
                }
            }
            case SQRT -> {
                for (int i = 0; i < o.length; i++) {
                    o[i] = Math.sqrt(x[i]);
                }
            }
            case RELU -> {
                for (int i = 0; i < o.length; i++) {
                    o[i] = Math.max(x[i], 0.0);
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < o.length; i++) {
                    o[i] = Sigmoid.sigmoid(x[i]);
                }
            }
            case TANH -> {
                for (int i = 0; i < o.length; i++) {
                    o[i] = StrictMath.tanh(x[i]);
                }
            }
            case POW -> {
                for (int i = 0; i < o.length; i++) {
                    o[i] = power(x[i], p);
                }
            }
        }
    }

    /** {@code Tensor.pow}: {@code x·x} for p = 2, else StrictMath.pow. */
    private static double power(double x, double p) {
        return p == 2 ? x * x : StrictMath.pow(x, p);
    }

    @Override
    void backward() {
        if (!wants(0)) {
            return;
        }
        double[] u = out.grad;
        double[] x = in[0].value;
        double[] o = out.value;
        double[] d = into(0);
        switch (op) {
            case NEG -> {
                for (int i = 0; i < d.length; i++) {
                    d[i] = -u[i];
                }
            }
            case EXP -> {
                for (int i = 0; i < d.length; i++) {
                    d[i] = u[i] * o[i];
                }
            }
            case LOG -> {
                for (int i = 0; i < d.length; i++) {
                    d[i] = u[i] / x[i];
                }
            }
            case SQRT -> {
                for (int i = 0; i < d.length; i++) {
                    d[i] = u[i] / (o[i] * 2);
                }
            }
            case RELU -> {
                for (int i = 0; i < d.length; i++) {
                    d[i] = u[i] * (x[i] > 0 ? 1 : 0);
                }
            }
            case SIGMOID -> {
                for (int i = 0; i < d.length; i++) {
                    d[i] = u[i] * (o[i] * (1 - o[i]));
                }
            }
            case TANH -> {
                for (int i = 0; i < d.length; i++) {
                    d[i] = u[i] * (1 - o[i] * o[i]);
                }
            }
            case POW -> {
                for (int i = 0; i < d.length; i++) {
                    d[i] = p == 0 ? 0.0 : u[i] * (power(x[i], p - 1) * p);
                }
            }
        }
        delivered(0);
    }
}
