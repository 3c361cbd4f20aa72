package org.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

/** {@code backwardCheckingFinite()} stops at the first gate that makes a NaN or infinity and names it. */
class NonFiniteTest {

    @Test
    void logOfZeroIsTracedToTheLogGate() {
        Node x = Node.of(Tensor.of(0.0, 1.0));
        assertThatThrownBy(() -> x.log().sum().backwardCheckingFinite())
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("backward: gate Log produced a non-finite gradient for input 0: downstream[0] = "
                        + "Infinity (input 0 is [2]; input there: x = 0.0; upstream is [2]). Local rule: ∂out/∂x = 1/x. "
                        + "Usual causes: log or division at 0, or an overflowed exp; use logSoftmax/crossEntropy "
                        + "instead of log(softmax(x)).");
    }

    @Test
    void withoutCheckingTheInfinityArrivesSilently() {
        Node x = Node.of(Tensor.of(0.0, 1.0));
        x.log().sum().backward();
        assertThat(x.grad()).isEqualTo(Tensor.of(Double.POSITIVE_INFINITY, 1.0));
    }

    @Test
    void divisionByZeroIsTracedToTheDivGateAndItsInput() {
        Node a = Node.of(Tensor.of(1.0, 2.0));
        Node b = Node.of(Tensor.of(4.0, 0.0));
        assertThatThrownBy(() -> a.div(b).sum().backwardCheckingFinite())
                .isInstanceOf(ArithmeticException.class)
                .hasMessageStartingWith("backward: gate Div produced a non-finite gradient for input 0: "
                        + "downstream[1] = Infinity (input 0 is [2]; inputs there: a = 2.0, b = 0.0; upstream is [2]). "
                        + "Local rule: ∂out/∂a = 1/b, ∂out/∂b = −a/b².");
    }

    @Test
    void aBroadcastInputShowsTheValuesThatMeetAtTheElement() {
        Node a = Node.constant(Tensor.of(new double[][] {{1, 2}, {3, 4}}));
        Node b = Node.of(Tensor.of(5.0, 0.0));                // b is broadcast down the two rows of a
        assertThatThrownBy(() -> a.div(b).sum().backwardCheckingFinite())
                .hasMessageStartingWith("backward: gate Div produced a non-finite gradient for input 1: "
                        + "downstream[1] = -Infinity (input 1 is [2]; inputs there: a = [2, 2] [[1.0, 2.0], "
                        + "[3.0, 4.0]] (broadcast, all of it), b = 0.0; upstream is [2, 2]).");
        Node c = Node.of(Tensor.of(new double[][] {{1, 2}, {3, 4}}));
        assertThatThrownBy(() -> c.div(b).sum().backwardCheckingFinite())
                .hasMessageStartingWith("backward: gate Div produced a non-finite gradient for input 0: "
                        + "downstream[0, 1] = Infinity (input 0 is [2, 2]; inputs there: a = 2.0, b = 0.0; "
                        + "upstream is [2, 2]).");
    }

    @Test
    void aGateThatIsNotARecordNamesItsInputsByNumber() {
        Node x = Node.of(Tensor.of(1.0, 2.0));
        assertThatThrownBy(() -> Node.from(new Unnamed(x)).sum().backwardCheckingFinite())
                .hasMessageStartingWith("backward: gate Unnamed produced a non-finite gradient for input 0: "
                        + "downstream[0] = NaN (input 0 is [2]; input there: input 0 = 1.0; upstream is [2]).");
    }

    /** A gate that is a plain class, not a record: its inputs have numbers, not names. */
    static final class Unnamed implements Gate {
        private final Node x;

        Unnamed(Node x) {
            this.x = x;
        }

        @Override
        public List<Node> inputs() {
            return List.of(x);
        }

        @Override
        public Tensor forward() {
            return x.value();
        }

        @Override
        public List<Tensor> backward(Tensor upstream, Tensor out) {
            return List.of(Tensor.of(Double.NaN, 0));
        }

        @Override
        public String local() {
            return "?";
        }
    }

    @Test
    void aNaNAlreadyInTheForwardPassIsTracedToTheGateThatMadeIt() {
        Node x = Node.scalar(-1.0).named("x");
        Node y = Node.scalar(2.0).named("y");
        Node loss = x.log().mul(y);                    // ln(−1) = NaN: every gradient is NaN from the start
        assertThatThrownBy(loss::backwardCheckingFinite)
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("backward: gate Log produced a NaN in the forward pass: out[] = NaN (out is []; "
                        + "input there: x = -1.0), so every gradient through it would be NaN. Local rule: "
                        + "∂out/∂x = 1/x. Usual causes: log or sqrt of a negative number, 0/0, ∞ − ∞.");
    }

    @Test
    void aNaNInTheDataIsNamedBeforeAnyGate() {
        Node w = Node.of(Tensor.of(1.0, 2.0));
        Node data = Node.constant(Tensor.of(3.0, Double.NaN));
        assertThatThrownBy(() -> w.mul(data).sum().backwardCheckingFinite())
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("backward: a constant [2] holds a NaN at [1] before any gate ran; every gradient "
                        + "through it would be NaN. Check the data and the initial values first.");
    }

    @Test
    void aMinusInfinityMaskIsNotANaN() {
        Node logits = Node.of(Tensor.of(new double[][] {{Double.NEGATIVE_INFINITY, 0, 1}}));
        Node.crossEntropy(logits, new int[] {2}).backwardCheckingFinite();
        assertThat(logits.grad().get(0, 0)).isEqualTo(0.0);
    }

    @Test
    void aFiniteGraphPasses() {
        Node x = Node.of(Tensor.of(0.5, 1.0));
        assertThatCode(() -> x.log().exp().sqrt().sum().backwardCheckingFinite()).doesNotThrowAnyException();
        // sqrt(exp(log x)) = √x, so the gradient is 1/(2√x): 1/√2 at 0.5 and 1/2 at 1
        assertThat(x.grad().allClose(Tensor.of(1 / Math.sqrt(2), 0.5), 1e-12, 1e-12)).isTrue();
    }

    @Test
    void reluLetsANaNThroughInsteadOfHidingIt() {
        assertThat(Node.scalar(Double.NaN).relu().item()).isNaN();
        assertThat(Node.scalar(-0.0).relu().item()).isEqualTo(0.0);
    }

    /** A gate returning a too-large, NaN-holding gradient: the shape error must win, not an index error. */
    record WrongShapeNaN(Node x) implements Gate {
        @Override
        public List<Node> inputs() {
            return List.of(x);
        }

        @Override
        public Tensor forward() {
            return x.value();
        }

        @Override
        public List<Tensor> backward(Tensor upstream, Tensor out) {
            return List.of(Tensor.of(0, 0, Double.NaN));
        }

        @Override
        public String local() {
            return "?";
        }
    }

    @Test
    void aWrongShapeIsReportedBeforeItsValuesAreChecked() {
        Node x = Node.of(Tensor.of(1, 2));
        assertThatThrownBy(() -> Node.from(new WrongShapeNaN(x)).sum().backwardCheckingFinite())
                .isInstanceOf(ShapeException.class)
                .hasMessageStartingWith("backward: gate WrongShapeNaN returned a downstream gradient of shape [3] "
                        + "for input 0, whose value is [2];");
    }
}
