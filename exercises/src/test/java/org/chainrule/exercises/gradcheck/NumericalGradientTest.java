package org.chainrule.exercises.gradcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.apache.commons.math3.analysis.differentiation.FiniteDifferencesDifferentiator;
import org.apache.commons.math3.analysis.differentiation.UnivariateDifferentiableFunction;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Points;
import org.chainrule.testkit.Shapes;
import org.chainrule.testkit.TensorGen;
import org.chainrule.testkit.Theories;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * E11's public tests: the central difference against an independent oracle (commons-math3's
 * 5-point {@link FiniteDifferencesDifferentiator}), exact where floating point is exact, its error
 * order, ReLU's kink, and the comparison's verdict.
 */
class NumericalGradientTest {
    /** The oracle: a 5-point stencil at step 1e-3 (error about 1e-13 on smooth functions). */
    static final FiniteDifferencesDifferentiator ORACLE = new FiniteDifferencesDifferentiator(5, 1e-3);
    /** The step the tests hand to centralDifference when they compare with the oracle. */
    static final double H = 1e-5;
    /** Agreement with the oracle: h²·|f'''|/6 and round-off are both far below this. */
    static final double AGREE = 1e-6;

    /**
     * A smooth function of a tensor: {@code f(x) = Σ a_i·sin(b_i·x_i) + c·(Σ w_i·x_i)² + exp(Σ w_i·x_i / 4)},
     * whose slope along x_i depends on the other elements too.
     */
    record Smooth(double[] a, double[] b, double[] w, double c) implements ToDoubleFunction<Tensor> {
        @Override
        public double applyAsDouble(Tensor t) {
            double[] x = t.toArray();
            double sines = 0;
            double dot = 0;
            for (int i = 0; i < x.length; i++) {
                sines += a[i] * StrictMath.sin(b[i] * x[i]);
                dot += w[i] * x[i];
            }
            return sines + c * dot * dot + StrictMath.exp(dot / 4);
        }

        @Override
        public String toString() {
            return String.format("f(x) = Σ a_i·sin(b_i·x_i) + %s·(Σ w_i·x_i)² + exp(Σ w_i·x_i / 4) with a = %s, "
                    + "b = %s, w = %s", c, Arrays.toString(a), Arrays.toString(b), Arrays.toString(w));
        }
    }

    /** A point x (shape of rank 0..3, sizes 1..3) and a smooth function of it. */
    record Example(Tensor x, Smooth f) {
        @Override
        public String toString() {
            return f + ", at x = " + TensorGen.describe(x);
        }
    }

    static Gen<Example> examples() {
        Gen<Shape> shapes = Shapes.shapes(3, 3);
        Gen<Double> coefficients = Values.between(-2, 2);
        Gen<Example> gen = in -> {
            Shape shape = shapes.generate(in);
            int size = shape.size();
            double[][] abw = new double[3][size];
            for (double[] row : abw) {
                for (int i = 0; i < size; i++) {
                    row[i] = coefficients.generate(in);
                }
            }
            Smooth f = new Smooth(abw[0], abw[1], abw[2], coefficients.generate(in));
            return new Example(TensorGen.tensors(shape, Values.between(-1.5, 1.5)).generate(in), f);
        };
        return gen.describedAs(Example::toString);
    }

    @Test
    @Points(2.5)
    @DisplayName("centralDifference agrees with commons-math3's 5-point FiniteDifferencesDifferentiator on generated smooth functions")
    void agreesWithCommonsMath() {
        Theories.qt().forAll(examples()).checkAssert(e -> {
            Tensor got = NumericalGradient.centralDifference(e.f(), e.x(), H);
            assertThat(got.shape()).as(block("centralDifference", e + ", h = " + H, "shape " + e.x().shape()
                    + " (one slope per element of x)", "shape " + got.shape())).isEqualTo(e.x().shape());
            double[] x = e.x().toArray();
            double[] n = got.toArray();
            for (int i = 0; i < x.length; i++) {
                double expected = oracle(e.f(), e.x(), i);
                assertThat(Math.abs(n[i] - expected) <= AGREE * Math.max(1, Math.abs(expected)))
                        .as(block("centralDifference", e + ", h = " + H, "∂f/∂x" + at(e.x().shape(), i) + " = "
                                + expected + " (commons-math3, 5 points, step 1e-3)", n[i] + "; all: "
                                + TensorGen.describe(got))).isTrue();
            }
        });
    }

    @Test
    @Points(1)
    @DisplayName("exact where floating point is exact: for f = Σ x_i² at multiples of 1/4 with h = 1/8 the central difference is exactly 2x")
    void exactForSquares() {
        Gen<Double> quarters = Generate.range(-16, 16).map(k -> k / 4.0);
        Theories.qt().forAll(TensorGen.tensors(Shapes.shapes(1, 2, 3), quarters)).checkAssert(x -> {
            Tensor got = NumericalGradient.centralDifference(NumericalGradientTest::sumOfSquares, x, 0.125);
            Tensor expected = x.mul(2);
            assertThat(got.allClose(expected, 0, 0)).as(block("centralDifference", "f(x) = Σ x_i², x = " + TensorGen.describe(x)
                    + ", h = 0.125", TensorGen.describe(expected) + " exactly: ((x + h)² − (x − h)²) / 2h = 2x, "
                    + "and every step here is exact", TensorGen.describe(got))).isTrue();
        });
    }

