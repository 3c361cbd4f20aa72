package org.chainrule.exercises.activations;

import java.util.List;
import java.util.function.Function;
import org.chainrule.autograd.GradCheck;
import org.chainrule.autograd.GradReport;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Exercise;
import org.chainrule.testkit.FixedTensors;

/**
 * What the activation tests share: the gradient check of a one-input gate written as one failure
 * block ({@link Exercise}); their fixed upstream gradients are {@link FixedTensors#wholeUpstream}.
 */
final class ActivationChecks {
    private ActivationChecks() {
    }

    /**
     * Runs {@link GradCheck} on {@code f = Σ gate(x) ⊙ r} (fixed random weights r, so the upstream
     * is not all ones) and fails with the worst element, numeric against analytic, unless every
     * element agrees.
     *
     * @param backward the method checked, e.g. {@code Exercise.of("E04", "SigmoidGate.backward")}
     * @param gate makes the output node from a fresh leaf, e.g. {@code x -> Node.from(new SigmoidGate(x))}
     * @param x the point, any shape
     */
    static void assertGradCheck(Exercise backward, Function<Node, Node> gate, Tensor x) {
        GradReport report = GradCheck.check(in -> {
            Node out = gate.apply(in.get(0));
            return out.mul(Node.constant(FixedTensors.signedWeights(out.shape()))).sum();
        }, x);
        if (!report.passed() || !report.kinks().isEmpty()) {
            String where = report.input() < 0 ? "no element could be compared" : "worst at element " + report.index();
            throw backward.fail("disagrees with central differences (GradCheck of Σ out ⊙ r); " + where,
                    report.numeric() + "   (numeric: (f(x + h) − f(x − h)) / 2h)",
                    report.analytic() + "   (analytic: your backward)");
        }
    }
}
