package org.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.chainrule.testkit.Theories.qt;

import java.util.List;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Shapes;
import org.chainrule.testkit.TensorGen;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.Test;

class GradCheckTest {
    private static final Tensor A = Tensor.of(new double[][] {{0.5, -1}, {2, 0.25}, {1.5, -0.5}});
    private static final Tensor B = Tensor.of(new double[][] {{1, 2}, {-3, 0.5}, {0.75, 4}});

    /** A deliberately wrong multiply: backward forgets to swap (gradA = upstream ⊙ a). */
    record UnswappedMul(Node a, Node b) implements Gate {
        @Override
        public List<Node> inputs() {
            return List.of(a, b);
        }

        @Override
        public Tensor forward() {
            return a.value().mul(b.value());
        }

        @Override
        public List<Tensor> backward(Tensor upstream, Tensor out) {
            return List.of(upstream.mul(a.value()), upstream.mul(b.value()));
        }

        @Override
        public String local() {
            return "∂out/∂a = a, ∂out/∂b = b (wrong: no swap)";
        }
    }

    /** A multiply that reads b but forgets to list it as an input, so backward never reaches b. */
    record ForgetfulMul(Node a, Node b) implements Gate {
        @Override
        public List<Node> inputs() {
            return List.of(a);
        }

        @Override
        public Tensor forward() {
            return a.value().mul(b.value());
        }

        @Override
        public List<Tensor> backward(Tensor upstream, Tensor out) {
            return List.of(upstream.mul(b.value()));
        }

        @Override
        public String local() {
            return "∂out/∂a = b";
        }
    }

    /** Square with a backward that is 1% too large: wrong, but only just. */
    record SlightlyOffSquare(Node x) implements Gate {
        @Override
        public List<Node> inputs() {
            return List.of(x);
        }

        @Override
        public Tensor forward() {
            return x.value().pow(2);
        }

        @Override
        public List<Tensor> backward(Tensor upstream, Tensor out) {
            return List.of(upstream.mul(x.value()).mul(2.02));
        }

        @Override
        public String local() {
            return "∂out/∂x = 2.02·x";
        }
    }

    /** Log with a backward 1% too large: {@code 1.01/x} instead of {@code 1/x}. */
    record SlightlyOffLog(Node x) implements Gate {
        @Override
        public List<Node> inputs() {
            return List.of(x);
        }

        @Override
        public Tensor forward() {
            return x.value().log();
        }

        @Override
        public List<Tensor> backward(Tensor upstream, Tensor out) {
            return List.of(upstream.div(x.value()).mul(1.01));
        }

        @Override
        public String local() {
            return "∂out/∂x = 1.01/x";
        }
    }

    @Test
    void passesOnCorrectGates() {
        qt().forAll(TensorGen.pairs(Shapes.broadcastPairs(2, 3), Values.between(-2, 2))).checkAssert(p -> {
            GradReport r = GradCheck.check(in -> in.get(0).mul(in.get(1)).exp().sum(), p.a(), p.b());
            assertThat(r.passed()).as("%s", r).isTrue();
            assertThat(r.checked()).isEqualTo(p.a().size() + p.b().size());
            assertThat(r.kinks()).isEmpty();
        });
    }

    @Test
    void aPassingReportNamesTheWorstElement() {
        GradReport r = GradCheck.check(in -> in.get(0).mul(in.get(1)).sum(), A, B);
        assertThat(r.passed()).isTrue();
        assertThat(r).hasToString("gradient check passed for 12 elements of 2 inputs; the worst is input 0 "
                + "(shape [3, 2]) at [1, 1]: analytic 0.5, numeric 0.5 (|a − n| = 1.3e-9 ≤ atol + rtol·|n| = 5.1e-4).");
    }

    @Test
    void failsOnAWrongGateWithAReportAStudentCanRead() {
        GradReport r = GradCheck.check(in -> Node.from(new UnswappedMul(in.get(0), in.get(1))).sum(), A, B);
        assertThat(r).hasToString("""
                gradient check FAILED for input 1 (shape [3, 2]) at [2, 1]: analytic 4, numeric -0.5 \
                (|a − n| = 4.5 > atol + rtol·|n| = 5.1e-4). Checked 12 elements of 2 inputs.
                  input 0              = [3, 2] [[0.5, -1.0], [2.0, 0.25], [1.5, -0.5]]
                  input 1              = [3, 2] [[1.0, 2.0], [-3.0, 0.5], [0.75, 4.0]]
                  analytic ∂f/∂input 1 = [3, 2] [[1.0, 2.0], [-3.0, 0.5], [0.75, 4.0]]
                  numeric  ∂f/∂input 1 = [3, 2] [[0.5, -1.0], [2.0, 0.25], [1.5, -0.5]]""");
        assertThat(r.passed()).isFalse();
        assertThat(r.input()).isEqualTo(1);
        assertThat(r.index()).containsExactly(2, 1);
        assertThat(r.analytic()).isEqualTo(4.0);
        assertThat(r.numeric()).isCloseTo(-0.5, within(1e-9));
        assertThat(r.absoluteError()).isCloseTo(4.5, within(1e-9));
        assertThat(r.relativeError()).isCloseTo(9, within(1e-8));
        assertThat(r.allowedError()).isCloseTo(1e-5 + 1e-3 * 0.5, within(1e-12));
    }

