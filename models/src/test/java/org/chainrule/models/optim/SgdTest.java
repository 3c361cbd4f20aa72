package org.chainrule.models.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

class SgdTest {

    /** L = ½ Σ w², so ∂L/∂w = w and each SGD step multiplies w by (1 − η). */
    static Node halfSquaredNorm(Node w) {
        return w.pow(2).sum().mul(0.5);
    }

    static void trainStep(Optimizer opt, Node w) {
        opt.zeroGrad(List.of(w));
        halfSquaredNorm(w).backward();
        opt.step(List.of(w));
    }

    @Test
    void threeStepsFollowTheFormulaByHand() {
        Node w = Node.of(Tensor.of(1.0, -2.0));
        Sgd sgd = new Sgd(0.1);
        // w ← w − 0.1·w = 0.9·w
        double[][] expected = {{0.9, -1.8}, {0.81, -1.62}, {0.729, -1.458}};
        for (double[] e : expected) {
            trainStep(sgd, w);
            assertThat(w.value().toArray()).containsExactly(e, within(1e-15));
        }
    }

    @Test
    void zeroGradIsNeededBecauseGradientsAccumulate() {
        Node w = Node.of(Tensor.of(1.0, -2.0));
        halfSquaredNorm(w).backward();
        halfSquaredNorm(w).backward();
        assertThat(w.grad().toArray()).containsExactly(2.0, -4.0);
        new Sgd(0.1).zeroGrad(List.of(w));
        assertThat(w.hasGrad()).isFalse();
    }

    @Test
    void aLearningRateMustBePositive() {
        assertThatThrownBy(() -> new Sgd(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Sgd: learning rate is 0.0; it must be a positive, finite number such as 0.01.");
        assertThatThrownBy(() -> new Sgd(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
