package org.chainrule.exercises.twolayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.core.Rng;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Points;
import org.chainrule.testkit.TensorGen;
import org.chainrule.testkit.Theories;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * E10's public tests: the forward pass and every gradient against the same network built with
 * {@code Node} (autograd, used here in the test only) and against central differences; an exact
 * example; one SGD step; XOR solved from the handout's seed.
 */
class TwoLayerNetTest {
    /** The step of the central differences (see GradCheck: round-off and truncation both near 1e-10). */
    static final double H = 1e-6;
    /** Pass when |a − n| ≤ ATOL + RTOL·|n| (the course's gradient-check tolerances). */
    static final double ATOL = 1e-5;
    static final double RTOL = 1e-3;
    /** Autograd and the by-hand backward do the same sums in a different order: agreement to 1e-9. */
    static final double SAME_MATH = 1e-9;

    /** The handout's XOR set-up: seed, sizes, learning rate, steps. */
    static final long XOR_SEED = 2020;
    static final int XOR_HIDDEN = 8;
    static final double XOR_LEARNING_RATE = 0.5;
    static final int XOR_STEPS = 2000;

    static final String[] NAMES = {"W1", "b1", "W2", "b2"};

    /**
     * A batch and a network to evaluate it: x {@code [n, d]}, labels, W1 {@code [d, h]}, b1
     * {@code [h]}, W2 {@code [h, k]}, b2 {@code [k]}, with h larger than d and k, so that no
     * weight matrix is square and a transposed gradient shows in its shape.
     */
    record Case(Tensor x, int[] labels, Tensor[] params) {
        TwoLayerNet net() {
            return new TwoLayerNet(params[0], params[1], params[2], params[3]);
        }

        Case with(int param, Tensor value) {
            Tensor[] p = params.clone();
            p[param] = value;
            return new Case(x, labels, p);
        }

        @Override
        public String toString() {
            return "x = " + TensorGen.describe(x) + ", labels = " + Arrays.toString(labels) + ", W1 = "
                    + TensorGen.describe(params[0]) + ", b1 = " + TensorGen.describe(params[1]) + ", W2 = "
                    + TensorGen.describe(params[2]) + ", b2 = " + TensorGen.describe(params[3]);
        }
    }

    /** Cases with n in 1..4 rows, d in 1..3 features, k in 2..3 classes, h = max(d, k) + 1..3 hidden units. */
    static Gen<Case> cases(Gen<Double> values) {
        Gen<Integer> n = Generate.range(1, 4);
        Gen<Integer> d = Generate.range(1, 3);
        Gen<Integer> k = Generate.range(2, 3);
        Gen<Integer> extra = Generate.range(1, 3);
        Gen<Case> gen = in -> {
            int rows = n.generate(in);
            int features = d.generate(in);
            int classes = k.generate(in);
            int hidden = Math.max(features, classes) + extra.generate(in);
            return new Case(TensorGen.tensors(Shape.of(rows, features), values).generate(in),
                    org.chainrule.testkit.Labels.of(rows, classes).generate(in),
                    new Tensor[] {TensorGen.tensors(Shape.of(features, hidden), values).generate(in),
                        TensorGen.tensors(Shape.of(hidden), values).generate(in),
                        TensorGen.tensors(Shape.of(hidden, classes), values).generate(in),
                        TensorGen.tensors(Shape.of(classes), values).generate(in)});
        };
        return gen.describedAs(Case::toString);
    }

    static Gen<Case> cases() {
        return cases(Values.between(-2, 2));
    }

    @Test
    @Points(0.5)
    @DisplayName("scores = tanh(x·W1 + b1)·W2 + b2, as the same network built with Node computes them")
    void scoresMatchNode() {
        Theories.qt().forAll(cases()).checkAssert(c -> {
            Tensor expected = Reference.scores(c).value();
            Tensor got = c.net().scores(c.x());
            assertThat(got.allClose(expected, SAME_MATH, SAME_MATH)).as(block("scores", c,
                    TensorGen.describe(expected), TensorGen.describe(got))).isTrue();
        });
    }

