package org.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.chainrule.core.Rng;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

/**
 * The numbers {@link Gate#localGradient} gives explain() must be the local gradient the gate's
 * backward really used: upstream × local = downstream, checked at every gate that gives them
 * (elementwise: {@code sumTo(upstream ⊙ L)}; matmul: {@code upstream·Bᵀ} and {@code Aᵀ·upstream}).
 */
class LocalGradientTest {
    private static final Rng RNG = Rng.seed(7);

    private static Tensor positive(int... dims) {
        return RNG.uniform(0.5, 2, dims);
    }

    private static Tensor any(int... dims) {
        return RNG.uniform(-2, 2, dims);
    }

    /** Runs {@code op} on fresh leaves, backward with a random upstream; checks every input. */
    private static void elementwise(Function<List<Node>, Node> op, Tensor... values) {
        List<Node> leaves = java.util.Arrays.stream(values).map(Node::of).toList();
        Node out = op.apply(leaves);
        Tensor upstream = any(out.shape().toArray());
        out.backward(upstream);
        for (int k = 0; k < leaves.size(); k++) {
            Tensor local = out.gate().localGradient(k, out.value());
            assertThat(local).as("%s input %d has local numbers", out.gate().name(), k).isNotNull();
            Tensor expected = upstream.mul(local).sumTo(leaves.get(k).shape());
            assertThat(out.downstream().get(k).allClose(expected, 1e-14, 1e-14))
                    .as("%s input %d: upstream ⊙ local = %s but downstream = %s", out.gate().name(), k,
                            expected, out.downstream().get(k)).isTrue();
        }
    }

    @Test
    void binaryGatesWithBroadcasting() {
        elementwise(in -> in.get(0).add(in.get(1)), any(2, 3), any(3));
        elementwise(in -> in.get(0).sub(in.get(1)), any(2, 3), any(2, 1));
        elementwise(in -> in.get(0).mul(in.get(1)), any(2, 3), any(3));
        elementwise(in -> in.get(0).div(in.get(1)), any(2, 3), positive(2, 1));
        elementwise(in -> in.get(0).maximum(in.get(1)), any(2, 3), any(2, 3));
    }

    @Test
    void unaryGates() {
        elementwise(in -> in.get(0).neg(), any(2, 3));
        elementwise(in -> in.get(0).pow(3), any(2, 3));
        elementwise(in -> in.get(0).pow(0), any(2));
        elementwise(in -> in.get(0).exp(), any(2, 3));
        elementwise(in -> in.get(0).log(), positive(2, 3));
        elementwise(in -> in.get(0).sqrt(), positive(2, 3));
        elementwise(in -> in.get(0).relu(), any(2, 3));
        elementwise(in -> in.get(0).sigmoid(), any(2, 3));
        elementwise(in -> in.get(0).tanh(), any(2, 3));
        elementwise(in -> in.get(0).broadcastTo(org.chainrule.core.Shape.of(4, 3)), any(3));
    }

    @Test
    void wholeTensorReductionsAndCrossEntropy() {
        elementwise(in -> in.get(0).sum(), any(2, 3));
        elementwise(in -> in.get(0).mean(), any(2, 3));
        elementwise(in -> Node.crossEntropy(in.get(0), new int[] {2, 0}), any(2, 3));
    }

    @Test
    void reductionsAlongAnAxisWeighEveryElement() {
        Node x = Node.of(any(2, 3));
        Node out = x.mean(1);
        out.backward(Tensor.of(1.0, 1.0));
        assertThat(out.gate().localGradient(0, out.value())).isEqualTo(Tensor.full(x.shape(), 1.0 / 3));
        assertThat(out.downstream().get(0)).isEqualTo(Tensor.full(x.shape(), 1.0 / 3));
        Node s = x.sum(0);
        s.backward(Tensor.of(1.0, 1.0, 1.0));
        assertThat(s.gate().localGradient(0, s.value())).isEqualTo(s.downstream().get(0));
    }

    @Test
    void matmulShowsTheMatricesTheUpstreamIsMultipliedWith() {
        Node a = Node.of(any(2, 3));
        Node b = Node.of(any(3, 4));
        Node out = a.matmul(b);
        Tensor upstream = any(2, 4);
        out.backward(upstream);
        Tensor localA = out.gate().localGradient(0, out.value());
        Tensor localB = out.gate().localGradient(1, out.value());
        assertThat(localA).isEqualTo(b.value().transpose());
        assertThat(localB).isEqualTo(a.value().transpose());
        assertThat(out.downstream().get(0)).isEqualTo(upstream.matmul(localA));
        assertThat(out.downstream().get(1)).isEqualTo(localB.matmul(upstream));
    }

    @Test
    void explainPrintsTheMatmulLocalNumbers() {
        Node a = Node.of(Tensor.of(new double[][] {{1, 2}})).named("a");
        Node b = Node.of(Tensor.of(new double[][] {{3}, {4}})).named("b");
        Node out = a.matmul(b).named("out");
        out.backward();
        assertThat(out.explain()).isEqualToNormalizingNewlines("""
                backward from out = [1, 1] [[11.0]]; upstream starts at 1 (∂result/∂result)
                out = MatMul(a, b)
                    upstream    [1, 1] [[1.0]]
                    local       ∂out/∂A = Bᵀ, multiplied on the right (upstream·Bᵀ); ∂out/∂B = Aᵀ, multiplied on the left (Aᵀ·upstream)
                                ∂out/∂a = [1, 2] [[3.0, 4.0]]
                                ∂out/∂b = [2, 1] [[1.0], [2.0]]
                    downstream  → a: [1, 2] [[3.0, 4.0]]
                    downstream  → b: [2, 1] [[1.0], [2.0]]
                leaves:
                  a        grad = [1, 2] [[3.0, 4.0]]
                  b        grad = [2, 1] [[1.0], [2.0]]""");
    }

    @Test
    void aGateOfOnesOwnShowsItsFormulaOnly() {
        Node x = Node.of(Tensor.of(1.0, 2.0)).named("x");
        Node y = Node.from(new NonFiniteTest.Unnamed(x)).named("y");
        Node s = y.mul(Node.constant(Tensor.of(0.0, 0.0))).sum().named("s");
        s.backward();
        assertThat(s.explain()).contains("y = Unnamed(x)\n    upstream    [2] [0.0, 0.0]\n    local       ?\n"
                + "    downstream  → x: [2] [NaN, 0.0]\n");
    }
}
