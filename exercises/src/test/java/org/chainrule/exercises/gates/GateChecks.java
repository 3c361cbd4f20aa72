package org.chainrule.exercises.gates;

import java.util.List;
import java.util.function.Function;
import org.chainrule.autograd.GradCheck;
import org.chainrule.autograd.GradReport;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Exercise;
import org.chainrule.testkit.FixedTensors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * What the gate tests share: inputs on which the right gradient is exact, and the gradient check
 * written as one failure block ({@link Exercise}); their fixed upstream gradients are
 * {@link FixedTensors#wholeUpstream}.
 */
final class GateChecks {
    private GateChecks() {
    }

    /**
     * Multiples of 0.25 in [−4, 4]. Every sum of them and every product with a whole number is
     * exact in {@code double}, so the right backward gives the expected gradient bit for bit,
     * whatever the order of its sums, and a numerically differentiated one (only ever close)
     * cannot.
     */
    static Gen<Double> quarters() {
        return Generate.range(-16, 16).map(k -> k / 4.0);
    }

    /**
     * Runs {@link GradCheck} on {@code f = Σ gate(inputs) ⊙ r} (fixed random weights r, so the
     * upstream is not all ones) and fails with the worst element, numeric against analytic,
     * unless every element agrees.
     *
     * @param backward the method checked, e.g. {@code Exercise.of("E02", "MulGate.backward")}
     * @param gate makes the gate's output node from fresh leaves, e.g.
     *             {@code in -> Node.from(new MulGate(in.get(0), in.get(1)))}
     * @param inputs the point, one tensor per gate input, shapes that fit the gate
     */
    static void assertGradCheck(Exercise backward, Function<List<Node>, Node> gate, Tensor... inputs) {
        GradReport report = GradCheck.check(in -> {
            Node out = gate.apply(in);
            return out.mul(Node.constant(FixedTensors.signedWeights(out.shape()))).sum();
        }, inputs);
        if (!report.passed() || !report.kinks().isEmpty()) {
            String where = report.input() < 0 ? "no element could be compared"
                    : String.format("worst at input %d (%s), element %s", report.input(),
                            report.input() == 0 ? "a" : "b", report.index());
            throw backward.fail("disagrees with central differences (GradCheck of Σ out ⊙ r); " + where,
                    report.numeric() + "   (numeric: (f(x + h) − f(x − h)) / 2h)",
                    report.analytic() + "   (analytic: your backward)");
        }
    }

    /**
     * Fails unless {@code got} is exactly {@code expected}: the inputs were chosen so that the
     * formula has no rounding error at all.
     *
     * @param method the method checked
     * @param formula the gradient's formula, e.g. {@code "gradA = upstream ⊙ b"}
     */
    static void assertExactly(Exercise method, String formula, Tensor expected, Tensor got) {
        method.assertClose(formula + ", exact for these inputs (a numerical gradient is only close)",
                expected, got, 0.0);
    }
}
