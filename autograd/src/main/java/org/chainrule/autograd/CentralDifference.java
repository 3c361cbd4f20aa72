package org.chainrule.autograd;

import java.util.List;
import java.util.function.Function;
import org.chainrule.core.Tensor;

/**
 * The numerical slope of a scalar function along one element of one input (package-private), the
 * measuring tape of {@link GradCheck}.
 *
 * <p>Nudge the element x by h both ways and measure:
 * <pre>
 *   below   = (f(x) − f(x − h)) / h          the one-sided slope to the left
 *   above   = (f(x + h) − f(x)) / h          the one-sided slope to the right
 *   central = (f(x + h) − f(x − h)) / 2h     their mean: the numeric gradient
 * </pre>
 * The steps actually taken, {@code (x + h) − x} in floating point, are used instead of h, so a
 * large x (where {@code x + h} rounds) is measured honestly.
 *
 * <p><b>Kinks.</b> For a smooth f the two one-sided slopes differ by about {@code h·|f''(x)|}:
 * with h = 1e-6 that is a millionth of the curvature. Across a kink (ReLU at 0, a max whose
 * inputs tie) they differ by the jump in slope, however small h is: ReLU's are 0 and 1. So a
 * coordinate is a kink when
 * <pre>
 *   |above − below| &gt; KINK_JUMP · max(1, |above|, |below|)
 * </pre>
 * A smooth function would need {@code |f''| ≈ 1000·|f'|} to cross that line.
 */
record CentralDifference(double below, double above, double central) {
    /** The relative jump between the one-sided slopes that marks a kink. */
    static final double KINK_JUMP = 1e-3;

    /**
     * Measures the slope of {@code f} along element {@code flat} of input {@code input}.
     *
     * @param f the function, evaluated on fresh leaves
     * @param inputs the point, one tensor per argument of f (any shapes); not modified
     * @param input which input to nudge
     * @param flat which element of it, in row-major order
     * @param step h, e.g. {@link GradCheck#STEP}
     * @param fx {@code f(inputs)}, already known
     */
    static CentralDifference at(Function<List<Node>, Node> f, Tensor[] inputs, int input, int flat,
                                double step, double fx) {
        double x = inputs[input].toArray()[flat];
        double up = x + step;
        double down = x - step;
        double fUp = eval(f, moved(inputs, input, flat, up));
        double fDown = eval(f, moved(inputs, input, flat, down));
        return new CentralDifference((fx - fDown) / (x - down), (fUp - fx) / (up - x), (fUp - fDown) / (up - down));
    }

    /** True when the one-sided slopes jump: the ±h steps straddle a kink. */
    boolean kink() {
        double scale = Math.max(1, Math.max(Math.abs(above), Math.abs(below)));
        return Math.abs(above - below) > KINK_JUMP * scale;
    }

    /** {@code f} at the given point, as one number. */
    static double eval(Function<List<Node>, Node> f, Tensor[] point) {
        return f.apply(GradCheck.leaves(point)).item();
    }

    /** A copy of the point with one element of one input replaced by {@code value}. */
    private static Tensor[] moved(Tensor[] inputs, int input, int flat, double value) {
        Tensor[] point = inputs.clone();
        double[] data = inputs[input].toArray();
        data[flat] = value;
        point[input] = Tensor.of(inputs[input].shape(), data);
        return point;
    }
}
