package org.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chainrule.testkit.Theories.qt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chainrule.core.Rng;
import org.chainrule.core.Shape;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Shapes;
import org.chainrule.testkit.TensorGen;
import org.chainrule.testkit.TensorPair;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * A traced graph replays the eager graph bit for bit — on random graphs of every gate, with new
 * inputs and new parameter values — and refuses, with the reason, what a static graph cannot do.
 */
class StaticGraphTest {
    private static final int OPS = 20;

    /** Two parameters, two values of the input (of a's shape), a's second value, and the gates to apply. */
    record Recipe(Tensor a, Tensor b, Tensor x1, Tensor x2, Tensor a2, List<Integer> ops) {
        @Override
        public String toString() {
            return "a = " + TensorGen.describe(a) + ", b = " + TensorGen.describe(b) + ", x1 = "
                    + TensorGen.describe(x1) + ", x2 = " + TensorGen.describe(x2) + ", ops " + ops;
        }
    }

    private static Gen<Recipe> recipes() {
        Gen<Double> values = Values.between(-2, 2);
        Gen<TensorPair> params = TensorGen.pairs(Shapes.broadcastPairs(3, 3), values);
        Gen<List<Integer>> ops = SourceDSL.lists().of(SourceDSL.integers().between(0, 10 * OPS - 1))
                .ofSizeBetween(1, 7);
        Gen<Recipe> gen = in -> {
            TensorPair p = params.generate(in);
            Gen<Tensor> likeA = TensorGen.tensors(p.a().shape(), values);
            return new Recipe(p.a(), p.b(), likeA.generate(in), likeA.generate(in), likeA.generate(in),
                    ops.generate(in));
        };
        return gen.describedAs(Recipe::toString);
    }

    /**
     * A graph from a list of codes: each code applies one gate to the last node (and, for a
     * binary gate, to an earlier node, so that nodes fan out); the result is a scalar.
     */
    static Node build(List<Integer> ops, Node a, Node b, Node x) {
        List<Node> nodes = new ArrayList<>(List.of(a, b, x));
        for (int code : ops) {
            Node last = nodes.get(nodes.size() - 1);
            Node other = nodes.get(code / OPS % nodes.size());
            nodes.add(switch (code % OPS) {
                case 0 -> last.add(other);
                case 1 -> last.sub(other);
                case 2 -> last.mul(other);
                case 3 -> last.div(other.mul(other).add(0.5));
                case 4 -> last.maximum(other);
                case 5 -> last.neg();
                case 6 -> last.tanh().exp();
                case 7 -> last.sigmoid().log();
                case 8 -> last.mul(last).add(1).sqrt();
                case 9 -> last.relu();
                case 10 -> last.tanh();
                case 11 -> last.pow(2);
                case 12 -> last.pow(3).sub(other.pow(0));
                case 13 -> last.shape().rank() == 0 ? last.exp() : last.softmax(-1);
                case 14 -> last.shape().rank() == 0 ? last.sigmoid() : last.logSoftmax(-1);
                case 15 -> last.sum().mul(other);
                case 16 -> last.mean().add(other);
                case 17 -> last.reshape(-1).reshape(last.shape().toArray());
                case 18 -> last.broadcastTo(last.add(other).shape());
                default -> {
                    Node row = last.reshape(1, -1);
                    yield row.matmul(row.transpose().tanh());
                }
            });
        }
        return nodes.get(nodes.size() - 1).sum().add(a.mean());
    }

    @Test
    void randomGraphsReplayBitForBitWithNewInputsAndNewParameterValues() {
        qt().forAll(recipes()).checkAssert(r -> {
            Node a = Node.of(r.a()).named("a");
            Node b = Node.of(r.b()).named("b");
            StaticGraph graph = StaticGraph.trace(x -> build(r.ops(), a, b, x), r.x1());
            for (int round = 0; round < 3; round++) {
                Tensor x = round == 1 ? r.x2() : r.x1();
                if (round == 2) {
                    a.assign(r.a2());               // an optimizer's assign: the replay reads the new value
                }
                graph.forward(x);
                graph.backward();
                a.zeroGrad();
                b.zeroGrad();
                Node eager = build(r.ops(), a, b, Node.constant(x));
                eager.backward();
                assertThat(graph.value()).as("value, round %d", round).isEqualTo(eager.value());
                for (Node p : graph.parameters()) {
                    assertThat(graph.grad(p)).as("∂/∂%s, round %d", p.name(), round).isEqualTo(p.grad());
                }
            }
        });
    }