    @Test
    void flagsAReluKinkAtExactlyZeroInsteadOfFailing() {
        Tensor weights = Tensor.of(1.5, 2, -1);
        GradReport r = GradCheck.check(in -> in.get(0).relu().mul(Node.constant(weights)).sum(), Tensor.of(-1, 0, 2));
        assertThat(r).hasToString("""
                gradient check passed for 2 of 3 elements of 1 input (1 kink flagged, not compared); the \
                worst is input 0 (shape [3]) at [0]: analytic 0, numeric 0 (|a − n| = 0 ≤ atol + rtol·|n| = 1e-5).
                  flagged 1 kink, not compared (the slope jumps within ±h, and as much within ±h/10: \
                a ReLU at 0 or a max tie?):
                    input 0 at [1]: slope 0 below, 2 above""");
        assertThat(r.passed()).isTrue();
        assertThat(r.kinks()).hasSize(1);
        GradReport.Kink k = r.kinks().get(0);
        assertThat(k.input()).isZero();
        assertThat(k.index()).containsExactly(1);
        assertThat(k.below()).isZero();
        assertThat(k.above()).isCloseTo(2, within(1e-9));
    }

    @Test
    void flagsAMaxTie() {
        GradReport r = GradCheck.check(in -> in.get(0).maximum(in.get(1)).sum(), Tensor.of(1, 2), Tensor.of(1, 3));
        assertThat(r.toString()).startsWith("gradient check passed for 2 of 4 elements of 2 inputs "
                + "(2 kinks flagged, not compared); the worst is ")
                .endsWith("\n  flagged 2 kinks, not compared (the slope jumps within ±h, and as much within "
                + "±h/10: a ReLU at 0 or a max tie?):\n    input 0 at [0]: slope 0 below, 1 above"
                + "\n    input 1 at [0]: slope 0 below, 1 above");
        assertThat(r.passed()).isTrue();
        assertThat(r.kinks()).extracting(GradReport.Kink::input).containsExactly(0, 1);
    }

    @Test
    void smoothCurvatureIsNotAKink() {
        GradReport r = GradCheck.check(in -> in.get(0).exp().add(in.get(0).pow(-1)).sum(), Tensor.of(8, 0.05, -0.05));
        assertThat(r.kinks()).isEmpty();
        assertThat(r.passed()).as("%s", r).isTrue();
    }

    @Test
    void highCurvatureIsComparedNotFlagged() {
        // log at 5e-4: one-sided slopes 2002 and 1998 at h = 1e-6 (a gap of h·|f''| = 4), but 0.4 at h/10
        Tensor x = Tensor.of(5e-4);
        GradReport wrong = GradCheck.check(in -> Node.from(new SlightlyOffLog(in.get(0))).sum(), x);
        assertThat(wrong.kinks()).isEmpty();
        assertThat(wrong.passed()).isFalse();
        assertThat(wrong.toString()).startsWith("gradient check FAILED for input 0 (shape [1]) at [0]: "
                + "analytic 2020, numeric 2000 (|a − n| = 20 > atol + rtol·|n| = 2). Checked 1 element of 1 input.");
        GradReport right = GradCheck.check(in -> in.get(0).log().sum(), x);
        assertThat(right.kinks()).isEmpty();
        assertThat(right.passed()).as("%s", right).isTrue();
    }

    @Test
    void aFailureWithKinksCountsThem() {
        GradReport r = GradCheck.check(in -> Node.from(new SlightlyOffSquare(in.get(0))).add(in.get(0).relu()).sum(),
                Tensor.of(0, 1));
        assertThat(r.passed()).isFalse();
        assertThat(r.toString()).startsWith("gradient check FAILED for input 0 (shape [2]) at [1]: analytic 3.02, "
                + "numeric 3 (|a − n| = 0.02 > atol + rtol·|n| = 0.003). Checked 1 of 2 elements of 1 input "
                + "(1 kink flagged, not compared).")
                .contains("\n  flagged 1 kink, not compared").contains("\n    input 0 at [0]: slope ");
    }

    @Test
    void everyElementOnAKinkIsInconclusiveNotPassed() {
        GradReport r = GradCheck.check(in -> in.get(0).maximum(in.get(1)).sum(), Tensor.of(1, 2), Tensor.of(1, 2));
        assertThat(r.passed()).isFalse();
        assertThat(r.input()).isEqualTo(-1);
        assertThat(r.kinks()).hasSize(4);
        assertThat(r).hasToString("""
                gradient check INCONCLUSIVE: every one of the 4 elements sits on a kink; move the inputs away \
                from kinks.
                  flagged 4 kinks, not compared (the slope jumps within ±h, and as much within ±h/10: \
                a ReLU at 0 or a max tie?):
                    input 0 at [0]: slope 0 below, 1 above
                    input 0 at [1]: slope 0 below, 1 above
                    input 1 at [0]: slope 0 below, 1 above
                    input 1 at [1]: slope 0 below, 1 above""");
        GradReport one = GradCheck.check(in -> in.get(0).relu().sum(), Tensor.scalar(0));
        assertThat(one.passed()).isFalse();
        assertThat(one.toString()).startsWith("gradient check INCONCLUSIVE: the only element sits on a kink; "
                + "move the inputs away from kinks.\n");
    }

