package org.chainrule.autograd;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;

/**
 * Checks backprop against a numerical gradient: the test behind every gradient in the course.
 *
 * <p>For a scalar function f of several tensors, backward() gives the analytic gradient a. The
 * numeric gradient n nudges every element x of every input by a small step h, both ways
 * (a central difference, see {@link CentralDifference}):
 * <pre>
 *   n = (f(x + h) − f(x − h)) / 2h                  h = STEP = 1e-6
 *   pass when |a − n| ≤ atol + rtol·|n|             atol = 1e-5, rtol = 1e-3 (as PyTorch's gradcheck)
 * </pre>
 * <pre>
 *   GradReport r = GradCheck.check(in -&gt; in.get(0).mul(in.get(1)).sum(), a, b);
 *   r.passed();                  // true when every compared element agrees (and there was one)
 *   System.out.println(r);       // the worst element: analytic vs numeric, and the errors
 * </pre>
 *
 * <p><b>Why h = 1e-6.</b> The central difference is off by the truncation error
 * {@code h²·|f'''|/6}, which shrinks with h, plus the round-off error {@code ε·|f|/h}
 * (ε ≈ 2.2e-16: f(x ± h) are each rounded), which grows as h shrinks. Their sum is smallest
 * near {@code h ≈ ε^(1/3) ≈ 6e-6}; at 1e-6 both stay near 1e-10·|f|, five orders of magnitude
 * below atol, and the two evaluations stay within 1e-6 of x, so only a kink that close is
 * straddled. (A 5-point stencil, as in commons-math3's {@code FiniteDifferencesDifferentiator},
 * is more accurate at a wider step, but 1e-10 is already far below the tolerance, and a wider
 * stencil straddles kinks from farther away.) This is why Chainrule computes in {@code double}:
 * in float32 (ε ≈ 1.2e-7) the round-off alone would be about 0.1.
 *
 * <p><b>Kinks are flagged, not failed.</b> Where ±h straddles a kink (ReLU at 0, a max whose
 * inputs tie) the slope jumps and the central difference is an average of two slopes that no
 * gradient equals. Such elements are listed in {@link GradReport#kinks()} and left out of the
 * comparison; a slope gap that shrinks with h is curvature, not a kink, and is compared (see
 * {@link CentralDifference}). When every element is a kink nothing was compared, and the check
 * has not passed: it is inconclusive. Property generators keep inputs away from kinks instead.
 */
public final class GradCheck {
    /** The step h of the central difference (see "Why h = 1e-6" above). */
    public static final double STEP = 1e-6;
    /** The default absolute tolerance: differences below it pass, for gradients near 0. */
    public static final double ATOL = 1e-5;
    /** The default relative tolerance: a 0.1% difference passes, for large gradients. */
    public static final double RTOL = 1e-3;

    private GradCheck() {
    }

    /**
     * Compares the analytic and numeric gradients of {@code f} at {@code inputs}, with the
     * default tolerances {@link #ATOL} and {@link #RTOL}.
     *
     * @param f the function: it receives one fresh trainable leaf ({@code Node.of}) per input, in
     *          order, and must return a node with exactly one element (shape {@code []},
     *          {@code [1]}, ...). Read a non-scalar output with random weights, e.g.
     *          {@code out.mul(r).sum()}: a plain {@code sum()} of a softmax is constant.
     * @param inputs the point, one tensor per argument of f, any shapes; not modified
     * @return the verdict, with the worst element and the kinks flagged
     * @throws ShapeException if f does not return exactly one number
     */
    public static GradReport check(Function<List<Node>, Node> f, Tensor... inputs) {
        return check(f, ATOL, RTOL, inputs);
    }

    /**
     * Like {@link #check(Function, Tensor...)}, with chosen tolerances: an element passes when
     * {@code |a − n| ≤ atol + rtol·|n|}.
     *
     * @param atol the absolute tolerance, ≥ 0
     * @param rtol the relative tolerance, ≥ 0
     */
    public static GradReport check(Function<List<Node>, Node> f, double atol, double rtol, Tensor... inputs) {
        if (inputs.length == 0) {
            throw new IllegalArgumentException("GradCheck.check: no inputs; pass the tensors to "
                    + "differentiate by, e.g. check(in -> in.get(0).pow(2).sum(), x).");
        }
        if (!(atol >= 0 && rtol >= 0)) {
            throw new IllegalArgumentException(String.format("GradCheck.check: atol is %s and rtol is %s; "
                    + "tolerances must be 0 or more.", atol, rtol));
        }
        List<Node> leaves = leaves(inputs);
        Node out = scalarResult(f, leaves);
        double value = out.item();
        if (!Double.isFinite(value)) {
            return new GradReport(Measurement.undefined(value, inputs), atol, rtol);
        }
        if (out.requiresGrad()) {
            out.backward();
        }
        return new GradReport(measure(f, inputs, leaves, value), atol, rtol);
    }

    /** Backprop's gradients (read from the leaves) and the central differences, element by element. */
    private static Measurement measure(Function<List<Node>, Node> f, Tensor[] inputs, List<Node> leaves, double value) {
        List<Tensor> analytic = new ArrayList<>();
        List<Tensor> numeric = new ArrayList<>();
        List<Boolean> reached = new ArrayList<>();
        List<GradReport.Kink> kinks = new ArrayList<>();
        for (int i = 0; i < inputs.length; i++) {
            analytic.add(leaves.get(i).grad());
            reached.add(leaves.get(i).hasGrad());
            double[] slopes = new double[inputs[i].size()];
            for (int j = 0; j < slopes.length; j++) {
                CentralDifference d = CentralDifference.at(f, inputs, i, j, STEP, value);
                slopes[j] = d.central();
                if (d.kink()) {
                    kinks.add(new GradReport.Kink(i, Measurement.index(inputs[i], j), d.below(), d.above()));
                }
            }
            numeric.add(Tensor.of(inputs[i].shape(), slopes));
        }
        return new Measurement(value, List.of(inputs), analytic, numeric, reached, kinks);
    }

    /** Runs f once and insists on a one-element result, explaining the readout if not. */
    private static Node scalarResult(Function<List<Node>, Node> f, List<Node> leaves) {
        Node out = f.apply(leaves);
        if (out == null) {
            throw new NullPointerException("GradCheck.check: f returned null; return the node of f's "
                    + "result, e.g. in -> in.get(0).exp().sum().");
        }
        if (out.value().size() != 1) {
            throw new ShapeException(String.format("GradCheck.check: f returned %s, not a single number; "
                    + "a gradient check needs a scalar function. Read the output with fixed random "
                    + "weights r of shape %s: out.mul(Node.constant(r)).sum() (a plain sum() of a "
                    + "softmax is always 1, so its gradient is 0 and the check would prove nothing).",
                    out.shape(), out.shape()));
        }
        return out;
    }

    /** One fresh trainable leaf per input tensor. */
    static List<Node> leaves(Tensor[] inputs) {
        List<Node> leaves = new ArrayList<>(inputs.length);
        for (Tensor t : inputs) {
            leaves.add(Node.of(t));
        }
        return leaves;
    }
}
