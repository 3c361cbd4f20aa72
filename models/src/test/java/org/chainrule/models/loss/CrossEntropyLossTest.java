package org.chainrule.models.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.generators.SourceDSL.integers;

import org.chainrule.autograd.GradCheck;
import org.chainrule.autograd.GradReport;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Labels;
import org.chainrule.testkit.TensorGen;
import org.chainrule.testkit.TensorPair;
import org.chainrule.testkit.Theories;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CrossEntropyLossTest {
    /** Target distributions [n, k], n in 1..4, k in 2..5 (rows of hundredths adding up to 1). */
    private static final Gen<Tensor> TARGETS = integers().between(1, 4)
            .zip(integers().between(2, 5), (n, k) -> new int[] {n, k})
            .flatMap(nk -> Labels.targets(nk[0], nk[1]));

    /** −(1/n) Σ t log t, with 0 log 0 = 0: the entropy of the targets, averaged over rows. */
    private static double entropy(Tensor t) {
        double[] v = t.toArray();
        double s = 0;
        for (double p : v) {
            s += p == 0 ? 0 : p * Math.log(p);
        }
        return -s / t.shape().dim(0);
    }

    @Test
    void equalDistributionsCostTheirEntropy() {
        Theories.qt().forAll(TARGETS).checkAssert(t -> {
            double ce = CrossEntropyLoss.ofProbabilities(Node.constant(t), t).item();
            assertThat(ce).isCloseTo(entropy(t), within(1e-12));
        });
    }

    @Test
    void equalOneHotDistributionsCostZero() {
        Tensor t = Tensor.of(new double[][] {{0, 1, 0}, {1, 0, 0}});
        assertThat(CrossEntropyLoss.ofProbabilities(Node.constant(t), t).item()).isZero();
    }

    @Test
    void oppositeDistributionsCostTheDocumentedClampNotInfinity() {
        Tensor p = Tensor.of(new double[][] {{1, 0}});
        Tensor t = Tensor.of(new double[][] {{0, 1}});
        double ce = CrossEntropyLoss.ofProbabilities(Node.constant(p), t).item();
        assertThat(ce).isEqualTo(-Math.log(CrossEntropyLoss.PROBABILITY_FLOOR)).isCloseTo(16.118095650958319, within(1e-12));
    }

    @Test
    void crossEntropyIsNeverBelowTheEntropy() {
        // Gibbs' inequality: any other p costs at least as much as the truth itself.
        Theories.qt().forAll(TARGETS.flatMap(t -> Labels.targets(t.shape().dim(0), t.shape().dim(1))
                .map(p -> new TensorPair(p, t)))).checkAssert(pt -> {
                    double ce = CrossEntropyLoss.ofProbabilities(Node.constant(pt.a()), pt.b()).item();
                    assertThat(ce).isGreaterThanOrEqualTo(entropy(pt.b()) - 1e-12);
                });
    }

    @Test
    void fromLogitsEqualsFromTheirSoftmax() {
        Theories.qt().forAll(Labels.withTargets(4, 5, Values.between(-5, 5))).checkAssert(zt -> {
            Node z = Node.constant(zt.a());
            double fused = CrossEntropyLoss.ofLogits(z, zt.b()).item();
            double textbook = CrossEntropyLoss.ofProbabilities(z.softmax(1), zt.b()).item();
            assertThat(fused).isCloseTo(textbook, within(1e-12));
        });
    }

    @Test
    void labelsAreOneHotTargets() {
        Tensor z = Tensor.of(new double[][] {{1, 2, 3}, {0, 0, 5}});
        double withLabels = CrossEntropyLoss.ofLogits(Node.constant(z), new int[] {2, 0}).item();
        double withTargets = CrossEntropyLoss.ofLogits(Node.constant(z), Tensor.of(new double[][] {{0, 0, 1}, {1, 0, 0}})).item();
        // By hand: the loss of a row is logsumexp(z) − z_label; row 0's label is 2, row 1's is 0.
        double byHand = ((Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)) - 3) + (Math.log(2 + Math.exp(5)) - 0)) / 2;
        assertThat(withLabels).isEqualTo(withTargets).isCloseTo(byHand, within(1e-12));
    }

    @Test
    void theGradientOnProbabilitiesMatchesCentralDifferences() {
        Gen<TensorPair> pt = TARGETS.flatMap(t -> TensorGen
                .tensors(t.shape(), Values.between(0.05, 1)).map(p -> new TensorPair(p, t)));
        Theories.qt().forAll(pt).checkAssert(c -> {
            GradReport r = GradCheck.check(in -> CrossEntropyLoss.ofProbabilities(in.get(0), c.b()), c.a());
            assertThat(r.passed()).as("%s", r).isTrue();
            assertThat(r.kinks()).isEmpty();
        });
    }

    @Test
    void theGradientOnLogitsMatchesCentralDifferences() {
        Theories.qt().forAll(Labels.withLogits(4, 5, Values.between(-5, 5))).checkAssert(c -> {
            GradReport r = GradCheck.check(in -> CrossEntropyLoss.ofLogits(in.get(0), c.labels()), c.logits());
            assertThat(r.passed()).as("%s", r).isTrue();
        });
        Theories.qt().forAll(Labels.withTargets(4, 5, Values.between(-5, 5))).checkAssert(c -> {
            GradReport r = GradCheck.check(in -> CrossEntropyLoss.ofLogits(in.get(0), c.b()), c.a());
            assertThat(r.passed()).as("%s", r).isTrue();
        });
    }

    @Test
    void shapesMustMatch() {
        assertThatThrownBy(() -> CrossEntropyLoss.ofProbabilities(Node.constant(Tensor.zeros(2, 3)), Tensor.zeros(3, 2)))
                .hasMessage("crossEntropy: probabilities are [2, 3] and targets are [3, 2]; both must be [n, k]: "
                        + "n rows of k class probabilities.");
    }
}
