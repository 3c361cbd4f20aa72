package org.chainrule.autograd;

import java.util.Arrays;
import java.util.List;
import org.chainrule.core.Tensor;

/**
 * For {@link Node#backwardCheckingFinite()} (package-private): a NaN already in the forward pass
 * (ln(−1), √−1, 0/0, ∞ − ∞) makes every gradient through it NaN, so the check starts there and
 * names the first gate, in forward order, whose output holds one — or the leaf that held it
 * before any gate ran. Infinite values are let through: −∞ is a legitimate mask for a logit,
 * and an infinite gradient is caught gate by gate in the backward walk ({@link NonFinite}).
 */
final class ForwardNaN {
    private ForwardNaN() {
    }

    /** @param order every node needing a gradient, each after its inputs */
    static void check(List<Node> order) {
        for (Node node : order) {
            if (node.isLeaf()) {
                requireNoNaNInLeaf(node);
                continue;
            }
            for (Node input : node.gate().inputs()) {
                if (input.isLeaf()) {
                    requireNoNaNInLeaf(input);      // constants are not in the order: check them here
                }
            }
            int at = firstNaN(node.value());
            if (at >= 0) {
                Gate gate = node.gate();
                throw new ArithmeticException(String.format("backward: gate %s produced a NaN in the forward "
                        + "pass: out%s = NaN (out is %s; %s), so every gradient through it would be NaN. "
                        + "Local rule: %s. Usual causes: log or sqrt of a negative number, 0/0, ∞ − ∞.",
                        gate.name(), Arrays.toString(NonFinite.index(node.value(), at)), node.shape(),
                        NonFinite.inputsThere(gate, NonFinite.index(node.value(), at), node.shape().toArray()),
                        gate.local()));
            }
        }
    }

    private static void requireNoNaNInLeaf(Node leaf) {
        int at = firstNaN(leaf.value());
        if (at >= 0) {
            String who = leaf.name() != null ? "leaf " + leaf.name() : (leaf.requiresGrad() ? "a leaf" : "a constant");
            throw new ArithmeticException(String.format("backward: %s %s holds a NaN at %s before any gate ran; "
                    + "every gradient through it would be NaN. Check the data and the initial values first.",
                    who, leaf.shape(), Arrays.toString(NonFinite.index(leaf.value(), at))));
        }
    }

    private static int firstNaN(Tensor t) {
        double[] v = t.toArray();
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) {
                return i;
            }
        }
        return -1;
    }
}
