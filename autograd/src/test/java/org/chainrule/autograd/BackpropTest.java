package org.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

/** The engine's semantics, pinned: accumulation, constants, errors, deep and wide graphs. */
class BackpropTest {

    @Test
    void leavesAccumulateButInnerNodesStartAfreshOnEveryPass() {
        Node a = Node.scalar(1.0);
        Node b = a.add(a);
        Node c = b.add(b);
        c.backward();
        assertThat(a.grad().item()).as("dc/da").isEqualTo(4.0);
        assertThat(b.grad().item()).as("dc/db").isEqualTo(2.0);
        c.backward();
        assertThat(a.grad().item()).as("a accumulates over two passes").isEqualTo(8.0);
        assertThat(b.grad().item()).as("b is not double-counted").isEqualTo(2.0);
        assertThat(c.grad().item()).isEqualTo(1.0);
    }

    @Test
    void constantsGetNoGradient() {
        Node w = Node.of(Tensor.of(2, 3));
        Node x = Node.constant(Tensor.of(5, 7));
        w.mul(x).sum().backward();
        assertThat(w.grad()).isEqualTo(Tensor.of(5, 7));
        assertThat(x.hasGrad()).isFalse();
        assertThat(x.requiresGrad()).isFalse();
        assertThat(x.grad()).isEqualTo(Tensor.zeros(2));
    }

    @Test
    void zeroGradForgetsTheGradient() {
        Node w = Node.scalar(3.0);
        w.mul(w).backward();
        assertThat(w.grad().item()).isEqualTo(6.0);
        w.zeroGrad();
        assertThat(w.hasGrad()).isFalse();
        assertThat(w.grad()).isEqualTo(Tensor.scalar(0));
        w.mul(w).backward();
        assertThat(w.grad().item()).isEqualTo(6.0);
    }

    @Test
    void aNodeWithoutGradientHasZerosOfItsShape() {
        Node w = Node.of(Tensor.zeros(2, 3));
        assertThat(w.hasGrad()).isFalse();
        assertThat(w.grad()).isEqualTo(Tensor.zeros(2, 3));
    }

    @Test
    void backwardOnANonScalarNeedsAnUpstream() {
        Node x = Node.of(Tensor.zeros(2, 3));
        assertThatThrownBy(() -> x.exp().backward())
                .isInstanceOf(ShapeException.class)
                .hasMessage("backward: the result is [2, 3], not a single number; backward() starts from "
                        + "upstream 1 only for a scalar. Reduce it first (e.g. loss.mean()) or pass "
                        + "backward(upstream) with shape [2, 3].");
    }

    @Test
    void anExplicitUpstreamMustHaveTheResultsShape() {
        Node x = Node.of(Tensor.zeros(2, 3));
        assertThatThrownBy(() -> x.exp().backward(Tensor.ones(3)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("backward: upstream is [3] but the result is [2, 3]; the upstream gradient has "
                        + "the result's shape.");
        Node y = x.exp();
        y.backward(Tensor.full(y.shape(), 2));
        assertThat(x.grad()).isEqualTo(Tensor.full(x.shape(), 2));
    }

    @Test
    void aGraphOfConstantsHasNothingToDifferentiate() {
        assertThatThrownBy(() -> Node.constant(2.0).mul(3.0).backward())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("backward: nothing in this graph needs a gradient: every leaf is a constant. "
                        + "Make parameters with Node.of(...), data with Node.constant(...).");
    }

    /** A gate that forgets to sum a broadcast gradient back: it returns the output's shape. */
    record Unsummed(Node x) implements Gate {
        @Override
        public List<Node> inputs() {
            return List.of(x);
        }

        @Override
        public Tensor forward() {
            return x.value().add(Tensor.zeros(2, 3));
        }

        @Override
        public List<Tensor> backward(Tensor upstream, Tensor out) {
            return List.of(upstream);
        }

        @Override
        public String local() {
            return "1";
        }
    }

    @Test
    void aDownstreamOfTheWrongShapeIsNamed() {
        Node x = Node.of(Tensor.of(1, 2, 3));
        assertThatThrownBy(() -> Node.from(new Unsummed(x)).sum().backward())
                .isInstanceOf(ShapeException.class)
                .hasMessage("backward: gate Unsummed returned a downstream gradient of shape [2, 3] for "
                        + "input 0, whose value is [3]; a gradient has its input's shape (sum a broadcast "
                        + "gradient back with sumTo).");
    }

    @Test
    void aChainOfOneHundredThousandNodesDoesNotOverflowTheStack() {
        int n = 100_000;
        double c = 1.00001;
        Node x = Node.scalar(1.0);
        Node y = x;
        for (int i = 0; i < n; i++) {
            y = y.mul(c);
        }
        y.backward();
        double expected = StrictMath.pow(c, n);           // (1.00001)^100000 ≈ e
        assertThat(y.item()).isCloseTo(expected, within(1e-9));
        assertThat(x.grad().item()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void aWideFanOutAddsEveryBranch() {
        int n = 10_000;
        Node x = Node.scalar(2.0);
        Node total = Node.constant(0.0);
        for (int i = 1; i <= n; i++) {
            total = total.add(x.mul(i));            // x feeds 10,000 gates: a copy gate 10,000 wide
        }
        total.backward();
        double sum = n * (n + 1) / 2.0;
        assertThat(total.item()).isEqualTo(2 * sum);
        assertThat(x.grad().item()).isEqualTo(sum);
    }
}