    @Test
    @Points(1)
    @DisplayName("the loss is the mean softmax cross-entropy, as Node.crossEntropy computes it")
    void lossMatchesNode() {
        Theories.qt().forAll(cases()).checkAssert(c -> {
            double expected = Reference.loss(c).item();
            double got = c.net().gradients(c.x(), c.labels()).loss();
            assertThat(got).as(block("gradients", c, "loss " + expected, "loss " + got))
                    .isCloseTo(expected, within(SAME_MATH * Math.max(1, Math.abs(expected))));
        });
    }

    @Test
    @Points(1.5)
    @DisplayName("dW1 agrees with central differences of the loss (shape [d, h], never transposed)")
    void dW1MatchesCentralDifferences() {
        Theories.qt().forAll(cases()).checkAssert(c -> checkNumeric(c, 0));
    }

    @Test
    @Points(1)
    @DisplayName("db1 agrees with central differences of the loss (shape [h]: summed over the batch)")
    void db1MatchesCentralDifferences() {
        Theories.qt().forAll(cases()).checkAssert(c -> checkNumeric(c, 1));
    }

    @Test
    @Points(1.5)
    @DisplayName("dW2 agrees with central differences of the loss (shape [h, k], never transposed)")
    void dW2MatchesCentralDifferences() {
        Theories.qt().forAll(cases()).checkAssert(c -> checkNumeric(c, 2));
    }

    @Test
    @Points(1)
    @DisplayName("db2 agrees with central differences of the loss (shape [k]: summed over the batch)")
    void db2MatchesCentralDifferences() {
        Theories.qt().forAll(cases()).checkAssert(c -> checkNumeric(c, 3));
    }

    @Test
    @Points(1)
    @DisplayName("all four gradients equal the ones Node's backward() gives for the same network")
    void gradientsMatchNode() {
        Theories.qt().forAll(cases()).checkAssert(c -> {
            Gradients g = c.net().gradients(c.x(), c.labels());
            Tensor[] got = of(g);
            List<Node> leaves = Reference.leaves(c);
            Reference.loss(c.x(), c.labels(), leaves).backward();
            for (int p = 0; p < 4; p++) {
                checkShape(c, p, got[p]);
                Tensor expected = leaves.get(p).grad();
                assertThat(got[p].allClose(expected, SAME_MATH, SAME_MATH)).as(block("gradients", c,
                        "d" + NAMES[p] + " = " + TensorGen.describe(expected) + " (Node's backward)",
                        "d" + NAMES[p] + " = " + TensorGen.describe(got[p]))).isTrue();
            }
        });
    }

    @Test
    @Points(0.5)
    @DisplayName("an exact example: W1 = 0 and b2 = 0 make every probability 1/2, and every gradient a sum of powers of two")
    void exactExample() {
        Tensor x = Tensor.of(new double[][] {{1, 2}, {3, -1}, {0, 1}, {2, 3}});
        int[] labels = {0, 1, 1, 1};
        Tensor w2 = Tensor.of(new double[][] {{1, -1}, {2, 0}, {0.5, 1}});
        Case c = new Case(x, labels, new Tensor[] {Tensor.zeros(2, 3), Tensor.zeros(3), w2, Tensor.zeros(2)});
        Gradients g = c.net().gradients(x, labels);
        // Worked by hand in the handout: a1 = tanh(0) = 0, p = 1/2, ds = ±1/8 per row.
        Tensor[] expected = {
            Tensor.of(new double[][] {{1, 1, -0.25}, {0.25, 0.25, -0.0625}}),
            Tensor.of(0.5, 0.5, -0.125),
            Tensor.zeros(3, 2),
            Tensor.of(0.25, -0.25)};
        Tensor[] got = of(g);
        for (int p = 0; p < 4; p++) {
            checkShape(c, p, got[p]);
            assertThat(got[p].allClose(expected[p], 0, 0)).as(block("gradients", c, "d" + NAMES[p] + " = " + TensorGen.describe(expected[p])
                    + " exactly (every step is exact in floating point)", "d" + NAMES[p] + " = "
                    + TensorGen.describe(got[p]))).isTrue();
        }
        assertThat(g.loss()).as(block("gradients", c, "loss = log 2", "loss = " + g.loss()))
                .isCloseTo(Math.log(2), within(1e-15));
    }

