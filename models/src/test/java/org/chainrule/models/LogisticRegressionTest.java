package org.chainrule.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintStream;
import org.chainrule.autograd.Node;
import org.chainrule.core.Rng;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.chainrule.models.data.Dataset;
import org.chainrule.models.data.Datasets;
import org.chainrule.models.loss.ExponentialLoss;
import org.chainrule.models.loss.HingeLoss;
import org.chainrule.models.loss.LogLoss;
import org.chainrule.models.loss.Loss;
import org.chainrule.models.metrics.ConfusionMatrix;
import org.chainrule.models.train.Trainer;
import org.chainrule.models.train.TrainingConfig;
import org.chainrule.testkit.TensorGen;
import org.chainrule.testkit.Theories;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    @Test
    void itPredictsOneFromProbabilityOneHalfUp() {
        // W = [[1], [0]], b = [0]: z = x0, so P(y = 1) = σ(x0); at x0 = 0 exactly 0.5 → class 1 (h ≥ 0.5).
        LogisticRegression m = new LogisticRegression(Tensor.of(new double[][] {{1}, {0}}), Tensor.of(0.0));
        Tensor x = Tensor.of(new double[][] {{-0.1, 5}, {0, 5}, {0.1, 5}});
        assertThat(m.predict(x)).containsExactly(0, 1, 1);
        assertThat(m.probabilities(x).toArray()[1]).isEqualTo(0.5);
    }

    @Test
    void itsParametersAreTheGivenStart() {
        LogisticRegression m = SeedReproductionTest.notesStart();
        assertThat(m.parameters()).extracting(Node::name).containsExactly("W", "b");
        assertThat(m.weights().value().toArray()).containsExactly(-0.10099822286611654, 0.6847899159537382);
        assertThat(m.bias().value().item()).isEqualTo(0.3841461274590695);
    }

    @Test
    void aSeededStartRepeats() {
        Tensor a = new LogisticRegression(2, Rng.seed(2020)).weights().value();
        Tensor b = new LogisticRegression(2, Rng.seed(2020)).weights().value();
        Tensor c = new LogisticRegression(2, Rng.seed(2021)).weights().value();
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void noLineSeparatesXor() {
        // Every linear model, whatever W and b, gets at most 3 of the 4 XOR points right.
        Dataset xor = Datasets.xor();
        Theories.qt().forAll(TensorGen.tensors(Shape.of(3), Values.between(-5, 5))).checkAssert(wb -> {
            double[] v = wb.toArray();
            LogisticRegression m = new LogisticRegression(Tensor.of(new double[][] {{v[0]}, {v[1]}}), Tensor.of(v[2]));
            assertThat(accuracy(m, xor)).isLessThanOrEqualTo(0.75);
        });
    }

    @Test
    void trainingOnXorCannotPassSeventyFivePercent() {
        Dataset xor = Datasets.xor();
        LogisticRegression m = new LogisticRegression(2, Rng.seed(2020));
        new Trainer(TrainingConfig.steps(2000, TrainingConfig.FULL_BATCH, 0.5, 0, 0))
                .printingTo(new PrintStream(PrintStream.nullOutputStream())).fit(m, xor);
        assertThat(accuracy(m, xor)).isLessThanOrEqualTo(0.75);
    }

    static double accuracy(Classifier m, Dataset data) {
        return ConfusionMatrix.accuracy(data.labels(), m.predict(data.features()));
    }

    @Test
    void theBoundaryNeedsTwoFeaturesAndASlope() {
        LogisticRegression three = new LogisticRegression(Tensor.zeros(3, 1), Tensor.zeros(1));
        assertThatThrownBy(three::decisionBoundary).isInstanceOf(IllegalStateException.class)
                .hasMessage("decisionBoundary: W is [3, 1]; a boundary line in the plane needs exactly 2 features (W [2, 1]).");
        LogisticRegression vertical = new LogisticRegression(Tensor.of(new double[][] {{2}, {0}}), Tensor.of(-4.0));
        assertThatThrownBy(vertical::decisionBoundary)
                .hasMessage("decisionBoundary: w1 is 0, so the boundary is the vertical line x = −b/w0 = 2.0 and has no slope.");
        LogisticRegression blind = new LogisticRegression(Tensor.zeros(2, 1), Tensor.of(1.0));
        assertThatThrownBy(blind::decisionBoundary).isInstanceOf(IllegalStateException.class)
                .hasMessage("decisionBoundary: w0 = w1 = 0; the model ignores both features, so there is no boundary "
                        + "line (every point gets the same P(y = 1)).");
    }

    @Test
    void theBoundaryIsMinusW0OverW1AndMinusBOverW1() {
        LogisticRegression m = new LogisticRegression(Tensor.of(new double[][] {{1}, {2}}), Tensor.of(-4.0));
        assertThat(m.decisionBoundary()).isEqualTo(new DecisionBoundary(-0.5, 2.0));
        assertThat(m.decisionBoundary().y(2)).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void labelsMustBeBinary() {
        LogisticRegression m = new LogisticRegression(Tensor.zeros(2, 1), Tensor.zeros(1));
        assertThatThrownBy(() -> m.loss(Node.constant(Tensor.zeros(2, 2)), new int[] {0, 2}))
                .hasMessage("logLoss: label 2 at position 1 is not a class index; with k = 2 classes a label is 0 to 1.");
        assertThatThrownBy(() -> new LogisticRegression(Tensor.zeros(2, 2), Tensor.zeros(1)))
                .hasMessage("LogisticRegression: W0 is [2, 2]; it must be [d, 1], one weight per feature in a single column.");
    }

    @Test
    void itTrainsOnTheLogLossFromTheLogitsByDefault() {
        LogisticRegression m = new LogisticRegression(Tensor.of(new double[][] {{40}, {0}}), Tensor.zeros(1));
        Node x = Node.constant(Tensor.of(new double[][] {{1, 0}, {-0.5, 2}}));
        int[] labels = {0, 1};
        assertThat(m.loss(x, labels).item()).isEqualTo(LogLoss.ofLogits(m.forward(x), labels).item());
        // z = 40 with label 0: the stable form costs 40, the floored probability form only −log(1e-7) ≈ 16.1.
        assertThat(m.loss(x, labels).item()).isGreaterThan(LogLoss.viaProbabilities(m.forward(x), labels).item() + 10);
    }

    @Test
    void itTakesTheLossItIsGiven() {
        Node x = Node.constant(Tensor.of(new double[][] {{1, 0}, {-0.5, 2}}));
        int[] labels = {0, 1};
        for (Loss loss : new Loss[] {HingeLoss::of, ExponentialLoss::of, LogLoss::viaProbabilities}) {
            LogisticRegression m = new LogisticRegression(Tensor.of(new double[][] {{0.3}, {-0.2}}), Tensor.of(0.1), loss);
            assertThat(m.loss(x, labels).item()).isEqualTo(loss.of(m.forward(x), labels).item());
        }
    }

    @Test
    void zeroFeaturesAreRefusedAsALayerRefusesThem() {
        String rule = "a layer needs at least one input and one output (W is [in, out] with in ≥ 1 and out ≥ 1).";
        assertThatThrownBy(() -> new LogisticRegression(0, Rng.seed(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Linear: W is [0, 1]; " + rule);
        assertThatThrownBy(() -> new LogisticRegression(Tensor.zeros(0, 1), Tensor.zeros(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Linear: W is [0, 1]; " + rule);
    }
}
