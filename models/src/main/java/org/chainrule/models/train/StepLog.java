package org.chainrule.models.train;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;

/**
 * The notes' log line (package-private), from their loop
 * {@code print(f'Step={step+1}, Cost = {cost}, W={W.numpy()}, b = {b.numpy()}')}:
 * <pre>
 *   Step=1001, Cost = 0.5122759938240051, W=[[0.1809378] [0.55177015]], b = [-0.97815347]
 * </pre>
 * Each parameter follows by name, with the notes' spacing: weights (rank 2) as {@code W=…},
 * biases (rank 1) as {@code b = …}. Arrays print like NumPy with rows on one line, as the notes
 * show them; each number is Python's {@code repr} of the double (shortest digits that read back
 * exactly), so {@code 0.5} is {@code 0.5} and {@code 1e-05} is {@code 1e-05}.
 *
 * <p>A parameter of more than {@value #SHOW_ALL_UP_TO} numbers is summarised, since a line is read
 * by a person (an MLP's 128 biases at 17 digits would make a line of 4,500 characters): its shape,
 * its norm ‖p‖ = √(Σ pᵢ²) and its first {@value #FIRST_VALUES} numbers,
 * <pre>
 *   W=[64, 128] norm=9.428 first=[0.02913 -0.1101 0.05328 ...]
 * </pre>
 */
final class StepLog {
    /** Python's repr switches to scientific notation below 1e-4 … */
    private static final int MIN_PLAIN_EXPONENT = -4;
    /** … and from 1e16 up. */
    private static final int MAX_PLAIN_EXPONENT = 15;
    /** Parameters up to this many numbers print in full (the notes' W [2, 1] and b [1]; a 3 × 4 matrix). */
    static final int SHOW_ALL_UP_TO = 12;
    /** How many leading numbers a summary shows. */
    static final int FIRST_VALUES = 3;
    /** Significant digits of the numbers in a summary. */
    private static final int SUMMARY_DIGITS = 4;

    private StepLog() {
    }

    /**
     * @param step the step, from 1
     * @param cost the loss computed before this step's update
     * @param params the parameters after the update, named
     */
    static String line(long step, double cost, List<Node> params) {
        StringBuilder sb = new StringBuilder("Step=").append(step).append(", Cost = ").append(repr(cost));
        for (int i = 0; i < params.size(); i++) {
            Node p = params.get(i);
            String name = p.name() == null ? "param" + i : p.name();
            sb.append(", ").append(name).append(p.value().rank() >= 2 ? "=" : " = ").append(array(p.value()));
        }
        return sb.toString();
    }

    /**
     * NumPy-style nested brackets with rows on one line, {@code [[1.0 2.0] [3.0 4.0]]}; more than
     * {@value #SHOW_ALL_UP_TO} numbers as a summary, {@code [64, 128] norm=9.428 first=[0.02913 -0.1101 0.05328 ...]}.
     */
    static String array(Tensor t) {
        if (t.rank() == 0) {
            return repr(t.item());
        }
        if (t.size() > SHOW_ALL_UP_TO) {
            return summary(t);
        }
        return nested(t.toArray(), t.shape().toArray(), 0, 0);
    }

    /** Shape, norm √(Σ tᵢ²) and the first numbers in row-major order. */
    static String summary(Tensor t) {
        double[] values = t.toArray();
        double squares = 0;
        for (double v : values) {
            squares += v * v;
        }
        StringBuilder sb = new StringBuilder(t.shape().toString()).append(" norm=")
                .append(short4(StrictMath.sqrt(squares))).append(" first=[");
        for (int i = 0; i < FIRST_VALUES; i++) {
            sb.append(short4(values[i])).append(' ');
        }
        return sb.append("...]").toString();
    }

    /** {@value #SUMMARY_DIGITS} significant digits, trailing zeros dropped: 0.02913, -0.1101, 9.428, 1.5e-07. */
    private static String short4(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return repr(v);
        }
        return repr(new BigDecimal(v).round(new MathContext(SUMMARY_DIGITS)).doubleValue());
    }

    private static String nested(double[] data, int[] dims, int axis, int offset) {
        int stride = 1;
        for (int a = axis + 1; a < dims.length; a++) {
            stride *= dims[a];
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < dims[axis]; i++) {
            sb.append(i == 0 ? "" : " ");
            sb.append(axis == dims.length - 1 ? repr(data[offset + i]) : nested(data, dims, axis + 1, offset + i * stride));
        }
        return sb.append(']').toString();
    }

    /** Python's {@code repr(float)}: {@code 0.1}, {@code 1.0}, {@code 1e-05}, {@code 1.5e+16}, {@code nan}, {@code -inf}. */
    static String repr(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return 1 / v > 0 ? "0.0" : "-0.0";
        }
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        if (exponent < MIN_PLAIN_EXPONENT || exponent > MAX_PLAIN_EXPONENT) {
            String digits = d.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return (v < 0 ? "-" : "") + mantissa + String.format("e%s%02d", exponent < 0 ? "-" : "+", Math.abs(exponent));
        }
        String plain = d.toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }
}
