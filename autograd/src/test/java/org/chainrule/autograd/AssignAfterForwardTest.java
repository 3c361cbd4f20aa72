package org.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

/**
 * {@code assign} between a forward pass and its backward would make the gradient of the value
 * that was computed wrong; the engine refuses (a version count per leaf, checked at backward).
 */
class AssignAfterForwardTest {

    @Test
    void assignBetweenForwardAndBackwardIsRefusedWithTheRule() {
        Node w = Node.scalar(2.0).named("w");
        Node y = w.mul(w);                         // y = w·w at w = 2: dy/dw = 4
        w.assign(Tensor.scalar(3.0));              // without the check: backward would give 2·3 = 6
        assertThatThrownBy(y::backward)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("backward: leaf w [] was assigned a new value after gate Mul read it in the forward "
                        + "pass (it was at version 0 then, it is at version 1 now); the gradient would mix the old "
                        + "pass with the new value. Keep the order of a training step: forward, backward, then "
                        + "assign (the optimizer's step), then a new forward.");
        assertThat(w.hasGrad()).isFalse();         // refused before any gradient was written
    }

    @Test
    void aDeepGateReadingTheLeafIsFoundToo() {
        Node w = Node.of(Tensor.of(1.0, 2.0));
        Node x = Node.constant(Tensor.of(3.0, 4.0));
        Node loss = w.mul(x).exp().sum();
        w.assign(Tensor.of(0.0, 0.0));
        assertThatThrownBy(loss::backward).hasMessageStartingWith(
                "backward: a leaf [2] was assigned a new value after gate Mul read it in the forward pass "
                        + "(it was at version 0 then, it is at version 1 now);");
    }

    @Test
    void theTrainingStepOrderStillWorks() {
        Node w = Node.scalar(2.0);
        for (int step = 0; step < 3; step++) {
            Node y = w.mul(w);                     // a new forward after every assign
            w.zeroGrad();
            y.backward();
            assertThat(w.grad().item()).isEqualTo(2 * w.item());
            w.assign(w.value().sub(w.grad().mul(0.1)));
        }
        assertThat(w.item()).isEqualTo(2.0 * 0.8 * 0.8 * 0.8, within(1e-15));
    }

    @Test
    void aGraphBuiltAfterTheAssignIsFineAndGivesTheNewGradient() {
        Node w = Node.scalar(2.0);
        w.mul(w);                                  // an old, abandoned forward pass
        w.assign(Tensor.scalar(3.0));
        Node y = w.mul(w);
        y.backward();
        assertThat(w.grad().item()).isEqualTo(6.0);
    }
}
