package org.chainrule.exercises.gradcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Points;
import org.chainrule.testkit.TensorGen;
import org.chainrule.testkit.Theories;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** E11's hidden tests: the cost in forward passes, NaN, scalars, and the refusals. */
class NumericalGradientHiddenTest {

    @Test
    @Points(1)
    @DisplayName("centralDifference calls f exactly twice per element of x: two forward passes per parameter")
    void twoCallsPerElement() {
        Theories.qt().forAll(NumericalGradientTest.examples()).checkAssert(e -> {
            AtomicInteger calls = new AtomicInteger();
            NumericalGradient.centralDifference(t -> {
                calls.incrementAndGet();
                return e.f().applyAsDouble(t);
            }, e.x(), 1e-5);
            assertThat(calls.get()).as(NumericalGradientTest.block("centralDifference", e.toString(), 2 * e.x().size() + " calls of f",
                    calls.get() + " calls")).isEqualTo(2 * e.x().size());
        });
    }

    @Test
    @Points(1)
    @DisplayName("gradients of different shapes are refused with a message that prints both shapes")
    void shapeMismatchRefused() {
        assertThatThrownBy(() -> NumericalGradient.compare(Tensor.zeros(2, 3), Tensor.zeros(3, 2), 1e-5, 1e-3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContainingAll("[2, 3]", "[3, 2]");
        assertThatThrownBy(() -> NumericalGradient.compare(Tensor.zeros(0), Tensor.zeros(0), 1e-5, 1e-3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0]");
    }

    @Test
    @Points(1)
    @DisplayName("a NaN in the gradient fails the check, with an infinite error at the NaN's element")
    void nanFails() {
        Report r = NumericalGradient.compare(Tensor.of(new double[][] {{1, 2}, {Double.NaN, 4}}),
                Tensor.of(new double[][] {{1, 2}, {3, 4}}), 1e-5, 1e-3);
        assertThat(r.passed()).as(NumericalGradientTest.show(r)).isFalse();
        assertThat(r.worstIndex()).containsExactly(1, 0);
        assertThat(r.maxRelativeError()).isInfinite();
        Report zero = NumericalGradient.compare(Tensor.of(0, 5), Tensor.of(0, 5), 0, 0);
        assertThat(zero.passed()).as("atol = rtol = 0 and equal gradients: " + NumericalGradientTest.show(zero)).isTrue();
        assertThat(zero.maxRelativeError()).isZero();
    }

    @Test
    @Points(1)
    @DisplayName("a scalar x of shape [] works: a slope of shape [] and a worst index []")
    void scalars() {
        Tensor x = Tensor.scalar(0.75);
        Tensor n = NumericalGradient.centralDifference(t -> t.item() * t.item(), x, 0.125);
        assertThat(n.shape()).as(TensorGen.describe(n)).isEqualTo(x.shape());
        assertThat(n.item()).isEqualTo(1.5);
        Report r = NumericalGradient.compare(Tensor.scalar(1.5), n, 1e-5, 1e-3);
        assertThat(r.worstIndex()).isEmpty();
        assertThat(r.passed()).isTrue();
        assertThat(r.maxRelativeError()).isZero();
    }

    @Test
    @Points(1)
    @DisplayName("a step h ≤ 0 or NaN, and a negative tolerance, are refused with a message that names them")
    void refusals() {
        Tensor x = Tensor.of(1, 2);
        assertThatThrownBy(() -> NumericalGradient.centralDifference(t -> 0, x, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
        assertThatThrownBy(() -> NumericalGradient.centralDifference(t -> 0, x, -1e-6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1.0E-6");
        assertThatThrownBy(() -> NumericalGradient.centralDifference(t -> 0, x, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> NumericalGradient.centralDifference(t -> 0, x, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Infinity");
        assertThatThrownBy(() -> NumericalGradient.compare(x, x, -1, 1e-3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> NumericalGradient.compare(x, x, 1e-5, -0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.5");
        assertThatThrownBy(() -> NumericalGradient.compare(x, x, Double.NaN, 1e-3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    }
}
