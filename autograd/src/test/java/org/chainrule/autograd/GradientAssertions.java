package org.chainrule.autograd;

import java.util.List;
import java.util.function.Function;
import org.chainrule.core.Tensor;

/** Assertions shared by the gradient properties: run GradCheck and fail with its report. */
final class GradientAssertions {
    private GradientAssertions() {
    }

    /**
     * Fails unless {@code f}'s graph contains a {@code gate} (so the property really exercises
     * it), no element straddles a kink (the generators keep away from them), and the analytic
     * gradient of every input agrees with the numeric one.
     */
    static void assertGradientsAgree(Class<? extends Gate> gate, Function<List<Node>, Node> f, Tensor... inputs) {
        Node out = f.apply(GradCheck.leaves(inputs));
        boolean present = Backprop.topologicalOrder(out, true).stream()
                .anyMatch(n -> !n.isLeaf() && gate.isInstance(n.gate()));
        if (!present) {
            throw new AssertionError("the function under test has no " + gate.getSimpleName()
                    + " gate, so it checks nothing about it");
        }
        GradReport report = GradCheck.check(f, inputs);
        if (!report.passed() || !report.kinks().isEmpty()) {
            throw new AssertionError(report.toString());
        }
    }
}
