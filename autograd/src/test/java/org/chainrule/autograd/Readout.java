package org.chainrule.autograd;

import org.chainrule.core.Rng;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;

/**
 * Turns any node into a scalar that depends on every element, for gradient checks of gates with
 * non-scalar outputs: {@code Σ out ⊙ r} with fixed random weights r of out's shape.
 *
 * <p>Why not just {@code out.sum()}? Because some sums are constant: the elements of a softmax
 * always add up to 1, so the gradient of {@code softmax(x).sum()} is 0 and any wrong backward that
 * also returns 0 (or that only the sum cancels) would pass. Random weights make every element
 * count differently; they are drawn from a seed fixed per shape, so a failure replays exactly.
 */
final class Readout {
    private static final long SEED = 2020;

    private Readout() {
    }

    /** {@code Σ out ⊙ r}: a scalar, with r from {@link #weights}. */
    static Node weighted(Node out) {
        return out.mul(Node.constant(weights(out.shape()))).sum();
    }

    /** Weights of magnitude 0.5 to 1.5 with random signs (none near 0), fixed for each shape. */
    static Tensor weights(Shape shape) {
        Rng rng = Rng.seed(SEED + shape.hashCode());
        Tensor size = rng.uniform(0.5, 1.5, shape.toArray());
        Tensor sign = rng.uniform(-1, 1, shape.toArray()).map(Math::signum);
        return size.mul(sign);
    }
}
