package org.chainrule.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

class ActivationTest {
    private static final Node X = Node.constant(Tensor.of(-2, 0, 3));

    @Test
    void eachIsItsFunction() {
        assertThat(Activation.RELU.forward(X).value().toArray()).containsExactly(0, 0, 3);
        assertThat(Activation.TANH.forward(X).value().toArray())
                .containsExactly(new double[] {Math.tanh(-2), 0, Math.tanh(3)}, within(1e-15));
        assertThat(Activation.SIGMOID.forward(X).value().toArray())
                .containsExactly(new double[] {1 / (1 + Math.exp(2)), 0.5, 1 / (1 + Math.exp(-3))}, within(1e-15));
    }

    @Test
    void activationsHaveNoParameters() {
        for (Activation a : Activation.values()) {
            assertThat(a.parameters()).isEmpty();
        }
    }
}
