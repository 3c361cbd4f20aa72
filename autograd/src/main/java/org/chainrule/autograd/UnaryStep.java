package org.chainrule.autograd;

/**
 * The elementwise gates of one input on a static graph's buffers: {@link Neg}, {@link Exp},
 * {@link Log}, {@link Sqrt}, {@link Relu}, {@link Sigmoid}, {@link Tanh}, {@link Pow}. Each line
 * below is its gate's forward or backward for one element, with the same operations in the same
 * order (so {@code Tensor.pow(2)} is {@code x·x} here too, and exp, log and tanh are StrictMath's).
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
        for (int i = 0; i < o.length; i++) {
            o[i] = apply(x[i]);
        }
    }

    private double apply(double x) {
        return switch (op) {
            case NEG -> -x;
            case EXP -> StrictMath.exp(x);
            case LOG -> StrictMath.log(x);
            case SQRT -> Math.sqrt(x);
            case RELU -> Math.max(x, 0.0);
            case SIGMOID -> Sigmoid.sigmoid(x);
            case TANH -> StrictMath.tanh(x);
            case POW -> power(x, p);
        };
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
        for (int i = 0; i < d.length; i++) {
            d[i] = partial(u[i], x[i], o[i]);
        }
        delivered(0);
    }

    /** upstream × local for one element, given the input x and the output. */
    private double partial(double u, double x, double out) {
        return switch (op) {
            case NEG -> -u;
            case EXP -> u * out;
            case LOG -> u / x;
            case SQRT -> u / (out * 2);
            case RELU -> u * (x > 0 ? 1 : 0);
            case SIGMOID -> u * (out * (1 - out));
            case TANH -> u * (1 - out * out);
            case POW -> p == 0 ? 0.0 : u * (power(x, p - 1) * p);
        };
    }
}