    @Test
    void everyBuiltInOperationOfTheRecipesIsReached() {
        // the recipe codes reach all 20 operations, each on its own step kind or through GateStep
        Node a = Node.of(Tensor.of(new double[][] {{0.3, -0.7}, {1.1, 0.2}}));
        Node b = Node.of(Tensor.of(0.4, -0.9));
        List<Integer> every = new ArrayList<>();
        for (int code = 0; code < OPS; code++) {
            every.add(code + OPS);
        }
        StaticGraph graph = StaticGraph.trace(x -> build(every, a, b, x), Tensor.of(new double[][] {{1, 2}, {3, 4}}));
        String tape = graph.toString();
        for (String step : List.of("BinaryStep", "UnaryStep", "ReduceStep", "MoveStep", "MatMulStep", "GateStep")) {
            assertThat(tape).contains(step);
        }
    }

    /** A two-layer network with cross-entropy whose targets are an input: the labels change every replay. */
    @Test
    void aSmallNetworkTrainsTheSameEagerlyAndTraced() {
        Rng rng = Rng.seed(7);
        Tensor w1 = rng.normal(0, 1, 4, 8);
        Tensor w2 = rng.normal(0, 1, 8, 3);
        List<Tensor> xs = new ArrayList<>();
        List<Tensor> ts = new ArrayList<>();
        for (int step = 0; step < 12; step++) {
            xs.add(rng.normal(0, 1, 5, 4));
            double[] hot = new double[15];
            for (int i = 0; i < 5; i++) {
                hot[i * 3 + (step + i) % 3] = 1;
            }
            ts.add(Tensor.of(Shape.of(5, 3), hot));
        }
        List<Node> eager = List.of(Node.of(w1), Node.of(Tensor.zeros(8)), Node.of(w2), Node.of(Tensor.zeros(3)));
        List<Node> traced = List.of(Node.of(w1), Node.of(Tensor.zeros(8)), Node.of(w2), Node.of(Tensor.zeros(3)));
        StaticGraph graph = StaticGraph.trace((x, t) -> network(traced, x, t), xs.get(0), ts.get(0));
        double lr = 0.1;
        for (int step = 0; step < xs.size(); step++) {
            for (Node p : eager) {
                p.zeroGrad();
            }
            Node loss = network(eager, Node.constant(xs.get(step)), Node.constant(ts.get(step)));
            loss.backward();
            for (Node p : eager) {
                p.assign(p.value().sub(p.grad().mul(lr)));
            }
            double cost = graph.forward(xs.get(step), ts.get(step));
            graph.backward();
            graph.update((p, w, g) -> {
                for (int i = 0; i < w.length; i++) {
                    w[i] = w[i] - g[i] * lr;
                }
            });
            assertThat(cost).as("loss at step %d", step).isEqualTo(loss.item());
        }
        graph.syncParameters();
        for (int i = 0; i < eager.size(); i++) {
            assertThat(traced.get(i).value()).as("parameter %d", i).isEqualTo(eager.get(i).value());
        }
    }

    private static Node network(List<Node> p, Node x, Node targets) {
        Node hidden = x.matmul(p.get(0)).add(p.get(1)).relu();
        return Node.crossEntropy(hidden.matmul(p.get(2)).add(p.get(3)), targets.value());
    }