    @Test
    void noElementsIsInconclusiveNotPassed() {
        GradReport r = GradCheck.check(in -> in.get(0).sum(), Tensor.zeros(0));
        assertThat(r.passed()).isFalse();
        assertThat(r).hasToString("gradient check INCONCLUSIVE: the inputs have no elements, so nothing was compared.");
    }

    @Test
    void aNonScalarResultIsRefusedWithTheReadoutHint() {
        assertThatThrownBy(() -> GradCheck.check(in -> in.get(0).softmax(1), A))
                .isInstanceOf(ShapeException.class)
                .hasMessage("GradCheck.check: f returned [3, 2], not a single number; a gradient check needs a "
                        + "scalar function. Read the output with fixed random weights r of shape [3, 2]: "
                        + "out.mul(Node.constant(r)).sum() (a plain sum() of a softmax is always 1, so its "
                        + "gradient is 0 and the check would prove nothing).");
    }

    @Test
    void anInputThatFIgnoresIsNoted() {
        GradReport r = GradCheck.check(in -> in.get(0).exp().sum(), Tensor.of(0.5, 1), Tensor.scalar(3));
        assertThat(r.passed()).isTrue();
        assertThat(r.toString()).endsWith("\n  note: input 1 does not affect f (no gradient reached it and "
                + "nudging it changes nothing); is it used?");
    }

    @Test
    void anInputBackwardNeverReachesFails() {
        GradReport r = GradCheck.check(in -> Node.from(new ForgetfulMul(in.get(0), in.get(1))).sum(),
                Tensor.of(0.5, -2), Tensor.of(3, 1));
        assertThat(r).hasToString("""
                gradient check FAILED for input 1 (shape [2]) at [1]: analytic 0, numeric -2 \
                (|a − n| = 2 > atol + rtol·|n| = 0.002). Checked 4 elements of 2 inputs.
                  input 0              = [2] [0.5, -2.0]
                  input 1              = [2] [3.0, 1.0]
                  analytic ∂f/∂input 1 = [2] [0.0, 0.0]
                  numeric  ∂f/∂input 1 = [2] [0.5, -2.0]
                  hint: no gradient reached input 1, so its analytic gradient is 0. Does f use it, \
                and does every gate list it in inputs()?""");
    }

    @Test
    void aNonFiniteValueFails() {
        GradReport r = GradCheck.check(in -> in.get(0).log().sum(), Tensor.of(0, 1));
        assertThat(r.passed()).isFalse();
        assertThat(r).hasToString("""
                gradient check FAILED: f = -Infinity at these inputs, not a finite number, so it has no \
                gradient to check.
                  input 0 = [2] [0.0, 1.0]""");
        assertThat(r.input()).isEqualTo(-1);
    }

    @Test
    void aStepOutOfTheDomainFails() {
        GradReport r = GradCheck.check(in -> in.get(0).log().sum(), Tensor.of(5e-7, 1));
        assertThat(r.passed()).isFalse();
        assertThat(r.toString()).startsWith("gradient check FAILED for input 0 (shape [2]) at [0]: "
                + "analytic 2e6, numeric NaN (|a − n| = NaN > atol + rtol·|n| = NaN).")
                .endsWith("\n  hint: f is not finite at x ± h (h = 1e-6): is x at the edge of f's domain? "
                        + "Keep inputs inside it, e.g. positive for log and sqrt.");
    }

    @Test
    void tolerancesCanBeChosen() {
        java.util.function.Function<List<Node>, Node> f = in -> Node.from(new SlightlyOffSquare(in.get(0))).sum();
        Tensor x = Tensor.of(1, -2);
        assertThat(GradCheck.check(f, x).passed()).isFalse();
        assertThat(GradCheck.check(f, 1e-5, 0.02, x).passed()).isTrue();
        assertThatThrownBy(() -> GradCheck.check(f, -1, 0, x)).hasMessage(
                "GradCheck.check: atol is -1.0 and rtol is 0.0; tolerances must be 0 or more.");
        assertThatThrownBy(() -> GradCheck.check(f)).hasMessage("GradCheck.check: no inputs; pass the "
                + "tensors to differentiate by, e.g. check(in -> in.get(0).pow(2).sum(), x).");
    }

    @Test
    void theDefaultsAreDocumentedOnes() {
        assertThat(GradCheck.STEP).isEqualTo(1e-6);
        assertThat(GradCheck.ATOL).isEqualTo(1e-5);
        assertThat(GradCheck.RTOL).isEqualTo(1e-3);
    }
}
