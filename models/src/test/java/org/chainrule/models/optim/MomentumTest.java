package org.chainrule.models.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

class MomentumTest {

    @Test
    void threeStepsFollowTheFormulaByHand() {
        // L = ½ Σ w², g = w; η = 0.1, β = 0.9; v ← β·v + g, w ← w − η·v
        // step 1: g = [1, −2],       v = [1, −2],         w = [0.9, −1.8]
        // step 2: g = [0.9, −1.8],   v = [1.8, −3.6],     w = [0.72, −1.44]
        // step 3: g = [0.72, −1.44], v = [2.34, −4.68],   w = [0.486, −0.972]
        Node w = Node.of(Tensor.of(1.0, -2.0));
        Momentum momentum = new Momentum(0.1, 0.9);
        double[][] expected = {{0.9, -1.8}, {0.72, -1.44}, {0.486, -0.972}};
        for (double[] e : expected) {
            SgdTest.trainStep(momentum, w);
            assertThat(w.value().toArray()).containsExactly(e, within(1e-14));
        }
    }

    @Test
    void betaZeroIsPlainSgd() {
        Node a = Node.of(Tensor.of(1.0, -2.0));
        Node b = Node.of(Tensor.of(1.0, -2.0));
        Momentum momentum = new Momentum(0.1, 0);
        Sgd sgd = new Sgd(0.1);
        for (int i = 0; i < 3; i++) {
            SgdTest.trainStep(momentum, a);
            SgdTest.trainStep(sgd, b);
        }
        assertThat(a.value()).isEqualTo(b.value());
    }

    @Test
    void theDefaultBetaIsTheUsualOne() {
        assertThat(Momentum.DEFAULT_BETA).isEqualTo(0.9);
        assertThat(new Momentum(0.5)).hasToString("Momentum(lr = 0.5, beta = 0.9)");
    }

    @Test
    void betaMustBeADecayRate() {
        assertThatThrownBy(() -> new Momentum(0.1, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Momentum: beta is 1.0; a decay rate must be in [0, 1), such as 0.9.");
    }
}