    @Test
    @Points(0.5)
    @DisplayName("step moves every parameter against its gradient: θ − learningRate·∂loss/∂θ")
    void stepDescends() {
        Gen<Double> rates = Generate.pick(List.of(0.1, 0.5, 1.0));
        Gen<Tensor[]> steps = in -> {
            Case c = cases().generate(in);
            Tensor[] g = new Tensor[4];
            for (int p = 0; p < 4; p++) {
                g[p] = TensorGen.tensors(c.params()[p].shape(), Values.between(-2, 2)).generate(in);
            }
            return new Tensor[] {c.x(), c.params()[0], c.params()[1], c.params()[2], c.params()[3],
                g[0], g[1], g[2], g[3]};
        };
        Theories.qt().forAll(steps, rates).checkAssert((t, lr) -> {
            Case c = new Case(t[0], new int[t[0].shape().dim(0)], Arrays.copyOfRange(t, 1, 5));
            TwoLayerNet stepped = c.net().step(new Gradients(0, t[5], t[6], t[7], t[8]), lr);
            TwoLayerNet expected = new TwoLayerNet(t[1].sub(t[5].mul(lr)), t[2].sub(t[6].mul(lr)),
                    t[3].sub(t[7].mul(lr)), t[4].sub(t[8].mul(lr)));
            Tensor want = expected.scores(c.x());
            Tensor got = stepped.scores(c.x());
            assertThat(got.allClose(want, SAME_MATH, SAME_MATH)).as(block("step", c,
                    "the scores of the network θ − " + lr + "·g, " + TensorGen.describe(want)
                            + ", for g = dW1 " + TensorGen.describe(t[5]) + ", db1 " + TensorGen.describe(t[6])
                            + ", dW2 " + TensorGen.describe(t[7]) + ", db2 " + TensorGen.describe(t[8]),
                    TensorGen.describe(got))).isTrue();
        });
    }

    @Test
    @Points(1.5)
    @DisplayName("trained with SGD from the handout's seed (seed 2020, 8 tanh units, lr 0.5, 2000 steps) it solves XOR: accuracy 1.0")
    void solvesXor() {
        double accuracy = trainXor(XOR_SEED);
        assertThat(accuracy).as(String.format("E10 TwoLayerNet on XOR, x = [[0, 0], [0, 1], [1, 0], [1, 1]], "
                + "labels = [0, 1, 1, 0]%n  expected: accuracy 1.0 after %d steps of lr %s from Rng.seed(%d) "
                + "(W1 = rng.normal(0, 1, 2, %d), b1 = 0, W2 = rng.normal(0, 1, %d, 2), b2 = 0)%n  got:      "
                + "accuracy %s%n  replay:   the handout's training loop", XOR_STEPS, XOR_LEARNING_RATE, XOR_SEED,
                XOR_HIDDEN, XOR_HIDDEN, accuracy)).isEqualTo(1.0);
    }

    /** The handout's loop: initialise from the seed, full-batch SGD, then the share of rows classified right. */
    static double trainXor(long seed) {
        Tensor x = Tensor.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
        int[] labels = {0, 1, 1, 0};
        Rng rng = Rng.seed(seed);
        Tensor w1 = rng.normal(0, 1, 2, XOR_HIDDEN);
        Tensor w2 = rng.normal(0, 1, XOR_HIDDEN, 2);
        TwoLayerNet net = new TwoLayerNet(w1, Tensor.zeros(XOR_HIDDEN), w2, Tensor.zeros(2));
        for (int step = 0; step < XOR_STEPS; step++) {
            net = net.step(net.gradients(x, labels), XOR_LEARNING_RATE);
        }
        double[] predicted = net.scores(x).argmax(1).toArray();
        int right = 0;
        for (int i = 0; i < labels.length; i++) {
            right += predicted[i] == labels[i] ? 1 : 0;
        }
        return right / (double) labels.length;
    }

