package org.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.chainrule.autograd.Readout.weighted;
import static org.chainrule.testkit.Theories.qt;

import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Labels;
import org.chainrule.testkit.Shapes;
import org.chainrule.testkit.TensorGen;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Sigmoid, softmax, log-softmax and cross-entropy stay finite, forward and backward, for inputs up
 * to ±1e4 (where a naive {@code e^x} is infinite), and reach the right limits; pow has its
 * gradient at 0.
 */
class StabilityTest {
    private static final Gen<Double> HUGE = Values.between(-1e4, 1e4);

    private static void assertFinite(Tensor t) {
        for (double v : t.toArray()) {
            assertThat(Double.isFinite(v)).as("finite: %s", t).isTrue();
        }
    }

    @Test
    void powOfZeroAndOneHaveTheirGradientsAtZero() {
        Node x = Node.of(Tensor.of(0, 2, -3));
        x.pow(0).sum().backwardCheckingFinite();             // x^0 = 1 everywhere, so ∂/∂x = 0, even at 0
        assertThat(x.grad()).isEqualTo(Tensor.zeros(3));
        Node y = Node.of(Tensor.of(0, 2, -3));
        y.pow(1).sum().backwardCheckingFinite();             // 1·x^0 = 1, and 0^0 = 1
        assertThat(y.grad()).isEqualTo(Tensor.ones(3));
        Node z = Node.of(Tensor.of(0, 2, -3));
        z.pow(2).sum().backward();
        assertThat(z.grad()).isEqualTo(Tensor.of(0, 4, -6));
    }

    @Test
    void sigmoidReachesItsLimitsAndStaysFinite() {
        Node x = Node.of(Tensor.of(-1e4, 0, 1e4));
        Node s = x.sigmoid();
        assertThat(s.value()).isEqualTo(Tensor.of(0, 0.5, 1));
        weighted(s).backwardCheckingFinite();
        assertThat(x.grad().get(0)).isZero();
        assertThat(x.grad().get(2)).isZero();
    }

    @Test
    void softmaxOfHugeScoresIsAOneHot() {
        Node x = Node.of(Tensor.of(1e4, 0, -1e4));
        Node p = x.softmax(0);
        assertThat(p.value()).isEqualTo(Tensor.of(1, 0, 0));
        weighted(p).backwardCheckingFinite();
        assertFinite(x.grad());
    }

    @Test
    void logSoftmaxOfHugeScoresIsExact() {
        Node x = Node.of(Tensor.of(1e4, 0));
        Node out = x.logSoftmax(0);
        assertThat(out.value()).isEqualTo(Tensor.of(0, -1e4));
        weighted(out).backwardCheckingFinite();
        assertFinite(x.grad());
    }

    @Test
    void crossEntropyOfAConfidentWrongAnswerIsLargeButFinite() {
        Node logits = Node.of(Tensor.of(new double[][] {{1e4, -1e4}}));
        Node loss = Node.crossEntropy(logits, new int[] {1});
        assertThat(loss.item()).isEqualTo(2e4);                     // −log softmax = 1e4 − (−1e4)
        loss.backwardCheckingFinite();
        assertThat(logits.grad()).isEqualTo(Tensor.of(new double[][] {{1, -1}}));   // softmax − one-hot
    }

    @Test
    void everyStableGateIsFiniteForInputsUpToTenThousand() {
        qt().forAll(TensorGen.tensors(Shapes.shapes(1, 3, 4), HUGE)).checkAssert(v -> {
            for (int axis = 0; axis < v.rank(); axis++) {
                int a = axis;
                Node[] outs = {Node.of(v).sigmoid(), Node.of(v).softmax(a), Node.of(v).logSoftmax(a)};
                for (Node out : outs) {
                    assertFinite(out.value());
                    weighted(out).backwardCheckingFinite();       // throws, naming the gate, on NaN or ∞
                }
            }
        });
    }

    @Test
    void crossEntropyIsFiniteAndCorrectForHugeLogits() {
        qt().forAll(Labels.withLogits(4, 5, HUGE)).checkAssert(b -> {
            Node logits = Node.of(b.logits());
            Node loss = Node.crossEntropy(logits, b.labels());
            assertThat(Double.isFinite(loss.item())).isTrue();
            loss.backwardCheckingFinite();
            GradReport r = GradCheck.check(in -> Node.crossEntropy(in.get(0), b.labels()), b.logits());
            assertThat(r.passed()).as("%s", r).isTrue();
        });
        qt().forAll(Labels.withTargets(4, 5, HUGE)).checkAssert(p -> {
            Node loss = Node.crossEntropy(Node.of(p.a()), p.b());
            assertThat(Double.isFinite(loss.item())).isTrue();
            loss.backwardCheckingFinite();
        });
    }

    @Test
    void softmaxRowsSumToOneEvenForHugeScores() {
        qt().forAll(TensorGen.tensors(Shapes.matrices(4), HUGE)).checkAssert(v -> {
            for (double s : Node.of(v).softmax(1).value().sum(1).toArray()) {
                assertThat(s).isCloseTo(1.0, within(1e-12));
            }
        });
    }

    @Test
    void aMinusInfinityLogitOnAWrongClassCostsWhatPyTorchSays() {
        // PyTorch 1.13, float64: cross_entropy([[-inf, 0, 1]], [2]) = log(1 + e^-1) = 0.31326168751822286
        Node logits = Node.of(Tensor.of(new double[][] {{Double.NEGATIVE_INFINITY, 0, 1}}));
        Node loss = Node.crossEntropy(logits, new int[] {2});
        assertThat(loss.item()).isCloseTo(Math.log1p(Math.exp(-1)), within(1e-15));
        loss.backward();
        double p1 = Math.exp(-1) / (1 + Math.exp(-1));
        assertThat(logits.grad().allClose(Tensor.of(new double[][] {{0, p1, -p1}}), 1e-15, 1e-15)).isTrue();
    }

    @Test
    void logitsSoFarApartThatTheLoserUnderflowsCostZero() {
        Node logits = Node.of(Tensor.of(new double[][] {{1e308, -1e308}}));
        Node loss = Node.crossEntropy(logits, new int[] {0});
        assertThat(loss.item()).isEqualTo(0.0);
        loss.backward();
        assertThat(logits.grad()).isEqualTo(Tensor.of(new double[][] {{0, 0}}));
        assertThat(Node.crossEntropy(Node.of(Tensor.of(new double[][] {{1e308, -1e308}})),
                Tensor.of(new double[][] {{1, 0}})).item()).isEqualTo(0.0);
    }

    @Test
    void crossEntropyOfNoRowsIsRefused() {
        assertThatThrownBy(() -> Node.crossEntropy(Node.of(Tensor.zeros(0, 3)), new int[0]))
                .isInstanceOf(ShapeException.class)
                .hasMessage("crossEntropy: logits are [0, 3]: no rows; the mean cross-entropy of 0 rows is 0/0. "
                        + "Give at least one row.");
    }
}
