package org.chainrule.exercises.activations;

import java.util.List;
import java.util.function.Function;
import org.chainrule.autograd.GradCheck;
import org.chainrule.autograd.GradReport;
import org.chainrule.autograd.Node;
import org.chainrule.core.Rng;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Exercise;

/**
 * What the activation tests share: fixed upstream gradients, and the gradient check of a
 * one-input gate written as one failure block ({@link Exercise}).
 */
final class ActivationChecks {
    /** Seeds the fixed upstream gradients and readout weights: the same shape always gets the same. */
    private static final long SEED = 2020;

    private ActivationChecks() {
    }

    /** An upstream gradient of whole numbers ±1, ±2, ±3 (no 0: every element counts), fixed per shape. */
    static Tensor wholeUpstream(Shape shape) {
        Rng rng = Rng.seed(SEED + shape.hashCode());
        double[] values = new double[shape.size()];
        for (int i = 0; i < values.length; i++) {
            int k = rng.nextInt(6);                       // 0..5 → −3, −2, −1, 1, 2, 3
            values[i] = k < 3 ? k - 3 : k - 2;
        }
        return Tensor.of(shape, values);
    }

    /** Weights of size 0.5 to 1.5 with random signs, fixed per shape: {@code Σ out ⊙ r} reads every element differently. */
    static Tensor weights(Shape shape) {
        Rng rng = Rng.seed(SEED + 31L * shape.hashCode());
        Tensor size = rng.uniform(0.5, 1.5, shape.toArray());
        Tensor sign = rng.uniform(-1, 1, shape.toArray()).map(Math::signum);
        return size.mul(sign);
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
            return out.mul(Node.constant(weights(out.shape()))).sum();
        }, x);
        if (!report.passed() || !report.kinks().isEmpty()) {
            String where = report.input() < 0 ? "no element could be compared" : "worst at element " + report.index();
            throw backward.fail("disagrees with central differences (GradCheck of Σ out ⊙ r); " + where,
                    report.numeric() + "   (numeric: (f(x + h) − f(x − h)) / 2h)",
                    report.analytic() + "   (analytic: your backward)");
        }
    }
}