    /** Compares gradient {@code param} with central differences of the reference loss, element by element. */
    static void checkNumeric(Case c, int param) {
        Tensor got = of(c.net().gradients(c.x(), c.labels()))[param];
        checkShape(c, param, got);
        double[] values = c.params()[param].toArray();
        double[] a = got.toArray();
        for (int j = 0; j < values.length; j++) {
            double n = (lossAt(c, param, values, j, values[j] + H) - lossAt(c, param, values, j, values[j] - H))
                    / (2 * H);
            assertThat(Math.abs(a[j] - n) <= ATOL + RTOL * Math.abs(n)).as(block("gradients", c,
                    "d" + NAMES[param] + index(c.params()[param].shape(), j) + " = " + n
                            + " (central difference, h = " + H + ")",
                    "d" + NAMES[param] + index(c.params()[param].shape(), j) + " = " + a[j] + "; all of d"
                            + NAMES[param] + " = " + TensorGen.describe(got))).isTrue();
        }
    }

    private static double lossAt(Case c, int param, double[] values, int j, double v) {
        double[] moved = values.clone();
        moved[j] = v;
        return Reference.loss(c.with(param, Tensor.of(c.params()[param].shape(), moved))).item();
    }

    /** Fails, with a hint, when a gradient does not have its parameter's shape. */
    static void checkShape(Case c, int param, Tensor got) {
        Shape want = c.params()[param].shape();
        String name = NAMES[param];
        assertThat(got).as(block("gradients", c, "d" + name + " of shape " + want, "d" + name + " is null"))
                .isNotNull();
        String hint = "a gradient has the shape of its parameter";
        if (want.rank() == 2 && got.rank() == 2 && got.shape().dim(0) == want.dim(1) && got.shape().dim(1) == want.dim(0)) {
            hint = "d" + name + " is transposed: " + (param == 0 ? "dW1 = xᵀ·dz1 is [d, h]" : "dW2 = a1ᵀ·ds is [h, k]")
                    + ", like " + name;
        } else if (want.rank() == 1 && got.rank() == 2 && got.shape().dim(1) == want.dim(0)) {
            hint = "d" + name + " is not summed over the batch: " + name + " is added to every row, so its gradient "
                    + "is the sum of the rows of " + (param == 1 ? "dz1" : "ds") + " (axis 0), shape " + want;
        }
        assertThat(got.shape()).as(block("gradients", c, "d" + name + " of shape " + want + ", like " + name,
                "d" + name + " of shape " + got.shape() + " — " + hint)).isEqualTo(want);
    }

    static Tensor[] of(Gradients g) {
        return new Tensor[] {g.dW1(), g.db1(), g.dW2(), g.db2()};
    }

    /** {@code [i, j]} for flat index {@code flat} of {@code shape}. */
    static String index(Shape shape, int flat) {
        int[] dims = shape.toArray();
        int[] idx = new int[dims.length];
        for (int a = dims.length - 1; a >= 0; a--) {
            idx[a] = flat % dims[a];
            flat /= dims[a];
        }
        return Arrays.toString(idx);
    }

    /** The course's failure block: exercise and method, input, expected vs got, how to replay. */
    static String block(String method, Case c, String expected, String got) {
        return String.format("E10 TwoLayerNet.%s on %s%n  expected: %s%n  got:      %s%n  replay:   the inputs "
                + "above (property seed Theories.SEED = %d)", method, c, expected, got, Theories.SEED);
    }

    /** The same network built with Node (autograd): the reference for values and gradients. */
    static final class Reference {
        private Reference() {
        }

        static List<Node> leaves(Case c) {
            return Arrays.stream(c.params()).map(Node::of).toList();
        }

        static Node scores(Case c) {
            return scores(c.x(), leaves(c));
        }

        static Node scores(Tensor x, List<Node> p) {
            return Node.constant(x).matmul(p.get(0)).add(p.get(1)).tanh().matmul(p.get(2)).add(p.get(3));
        }

        static Node loss(Case c) {
            return loss(c.x(), c.labels(), leaves(c));
        }

        static Node loss(Tensor x, int[] labels, List<Node> p) {
            return Node.crossEntropy(scores(x, p), labels);
        }
    }
}
