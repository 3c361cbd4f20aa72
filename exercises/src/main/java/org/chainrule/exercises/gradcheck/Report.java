package org.chainrule.exercises.gradcheck;

/**
 * The verdict of {@link NumericalGradient#compare}: how far the analytic gradient a is from the
 * numeric gradient n at the worst element, in units of what the tolerance allows there.
 * <pre>
 *   relative error of an element = |a − n| / (atol + rtol·|n|)      (1.0 is exactly on the edge)
 *   passed = maxRelativeError ≤ 1
 * </pre>
 *
 * @param maxRelativeError the largest relative error over all elements ({@code Infinity} for a NaN)
 * @param worstIndex the index of that element, e.g. {@code [1, 0]} ({@code []} for a scalar); the
 *     first such element in row-major order when several tie
 * @param passed true when every element is within {@code atol + rtol·|n|}
 */
public record Report(double maxRelativeError, int[] worstIndex, boolean passed) {
}
