package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

class WeightDecaySgdTest {

    @Test
    void weightsAreDecayedAndBiasesAreNot() {
        Node w = Node.of(Tensor.of(new double[][] {{2}, {-4}}));
        Node b = Node.of(Tensor.of(3.0));
        w.sum().add(b.sum()).backward();   // ∂/∂W = 1 everywhere, ∂/∂b = 1

        new WeightDecaySgd(0.5, 0.1).step(List.of(w, b));

        // W ← W − 0.5·(1 + 0.1·W): 2 − 0.5·1.2 = 1.4; −4 − 0.5·0.6 = −4.3.   b ← 3 − 0.5·1 = 2.5.
        assertThat(w.value().toArray()).containsExactly(1.4, -4.3);
        assertThat(b.value().toArray()).containsExactly(2.5);
    }
}