    /**
     * Products of many shapes with both inputs needing a gradient, so that each backward product is
     * computed as written for some shapes and turned round for others (whichever copies less, see
     * {@link MatMulStep}): the same bits as the eager graph either way.
     */
    @Test
    void productsOfEveryOrientationReplayBitForBit() {
        Rng rng = Rng.seed(11);
        int[] sizes = {1, 5, 15, 16, 17, 40};
        for (int m : sizes) {
            for (int k : sizes) {
                for (int n : sizes) {
                    Node a = Node.of(rng.normal(0, 1, m, k));
                    Node b = Node.of(rng.normal(0, 1, k, n));
                    Tensor weights = rng.normal(0, 1, m, n);
                    StaticGraph graph = StaticGraph.trace(c -> a.matmul(b).tanh().mul(c).sum(), weights);
                    graph.forward(weights);
                    graph.backward();
                    a.zeroGrad();
                    b.zeroGrad();
                    Node eager = a.matmul(b).tanh().mul(Node.constant(weights)).sum();
                    eager.backward();
                    String shapes = "[" + m + ", " + k + "]·[" + k + ", " + n + "]";
                    assertThat(graph.value()).as("value of %s", shapes).isEqualTo(eager.value());
                    assertThat(graph.grad(a)).as("gradA of %s", shapes).isEqualTo(a.grad());
                    assertThat(graph.grad(b)).as("gradB of %s", shapes).isEqualTo(b.grad());
                }
            }
        }
    }

    /**
     * Every way an input is broadcast — a scalar, a bias row (both stretched by whole rows), a
     * column (element by element) — under each binary gate, with a gradient for every input.
     */
    @Test
    void broadcastInputsReplayBitForBitUnderEveryBinaryGate() {
        Rng rng = Rng.seed(12);
        Node row = Node.of(rng.normal(0, 1, 5)).named("row");
        Node column = Node.of(rng.normal(0, 1, 4, 1)).named("column");
        Node scalar = Node.of(rng.normal(0, 1)).named("scalar");
        Tensor x = rng.normal(0, 1, 4, 5);
        for (int op = 0; op < 5; op++) {
            int gate = op;
            java.util.function.Function<Node, Node> f = in -> {
                Node sum = in;
                for (Node p : List.of(row, column, scalar)) {
                    Node positive = p.mul(p).add(0.5);
                    sum = switch (gate) {
                        case 0 -> sum.add(p);
                        case 1 -> p.sub(sum);
                        case 2 -> sum.mul(p);
                        case 3 -> sum.div(positive).add(positive.div(sum.mul(sum).add(1)));
                        default -> sum.maximum(p).add(p.maximum(sum.neg()));
                    };
                }
                return sum.tanh().sum();
            };
            StaticGraph graph = StaticGraph.trace(f, x);
            graph.forward(x);
            graph.backward();
            for (Node p : List.of(row, column, scalar)) {
                p.zeroGrad();
            }
            Node eager = f.apply(Node.constant(x));
            eager.backward();
            assertThat(graph.value()).as("value, gate %d", gate).isEqualTo(eager.value());
            for (Node p : List.of(row, column, scalar)) {
                assertThat(graph.grad(p)).as("∂/∂%s, gate %d", p.name(), gate).isEqualTo(p.grad());
            }
        }
    }

    @Test
    void syncParametersLeavesWhatAnEagerStepLeaves() {
        Node w = Node.of(Tensor.of(1.0, 2.0)).named("w");
        StaticGraph graph = StaticGraph.trace(x -> x.mul(w).pow(2).sum(), Tensor.of(3.0, -1.0));
        graph.forward(Tensor.of(3.0, -1.0));
        graph.backward();
        graph.update((p, value, g) -> value[0] = 10);
        assertThat(w.value()).isEqualTo(Tensor.of(1.0, 2.0));          // the node waits for the sync
        graph.syncParameters();
        assertThat(w.value()).isEqualTo(Tensor.of(10.0, 2.0));
        assertThat(w.grad()).isEqualTo(Tensor.of(18.0, 4.0));           // 2·(x·w)·x at the old w
        assertThat(graph.parameters()).containsExactly(w);
    }

    // ---------------------------------------------------------------- what a static graph cannot do

