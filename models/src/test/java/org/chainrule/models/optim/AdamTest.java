package org.chainrule.models.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

class AdamTest {

    @Test
    void theFirstStepHasSizeLearningRateInEveryCoordinate() {
        // t = 1: m̂ = g, v̂ = g², so w ← w − η·g / (|g| + ε) ≈ w − η·sign(g), whatever the scale of g.
        Node w = Node.of(Tensor.of(1.0, -200.0));
        SgdTest.trainStep(new Adam(0.1), w);
        assertThat(w.value().toArray()).containsExactly(
                new double[] {1 - 0.1 * 1 / (1 + 1e-8), -200 + 0.1 * 200 / (200 + 1e-8)}, within(1e-15));
    }

    @Test
    void threeStepsFollowTheFormulaByHand() {
        // L = ½ Σ w², g = w. The same formula, one coordinate at a time, in plain doubles.
        double lr = 0.1;
        double b1 = 0.9;
        double b2 = 0.999;
        double eps = 1e-8;
        double[] ref = {1.0, -2.0};
        double[] m = new double[2];
        double[] v = new double[2];
        Node w = Node.of(Tensor.of(ref.clone()));
        Adam adam = new Adam(lr, b1, b2, eps);
        for (int t = 1; t <= 3; t++) {
            for (int i = 0; i < 2; i++) {
                double g = ref[i];
                m[i] = b1 * m[i] + (1 - b1) * g;
                v[i] = b2 * v[i] + (1 - b2) * g * g;
                double mHat = m[i] / (1 - Math.pow(b1, t));
                double vHat = v[i] / (1 - Math.pow(b2, t));
                ref[i] -= lr * mHat / (Math.sqrt(vHat) + eps);
            }
            SgdTest.trainStep(adam, w);
            assertThat(w.value().toArray()).as("step %d", t).containsExactly(ref, within(1e-14));
        }
    }

    @Test
    void theSecondStepMatchesNumbersWorkedOnPaper() {
        // Coordinate 0 of w = [1, −2], g = w: after step 1 w ≈ 0.9 (first test).
        // Step 2: g = 0.9; m = 0.9·0.1 + 0.1·0.9 = 0.18; v = 0.999·0.001 + 0.001·0.81 = 0.001809;
        // m̂ = 0.18 / (1 − 0.9²) = 0.18 / 0.19; v̂ = 0.001809 / (1 − 0.999²) = 0.001809 / 0.001999.
        Node w = Node.of(Tensor.of(1.0, -2.0));
        Adam adam = new Adam(0.1);
        SgdTest.trainStep(adam, w);
        SgdTest.trainStep(adam, w);
        double byHand = 0.9 - 0.1 * (0.18 / 0.19) / Math.sqrt(0.001809 / 0.001999);
        assertThat(w.value().toArray()[0]).isCloseTo(byHand, within(1e-7));
    }

    @Test
    void theDefaultsAreThePapers() {
        assertThat(new Adam()).hasToString("Adam(lr = 0.001, beta1 = 0.9, beta2 = 0.999, epsilon = 1.0E-8)");
        assertThat(new Adam(0.01).learningRate()).isEqualTo(0.01);
    }

    @Test
    void epsilonMustBePositive() {
        assertThatThrownBy(() -> new Adam(0.1, 0.9, 0.999, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("epsilon is 0.0");
    }
}
