package org.chainrule.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

class CentralDifferencesTest {

    @Test
    void theGradientOfASumOfCubesIsThreeXSquaredElementByElementInTheInputsShape() {
        Tensor x = Tensor.of(new double[][] {{1.5, -2}, {0.25, 3}});
        Tensor grad = CentralDifferences.of(t -> {
            double sum = 0;
            for (double v : t.toArray()) {
                sum += v * v * v;
            }
            return sum;
        }, x);

        assertThat(grad.shape()).isEqualTo(x.shape());
        double[] expected = {3 * 1.5 * 1.5, 3 * 4, 3 * 0.25 * 0.25, 3 * 9};
        double[] got = grad.toArray();
        for (int i = 0; i < expected.length; i++) {
            // truncation error of central differences on a cubic: exactly h² = 1e-10 per element
            assertThat(got[i]).isCloseTo(expected[i], within(1e-6));
        }
        assertThat(x.toArray()).containsExactly(1.5, -2, 0.25, 3);
    }

    @Test
    void eachElementIsNudgedOnItsOwn() {
        // f reads only element 1: every other partial derivative is exactly 0
        double[] grad = CentralDifferences.of(t -> 7 * t.toArray()[1], Tensor.of(4, 5, 6)).toArray();
        assertThat(grad[0]).isZero();
        assertThat(grad[1]).isCloseTo(7, within(1e-9));
        assertThat(grad[2]).isZero();
    }
}