    @Test
    void aReplayWithAnotherShapeIsRefusedWithTheTracedShape() {
        Node w = Node.of(Tensor.of(new double[][] {{1}, {2}}));
        StaticGraph graph = StaticGraph.trace(x -> x.matmul(w).sum(), Tensor.zeros(6, 2));
        assertThatThrownBy(() -> graph.forward(Tensor.zeros(5, 2)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("StaticGraph.forward: input 0 is [5, 2] but the graph was traced with [6, 2]; a static "
                        + "graph allocates its buffers for the traced shapes and cannot change them. Trace a second "
                        + "graph for [5, 2] (as for a smaller last minibatch), or run this one eagerly with Node.");
        assertThatThrownBy(() -> graph.forward(Tensor.zeros(6, 2), Tensor.zeros(6)))
                .hasMessageContaining("2 inputs given, the graph was traced with 1 ([6, 2])");
    }

    @Test
    void anIfOnValuesIsCaughtWhenTheReplayTakesTheOtherBranch() {
        Node w = Node.of(Tensor.of(1.0, 1.0)).named("w");
        StaticGraph graph = StaticGraph.trace(
                x -> x.sum().item() > 0 ? x.mul(w).sum() : x.neg().mul(w).sum(), Tensor.of(1.0, 2.0));
        graph.forward(Tensor.of(3.0, 4.0));                 // replay 1, same branch: fine
        assertThatThrownBy(() -> graph.forward(Tensor.of(-3.0, -4.0)))     // replay 2 is checked
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the traced function took another path for these inputs: node 1 of the trace "
                        + "is leaf w [2], this call made gate Neg [2]")
                .hasMessageContaining("inflexible but fast");
    }

    @Test
    void theCheckRunsOnReplaysOneTwoFourEight() {
        Node w = Node.of(Tensor.of(1.0));
        int[] calls = {0};
        StaticGraph graph = StaticGraph.trace(x -> {
            calls[0]++;
            return x.mul(w).sum();
        }, Tensor.of(1.0));
        List<Integer> checked = new ArrayList<>();
        for (int replay = 1; replay <= 9; replay++) {
            int before = calls[0];
            graph.forward(Tensor.of(replay));
            if (calls[0] > before) {
                checked.add(replay);
            }
        }
        assertThat(checked).containsExactly(1, 2, 4, 8);
        graph.checkPaths(false);
        for (int replay = 10; replay <= 16; replay++) {
            graph.forward(Tensor.of(replay));
        }
        assertThat(calls[0]).isEqualTo(1 + 4);
    }

    @Test
    void dataCapturedByTheFunctionInsteadOfPassedAsAnInputIsCaughtWhenItChanges() {
        Node w = Node.of(Tensor.of(0.5, 0.5));
        Tensor[] labels = {Tensor.of(1.0, 0.0)};
        StaticGraph graph = StaticGraph.trace(x -> x.mul(w).sub(Node.constant(labels[0])).pow(2).sum(),
                Tensor.of(1.0, 2.0));
        labels[0] = Tensor.of(0.0, 1.0);
        assertThatThrownBy(() -> graph.forward(Tensor.of(1.0, 2.0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the trace baked the constant [2] = ")
                .hasMessageContaining("Pass it to trace(...) as an input");
    }

    @Test
    void backwardNeedsAScalarResultAndAParameter() {
        Node w = Node.of(Tensor.of(1.0, 2.0));
        StaticGraph vector = StaticGraph.trace(x -> x.mul(w), Tensor.of(1.0, 1.0));
        vector.forward(Tensor.of(2.0, 3.0));
        assertThat(vector.value()).isEqualTo(Tensor.of(2.0, 6.0));
        assertThatThrownBy(vector::backward).hasMessageContaining("the result is [2], not a single number");
        StaticGraph constant = StaticGraph.trace(x -> x.mul(2).sum(), Tensor.of(1.0));
        assertThatThrownBy(constant::backward).hasMessageContaining("nothing in this graph needs a gradient");
        assertThatThrownBy(() -> vector.grad(Node.of(Tensor.of(1.0))))
                .hasMessageContaining("is not a parameter of this graph");
    }

    @Test
    void theTapeListsTheGatesInForwardOrder() {
        Node w = Node.of(Tensor.of(new double[][] {{1}, {2}})).named("W");
        StaticGraph graph = StaticGraph.trace(x -> x.matmul(w).sigmoid().mean(), Tensor.zeros(6, 2));
        assertThat(graph.toString().lines().map(String::strip).toList()).containsExactly(
                "StaticGraph(3 steps, 1 parameters, 1 inputs)",
                "MatMul [6, 1]  [MatMulStep]",
                "Sigmoid [6, 1]  [UnaryStep]",
                "Mean []  [ReduceStep]");
        assertThat(Arrays.asList(graph.forward(Tensor.zeros(6, 2)))).containsExactly(0.5);
    }
}
