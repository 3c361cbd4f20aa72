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
 * <p><b>Kinks.</b> Across a kink (ReLU at 0, a max whose inputs tie) the one-sided slopes differ
 * by the jump in slope, however small h is: ReLU's are 0 and 1. For a smooth f they differ by
 * about {@code h·|f''(x)|}, which shrinks with h. A large gap alone cannot tell them apart: log
 * at x = 5e-4 has slopes 2002 and 1998 at h = 1e-6, a gap of 4 from {@code |f''| = 1/x² = 4e6}.
 * So a large gap earns a second look at a ten times smaller step, where curvature keeps a tenth
 * of its gap and a kink keeps all of it or none of it:
 * <pre>
 *   1. the gap is large:    |above − below| &gt; KINK_JUMP · max(1, |above|, |below|)    KINK_JUMP = 1e-3
 *   2. r = gap at h/SHRINK / gap at h                                                SHRINK = 10
 *      r ≥ KINK_STAYS (0.5):  the jump is still there: a kink within about h/20 of x
 *      r ≤ KINK_GONE (0.02):  the jump is gone: straight on both sides, a kink between h/10 and h away
 *      otherwise (r ≈ 0.1):   curvature; the element is compared as usual
 * </pre>
 * ReLU at 0 keeps its gap of 1 at h/10 (r = 1); ReLU at 3e-7 has no gap at h/10 (r = 0); log at
 * 5e-4 goes from 4 to 0.4 (r = 0.1) and is compared. Either way a flagged element is reported,
 * never silently passed; still, keep inputs well away from kinks (the generators keep them 0.1 away).
 */
record CentralDifference(double below, double above, double central, boolean kink) {
    /** The relative gap between the one-sided slopes that asks for a second look. */
    static final double KINK_JUMP = 1e-3;
    /** The second look steps h / SHRINK: a curvature gap shrinks tenfold, a kink's does not. */
    static final double SHRINK = 10;
    /** At least this part of the gap stays at the smaller step: a kink right at x (curvature keeps 1/SHRINK). */
    static final double KINK_STAYS = 0.5;
    /** At most this part of the gap stays: the kink lies between the two steps (curvature keeps 1/SHRINK). */
    static final double KINK_GONE = 0.02;

    /**
     * Measures the slope of {@code f} along element {@code flat} of input {@code input}, and
     * whether the element sits on a kink.
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
        CentralDifference wide = slopes(f, inputs, input, flat, step, fx);
        double scale = Math.max(1, Math.max(Math.abs(wide.above), Math.abs(wide.below)));
        if (!(wide.gap() > KINK_JUMP * scale)) {
            return wide;                  // no jump (a NaN gap is no kink either: the comparison fails it)
        }
        CentralDifference narrow = slopes(f, inputs, input, flat, step / SHRINK, fx);
        double kept = narrow.gap() / wide.gap();
        boolean kink = kept >= KINK_STAYS || kept <= KINK_GONE;
        return new CentralDifference(wide.below, wide.above, wide.central, kink);
    }

    /** The three slopes at step h, not yet judged for a kink. */
    private static CentralDifference slopes(Function<List<Node>, Node> f, Tensor[] inputs, int input, int flat,
                                            double step, double fx) {
        double x = inputs[input].toArray()[flat];
        double up = x + step;
        double down = x - step;
        double fUp = eval(f, moved(inputs, input, flat, up));
        double fDown = eval(f, moved(inputs, input, flat, down));
        return new CentralDifference((fx - fDown) / (x - down), (fUp - fx) / (up - x),
                (fUp - fDown) / (up - down), false);
    }

    /** {@code |above − below|}: about {@code h·|f''|} where f is smooth, the jump at a kink. */
    double gap() {
        return Math.abs(above - below);
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
