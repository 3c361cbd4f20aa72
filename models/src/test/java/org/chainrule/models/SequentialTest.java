package org.chainrule.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

class SequentialTest {

    @Test
    void itAppliesItsLayersInOrderAndListsTheirParameters() {
        Linear first = new Linear(Tensor.of(new double[][] {{1, -1}}), Tensor.of(0, 0));
        Linear second = new Linear(Tensor.of(new double[][] {{1}, {1}}), Tensor.of(0.5));
        Sequential net = new Sequential(first, Activation.RELU, second);
        // x = 2: [2, −2] → relu → [2, 0] → 2 + 0 + 0.5
        assertThat(net.forward(Node.constant(Tensor.of(new double[][] {{2}}))).item()).isEqualTo(2.5);
        assertThat(net.parameters()).containsExactly(first.weights(), first.bias(), second.weights(), second.bias());
    }

    @Test
    void itNeedsALayer() {
        assertThatThrownBy(() -> new Sequential(List.of()))
                .hasMessage("Sequential: no layers; give at least one, e.g. new Linear(2, 1, rng).");
    }
}
