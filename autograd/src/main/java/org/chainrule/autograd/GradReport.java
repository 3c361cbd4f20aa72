package org.chainrule.autograd;

import java.util.List;

/**
 * The verdict of a {@link GradCheck}: passed or not, and the worst element, i.e. the one where
 * the analytic gradient a (from backward) and the numeric gradient n (central differences) are
 * furthest apart relative to what the tolerance allows:
 * <pre>
 *   element passes when |a − n| ≤ atol + rtol·|n|;  worst = the largest |a − n| / (atol + rtol·|n|)
 * </pre>
 * {@code toString()} says it in words, with the inputs and both gradients when they are small:
 * <pre>
 *   gradient check FAILED for input 1 (shape [3, 2]) at [2, 0]: analytic 0.4213, numeric -0.1187
 *   (|a − n| = 0.54 &gt; atol + rtol·|n| = 1.1e-4). ...
 * </pre>
 * Elements that straddle a kink are listed in {@link #kinks()} and never compared; a check that
 * compared no element at all (every one a kink, or no elements) is inconclusive, not passed.
 */
public final class GradReport {
    /**
     * An element whose ±h steps straddle a kink: its one-sided slopes disagree, so it was not
     * compared.
     *
     * @param input which input of f, counting from 0
     * @param index the element's index in that input, e.g. {@code [1, 0]}
     * @param below the slope measured to the left, {@code (f(x) − f(x − h)) / h}
     * @param above the slope measured to the right, {@code (f(x + h) − f(x)) / h}
     */
    public record Kink(int input, List<Integer> index, double below, double above) {
    }

    private final Measurement measured;
    private final double atol;
    private final double rtol;
    private final int worstInput;
    private final int worstFlat;
    private final boolean passed;

    GradReport(Measurement measured, double atol, double rtol) {
        this.measured = measured;
        this.atol = atol;
        this.rtol = rtol;
        int input = -1;
        int flat = -1;
        double worst = -1;
        for (int i = 0; i < measured.numeric().size(); i++) {
            double[] a = measured.analytic().get(i).toArray();
            double[] n = measured.numeric().get(i).toArray();
            for (int j = 0; j < n.length; j++) {
                double r = excess(a[j], n[j]);
                if (r > worst && !measured.isKink(i, j)) {
                    worst = r;
                    input = i;
                    flat = j;
                }
            }
        }
        this.worstInput = input;
        this.worstFlat = flat;
        this.passed = Double.isFinite(measured.value()) && input >= 0 && worst <= 1;
    }

    /** {@code |a − n| / (atol + rtol·|n|)}: at most 1 passes; NaN counts as infinitely bad. */
    private double excess(double a, double n) {
        double diff = Math.abs(a - n);
        double r = diff / (atol + rtol * Math.abs(n));
        if (Double.isNaN(r)) {
            return diff == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return r;
    }

    /**
     * True when f is finite, at least one element was compared, and every compared element
     * passes. False when nothing was compared (every element a kink): that proves nothing.
     */
    public boolean passed() {
        return passed;
    }

    /** The input holding the worst element (counting from 0), or −1 when nothing was compared. */
    public int input() {
        return worstInput;
    }

    /** The worst element's index in its input, e.g. {@code [2, 0]}; empty when nothing was compared. */
    public List<Integer> index() {
        return worstInput < 0 ? List.of() : Measurement.index(measured.inputs().get(worstInput), worstFlat);
    }

    /** Backward's gradient at the worst element (NaN when nothing was compared). */
    public double analytic() {
        return worstInput < 0 ? Double.NaN : measured.analytic().get(worstInput).toArray()[worstFlat];
    }

    /** The central difference at the worst element (NaN when nothing was compared). */
    public double numeric() {
        return worstInput < 0 ? Double.NaN : measured.numeric().get(worstInput).toArray()[worstFlat];
    }

    /** {@code |a − n|} at the worst element. */
    public double absoluteError() {
        return Math.abs(analytic() - numeric());
    }

    /** {@code |a − n| / |n|} at the worst element (0 when both are 0, infinite when only n is). */
    public double relativeError() {
        double n = Math.abs(numeric());
        return n == 0 ? (absoluteError() == 0 ? 0 : Double.POSITIVE_INFINITY) : absoluteError() / n;
    }

    /** {@code atol + rtol·|n|} at the worst element: the largest {@code |a − n|} that passes there. */
    public double allowedError() {
        return atol + rtol * Math.abs(numeric());
    }

    /** How many elements were measured, over all inputs (kinks included). */
    public int checked() {
        int count = 0;
        for (var n : measured.numeric()) {
            count += n.size();
        }
        return count;
    }

    /** The elements whose ±h straddle a kink (ReLU at 0, max ties): flagged, not compared. */
    public List<Kink> kinks() {
        return measured.kinks();
    }

    /** The verdict in words, with the worst element, the inputs and both gradients when small. */
    @Override
    public String toString() {
        return GradReportText.of(this, measured);
    }
}
