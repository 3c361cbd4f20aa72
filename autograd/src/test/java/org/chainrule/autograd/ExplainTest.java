package org.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

/** The explain() trace: upstream × local = downstream at every gate, pinned on small examples. */
class ExplainTest {

    @Test
    void theMulGateSwapsInTheTrace() {
        Node x = Node.scalar(-2.0).named("x");
        Node y = Node.scalar(3.0).named("y");
        Node z = x.mul(y).named("z");
        z.backward();
        assertThat(z.explain()).isEqualToNormalizingNewlines("""
                backward from z = [] -6.0; upstream starts at 1 (∂result/∂result)
                z = Mul(x, y)
                    upstream    [] 1.0
                    local       ∂out/∂a = b, ∂out/∂b = a (swap multiplier)
                                ∂z/∂x = [] 3.0
                                ∂z/∂y = [] -2.0
                    downstream  → x: [] 3.0
                    downstream  → y: [] -2.0
                leaves:
                  x        grad = [] 3.0
                  y        grad = [] -2.0""");
    }

    @Test
    void aChainShowsEveryGateFromTheResultBackToTheLeaves() {
        Node x = Node.scalar(-2.0).named("x");
        Node y = Node.scalar(5.0).named("y");
        Node z = Node.scalar(-4.0).named("z");
        Node q = x.add(y).named("q");
        Node f = q.mul(z).named("f");          // the classic f = (x + y)·z
        f.backward();
        assertThat(f.explain()).isEqualToNormalizingNewlines("""
                backward from f = [] -12.0; upstream starts at 1 (∂result/∂result)
                f = Mul(q, z)
                    upstream    [] 1.0
                    local       ∂out/∂a = b, ∂out/∂b = a (swap multiplier)
                                ∂f/∂q = [] -4.0
                                ∂f/∂z = [] 3.0
                    downstream  → q: [] -4.0
                    downstream  → z: [] 3.0
                q = Add(x, y)
                    upstream    [] -4.0
                    local       ∂out/∂a = 1, ∂out/∂b = 1 (distributor)
                                ∂q/∂x = [] 1.0
                                ∂q/∂y = [] 1.0
                    downstream  → x: [] -4.0
                    downstream  → y: [] -4.0
                leaves:
                  x        grad = [] -4.0
                  y        grad = [] -4.0
                  z        grad = [] 3.0""");
    }

    @Test
    void constantsAppearByValueAndGetNoDownstream() {
        Node w = Node.of(Tensor.of(1, 2)).named("w");
        Node out = w.mul(3.0).sum().named("out");
        out.backward();
        assertThat(out.explain()).contains("#2 = Mul(w, const [] 3.0)")
                .contains("    downstream  → w: [2] [3.0, 3.0]")
                .doesNotContain("→ #1");
    }

    @Test
    void theTraceShowsTheDownstreamActuallySentEvenAfterAnAssign() {
        Node w = Node.scalar(2.0).named("w");
        Node x = Node.scalar(3.0).named("x");
        Node z = w.mul(x).named("z");
        z.backward();
        w.assign(Tensor.scalar(10.0));             // an optimizer step: x's gradient would now be 10
        assertThat(z.explain()).isEqualToNormalizingNewlines("""
                backward from z = [] 6.0; upstream starts at 1 (∂result/∂result)
                z = Mul(w, x)
                    upstream    [] 1.0
                    local       ∂out/∂a = b, ∂out/∂b = a (swap multiplier)
                                (numbers not shown: w was assigned a new value after this pass)
                    downstream  → w: [] 3.0
                    downstream  → x: [] 2.0
                leaves:
                  w        grad = [] 3.0
                  x        grad = [] 2.0""");
    }

    @Test
    void aPassStoppedByANonFiniteGradientShowsWhatWasSentSoFar() {
        Node x = Node.of(Tensor.of(0.0, 1.0)).named("x");
        Node a = x.mul(1.0).named("a");
        Node s = a.log().add(a.mul(3.0)).sum().named("s");
        assertThatThrownBy(s::backwardCheckingFinite).isInstanceOf(ArithmeticException.class);
        assertThat(s.explain())
                .contains("    downstream  → a: [2] [3.0, 3.0]\n")                // from a·3, before Log
                .contains("    downstream  → a: [2] [Infinity, 1.0]\n")           // Log's, which stopped the pass
                .contains("a = Mul(x, const [] 1.0)\n    upstream    [2] [3.0, 3.0]\n")
                .contains("    downstream  → x: (none: backward stopped before this gate)\n");
    }

    @Test
    void beforeBackwardTheTraceSaysSo() {
        Node x = Node.scalar(1.0).named("x");
        assertThat(x.exp().explain()).endsWith("(no backward pass yet: call backward() first)");
    }

    @Test
    void largeTensorsShowOnlyTheirShape() {
        Node x = Node.of(Tensor.zeros(4, 4)).named("x");
        Node s = x.sum().named("s");
        s.backward();
        assertThat(s.explain()).contains("    downstream  → x: [4, 4]\n").contains("x        grad = [4, 4]");
    }

    @Test
    void anExplicitUpstreamIsNamedInTheHeader() {
        Node x = Node.of(Tensor.of(1, 2)).named("x");
        Node y = x.mul(2.0).named("y");
        y.backward(Tensor.of(0.5, -1));
        assertThat(y.explain()).startsWith(
                "backward from y = [2] [2.0, 4.0]; upstream starts at [2] [0.5, -1.0] (given to backward)");
    }
}