    @Test
    @Points(2)
    @DisplayName("the error is O(h²): halving h divides it by 4 (a one-sided difference only halves it)")
    void errorOrderIsTwo() {
        Theories.qt().forAll(TensorGen.tensors(Shapes.shapes(1, 2, 3), Values.between(-1, 1))).checkAssert(x -> {
            ToDoubleFunction<Tensor> f = t -> t.exp().sum().item();
            double[] exact = x.exp().toArray();      // ∂/∂x_i Σ exp(x_j) = exp(x_i)
            double[] coarse = NumericalGradient.centralDifference(f, x, 0.1).toArray();
            double[] fine = NumericalGradient.centralDifference(f, x, 0.05).toArray();
            for (int i = 0; i < exact.length; i++) {
                double ratio = Math.abs(coarse[i] - exact[i]) / Math.abs(fine[i] - exact[i]);
                assertThat(ratio).as(block("centralDifference", "f(x) = Σ exp(x_i), x = " + TensorGen.describe(x)
                        + ", h = 0.1 and then 0.05", "halving h divides the error by 4 (error h²·f'''/6 of "
                        + "(f(x + h) − f(x − h)) / 2h)", String.format("at %s the error went from %.3g to %.3g, "
                        + "divided by %.3g%s", at(x.shape(), i), coarse[i] - exact[i], fine[i] - exact[i], ratio,
                        ratio < 3 ? ": error O(h), a one-sided difference (f(x + h) − f(x)) / h?" : "")))
                        .isBetween(3.5, 4.5);
            }
        });
    }

    @Test
    @Points(1)
    @DisplayName("ReLU's kink fools it: at x = 0 the central difference is exactly 0.5, the average of the slopes 0 and 1")
    void kinkAveragesTheSlopes() {
        ToDoubleFunction<Tensor> relu = t -> t.maximum(0).sum().item();
        Tensor x = Tensor.of(1, -1, 0, 0.5);
        Tensor got = NumericalGradient.centralDifference(relu, x, 0.125);
        Tensor expected = Tensor.of(1, 0, 0.5, 1);
        assertThat(got.allClose(expected, 0, 0)).as(block("centralDifference", "f(x) = Σ max(0, x_i), x = [1, -1, 0, 0.5], h = 0.125",
                TensorGen.describe(expected) + " exactly: slope 1, slope 0, (0.125 − 0) / 0.25 at the kink, slope 1",
                TensorGen.describe(got))).isTrue();
    }

    @Test
    @Points(2)
    @DisplayName("compare flags a deliberately wrong gradient and names its element")
    void flagsWrongElement() {
        Gen<Tensor> gradients = TensorGen.tensors(Shapes.shapes(1, 3, 3), Values.between(-3, 3));
        Theories.qt().forAll(gradients, Generate.range(0, 26), Values.between(-2, 2)).checkAssert((a, pick, bump) -> {
            int wrong = pick % a.size();
            double[] n = a.toArray();
            n[wrong] += bump >= 0 ? bump + 0.5 : bump - 0.5;          // off by at least 0.5
            Tensor numeric = Tensor.of(a.shape(), n);
            Report r = NumericalGradient.compare(a, numeric, 1e-5, 1e-3);
            String in = "analytic = " + TensorGen.describe(a) + ", numeric = " + TensorGen.describe(numeric)
                    + ", atol = 1e-5, rtol = 1e-3";
            assertThat(r).as(block("compare", in, "a report", "null")).isNotNull();
            assertThat(r.passed()).as(block("compare", in, "passed = false: element " + at(a.shape(), wrong)
                    + " is off by " + Math.abs(numeric.toArray()[wrong] - a.toArray()[wrong]), show(r))).isFalse();
            assertThat(r.worstIndex()).as(block("compare", in, "worstIndex = " + at(a.shape(), wrong)
                    + " (the only element that differs)", show(r))).containsExactly(index(a.shape(), wrong));
            assertThat(r.maxRelativeError()).as(block("compare", in, "maxRelativeError > 1 (|a − n| / (atol + "
                    + "rtol·|n|) at the wrong element)", show(r))).isGreaterThan(1);
        });
        Report tie = NumericalGradient.compare(Tensor.of(0, 1, 2, 3), Tensor.of(0, 2, 2, 4), 1e-5, 0);
        assertThat(tie.worstIndex()).as(block("compare", "analytic = [0, 1, 2, 3], numeric = [0, 2, 2, 4], atol = "
                + "1e-5, rtol = 0", "worstIndex = [1]: elements 1 and 3 are equally wrong, the first one is named",
                show(tie))).containsExactly(1);
    }

