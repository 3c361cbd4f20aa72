package org.chainrule.exercises.gradcheck;

import java.util.function.ToDoubleFunction;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;

/**
 * A numerical gradient checker by hand: the test behind every gradient in the course.
 *
 * <p>Backprop gives the analytic gradient of a scalar function f in one backward pass. To check
 * it, nudge every element of x both ways and measure the slope (a <b>central difference</b>):
 * <pre>
 *   n_i = (f(x + h·e_i) − f(x − h·e_i)) / 2h          error O(h²): h²·f'''/6
 *   (a one-sided difference (f(x + h·e_i) − f(x)) / h has error O(h): h·f''/2)
 *   element i passes when |a_i − n_i| ≤ atol + rtol·|n_i|
 * </pre>
 * It costs two evaluations of f per element of x: for a million parameters, two million
 * forward passes, where backprop needs one forward and one backward pass. It is a checker, not
 * a way to train. Across a kink (ReLU at 0) the two sides have different slopes and the central
 * difference averages them, so check at points away from kinks.
 */
public final class NumericalGradient {
    private NumericalGradient() {
    }

    /**
     * The central-difference gradient of f at x, element by element.
     *
     * @param f a scalar function of a tensor shaped like x; called exactly twice per element
     * @param x the point, any shape {@code [...]}; not modified
     * @param h the step, positive, e.g. 1e-6
     * @return {@code n}, the same shape as x: {@code n_i = (f(x + h·e_i) − f(x − h·e_i)) / 2h}
     * @throws IllegalArgumentException if h is not a positive finite number
     */
    public static Tensor centralDifference(ToDoubleFunction<Tensor> f, Tensor x, double h) {
        throw new UnsupportedOperationException("E11 NumericalGradient.centralDifference: not done yet — see exercises/handouts/E11-gradcheck.md");
    }

    /**
     * Compares an analytic gradient with a numeric one and reports the worst element.
     * <pre>
     *   relative error_i = |a_i − n_i| / (atol + rtol·|n_i|)       (NaN counts as Infinity)
     *   passed = max_i relative error_i ≤ 1
     * </pre>
     *
     * @param analytic a, e.g. from backward, any shape {@code [...]}
     * @param numeric n, e.g. from {@link #centralDifference}, the same shape as a
     * @param atol the absolute tolerance, ≥ 0, e.g. 1e-5 (for gradients near 0)
     * @param rtol the relative tolerance, ≥ 0, e.g. 1e-3 (for large gradients)
     * @return the largest relative error, the index of its element, and whether every element passed
     * @throws IllegalArgumentException if the shapes differ, the tensors are empty, or a tolerance is
     *     negative
     */
    public static Report compare(Tensor analytic, Tensor numeric, double atol, double rtol) {
        throw new UnsupportedOperationException("E11 NumericalGradient.compare: not done yet — see exercises/handouts/E11-gradcheck.md");
    }

    /** The multi-index of row-major position {@code flat} in {@code shape}, e.g. 5 in [2, 3] is [1, 2]. */
    static int[] index(Shape shape, int flat) {
        throw new UnsupportedOperationException("E11 NumericalGradient.index: not done yet — see exercises/handouts/E11-gradcheck.md");
    }
}
