package org.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

/**
 * A gate of one's own ({@link Node#from}) that breaks a rule of {@link Gate} is named with the
 * rule, instead of ending in a raw {@code NullPointerException} or an index error in the engine.
 */
class UserGateRulesTest {

    /** A gate whose forward and backward return what the test says. */
    record Scripted(List<Node> inputs, Supplier<Tensor> out, Supplier<List<Tensor>> grads) implements Gate {
        @Override
        public Tensor forward() {
            return out.get();
        }

        @Override
        public List<Tensor> backward(Tensor upstream, Tensor out) {
            return grads.get();
        }

        @Override
        public String local() {
            return "?";
        }

        @Override
        public String name() {
            return "Mine";
        }
    }

    private static final Tensor TWO = Tensor.of(1.0, 2.0);

    @Test
    void aForwardReturningNullIsNamed() {
        Node x = Node.of(TWO);
        assertThatThrownBy(() -> Node.from(new Scripted(List.of(x), () -> null, () -> List.of(TWO))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("gate Mine: forward() returned null; forward computes the output from the inputs' "
                        + "values and returns it as a Tensor.");
    }

    @Test
    void nullInputsAreNamed() {
        assertThatThrownBy(() -> Node.from(new Scripted(null, () -> TWO, () -> List.of())))
                .hasMessage("gate Mine: inputs() returned null; a gate lists the nodes it reads, e.g. List.of(a, b).");
        Node x = Node.of(TWO);
        assertThatThrownBy(() -> Node.from(new Scripted(Arrays.asList(x, null), () -> TWO, () -> List.of())))
                .hasMessage("gate Mine: input 1 of its 2 inputs is null; a gate reads nodes made by Node.of, "
                        + "Node.constant or another gate.");
    }

    @Test
    void aNullGradientForAnInputThatNeedsOneIsNamed() {
        Node x = Node.of(TWO);
        Node y = Node.of(TWO);
        Node out = Node.from(new Scripted(List.of(x, y), () -> TWO, () -> Arrays.asList(TWO, null)));
        assertThatThrownBy(() -> out.sum().backward())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("backward: gate Mine returned null for input 1 ([2]), which needs a gradient; null is "
                        + "allowed only for an input that needs none (!input.requiresGrad(), e.g. a constant).");
    }

    @Test
    void aNullGradientForAConstantIsAllowed() {
        Node x = Node.of(TWO);
        Node c = Node.constant(TWO);
        Node out = Node.from(new Scripted(List.of(x, c), () -> TWO, () -> Arrays.asList(TWO.mul(3), null)));
        out.sum().backward();
        assertThat(x.grad()).isEqualTo(Tensor.of(3.0, 6.0));
    }

    @Test
    void tooFewOrTooManyGradientsAreNamed() {
        Node x = Node.of(TWO);
        Node y = Node.of(TWO);
        Node few = Node.from(new Scripted(List.of(x, y), () -> TWO, () -> List.of(TWO)));
        assertThatThrownBy(() -> few.sum().backward())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("backward: gate Mine returned 1 gradient for its 2 inputs; backward returns one "
                        + "gradient per input, in the order of inputs().");
        Node many = Node.from(new Scripted(List.of(x), () -> TWO, () -> List.of(TWO, TWO)));
        assertThatThrownBy(() -> many.sum().backward())
                .hasMessage("backward: gate Mine returned 2 gradients for its 1 input; backward returns one "
                        + "gradient per input, in the order of inputs().");
        Node none = Node.from(new Scripted(List.of(x), () -> TWO, () -> null));
        assertThatThrownBy(() -> none.sum().backward())
                .hasMessage("backward: gate Mine returned null for its 1 input; backward returns one "
                        + "gradient per input, in the order of inputs().");
    }
}