    @Test
    @Points(1)
    @DisplayName("compare passes gradients that agree within atol + rtol·|n|, and an error of exactly 1 still passes")
    void passesAgreeing() {
        Gen<Tensor> gradients = TensorGen.tensors(Shapes.shapes(1, 3, 3), Values.between(-3, 3));
        Theories.qt().forAll(gradients).checkAssert(a -> {
            Tensor numeric = a.add(4e-6);                // |a − n| = 4e-6 < atol = 1e-5
            Report r = NumericalGradient.compare(a, numeric, 1e-5, 1e-3);
            assertThat(r.passed()).as(block("compare", "analytic = " + TensorGen.describe(a) + ", numeric = "
                    + "analytic + 4e-6, atol = 1e-5, rtol = 1e-3", "passed = true, maxRelativeError < 0.4",
                    show(r))).isTrue();
            assertThat(r.maxRelativeError()).isLessThan(0.4);
        });
        Report half = NumericalGradient.compare(Tensor.of(1, 2), Tensor.of(1, 3), 0.5, 0.5);
        assertThat(half.maxRelativeError()).as(block("compare", "analytic = [1, 2], numeric = [1, 3], atol = 0.5, "
                + "rtol = 0.5", "maxRelativeError = |2 − 3| / (0.5 + 0.5·3) = 0.5 at [1]", show(half))).isEqualTo(0.5);
        assertThat(half.worstIndex()).containsExactly(1);
        assertThat(half.passed()).isTrue();
        Report edge = NumericalGradient.compare(Tensor.of(2), Tensor.of(6), 1, 0.5);
        assertThat(edge.maxRelativeError()).as(block("compare", "analytic = [2], numeric = [6], atol = 1, rtol = 0.5",
                "maxRelativeError = 4 / (1 + 0.5·6) = 1.0, which passes (≤ 1)", show(edge))).isEqualTo(1.0);
        assertThat(edge.passed()).as(block("compare", "analytic = [2], numeric = [6], atol = 1, rtol = 0.5",
                "passed = true: |a − n| = 4 is exactly atol + rtol·|n|", show(edge))).isTrue();
        Report exact = NumericalGradient.compare(Tensor.of(0, 5), Tensor.of(0, 5), 0, 0);
        assertThat(exact.passed() && exact.maxRelativeError() == 0).as(block("compare", "analytic = numeric = "
                + "[0, 5], atol = rtol = 0", "passed = true with maxRelativeError 0 (0 / 0 at element 0 is no error)",
                show(exact))).isTrue();
    }

    @Test
    @Points(0.5)
    @DisplayName("a step h of 0 or below is refused with a message that names it")
    void badStepRefused() {
        for (double h : new double[] {0, -1e-6}) {
            assertThatThrownBy(() -> NumericalGradient.centralDifference(t -> 0, Tensor.of(1, 2), h))
                    .as(block("centralDifference", "h = " + h, "an IllegalArgumentException naming h", "no exception"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(String.valueOf(h));
        }
    }

    /** A report on one line, e.g. {@code Report[passed=false, maxRelativeError=13.5, worstIndex=[1, 0]]}. */
    static String show(Report r) {
        return r == null ? "null" : String.format("Report[passed=%s, maxRelativeError=%s, worstIndex=%s]", r.passed(),
                r.maxRelativeError(), Arrays.toString(r.worstIndex()));
    }

    static double sumOfSquares(Tensor t) {
        double s = 0;
        for (double v : t.toArray()) {
            s += v * v;
        }
        return s;
    }

    /** The oracle's ∂f/∂x_i: f along element i only, differentiated with 5 points. */
    static double oracle(ToDoubleFunction<Tensor> f, Tensor x, int i) {
        double[] point = x.toArray();
        UnivariateDifferentiableFunction g = ORACLE.differentiate((double t) -> {
            double[] p = point.clone();
            p[i] = t;
            return f.applyAsDouble(Tensor.of(x.shape(), p));
        });
        return g.value(new DerivativeStructure(1, 1, 0, point[i])).getPartialDerivative(1);
    }

    /** The multi-index of row-major position {@code flat}, e.g. 5 in [2, 3] is [1, 2]. */
    static int[] index(Shape shape, int flat) {
        int[] dims = shape.toArray();
        int[] idx = new int[dims.length];
        for (int a = dims.length - 1; a >= 0; a--) {
            idx[a] = flat % dims[a];
            flat /= dims[a];
        }
        return idx;
    }

    static String at(Shape shape, int flat) {
        return Arrays.toString(index(shape, flat));
    }

    /** The course's failure block: exercise and method, input, expected vs got, how to replay. */
    static String block(String method, String input, String expected, String got) {
        return String.format("E11 NumericalGradient.%s on %s%n  expected: %s%n  got:      %s%n  replay:   the "
                + "inputs above (property seed Theories.SEED = %d)", method, input, expected, got, Theories.SEED);
    }
}
