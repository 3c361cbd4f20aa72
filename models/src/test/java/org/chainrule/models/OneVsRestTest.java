package org.chainrule.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintStream;
import org.chainrule.autograd.Node;
import org.chainrule.core.Rng;
import org.chainrule.core.Tensor;
import org.chainrule.models.data.Dataset;
import org.chainrule.models.data.Datasets;
import org.chainrule.models.loss.HingeLoss;
import org.chainrule.models.loss.LogLoss;
import org.chainrule.models.train.Trainer;
import org.chainrule.models.train.TrainingConfig;
import org.junit.jupiter.api.Test;

class OneVsRestTest {
    private static final PrintStream SILENT = new PrintStream(PrintStream.nullOutputStream());

    @Test
    void columnJIsModelJsLogit() {
        OneVsRest ovr = new OneVsRest(2, 3, Rng.seed(1));
        Tensor x = Tensor.of(new double[][] {{1, 2}, {-3, 0.5}});
        Tensor scores = ovr.forward(Node.constant(x)).value();
        for (int j = 0; j < 3; j++) {
            Tensor zj = ovr.models().get(j).forward(Node.constant(x)).value();
            assertThat(scores.get(0, j)).isEqualTo(zj.get(0, 0));
            assertThat(scores.get(1, j)).isEqualTo(zj.get(1, 0));
        }
        assertThat(ovr.parameters()).extracting(Node::name).containsExactly("W_0", "b_0", "W_1", "b_1", "W_2", "b_2");
    }

    @Test
    void itLearnsSeparatedBlobs() {
        Dataset blobs = Datasets.blobs(60, 3, 0.5, Rng.seed(4));
        OneVsRest ovr = new OneVsRest(2, 3, Rng.seed(1));
        new Trainer(TrainingConfig.epochs(100, 16, 0.1, 0, 0)).printingTo(SILENT).fit(ovr, blobs);
        assertThat(LogisticRegressionTest.accuracy(ovr, blobs)).isEqualTo(1.0);
    }

    @Test
    void itsLossIsTheSumOfTheBinaryLogLossesFromTheLogits() {
        OneVsRest ovr = new OneVsRest(2, 3, Rng.seed(1));
        Node x = Node.constant(Tensor.of(new double[][] {{1, 2}, {-3, 0.5}}));
        int[] labels = {2, 0};
        double sum = 0;
        for (int j = 0; j < 3; j++) {
            int[] binary = {labels[0] == j ? 1 : 0, labels[1] == j ? 1 : 0};
            sum += LogLoss.ofLogits(ovr.models().get(j).forward(x), binary).item();
        }
        assertThat(ovr.loss(x, labels).item()).isEqualTo(sum);
    }

    @Test
    void itTakesAnotherBinaryLoss() {
        OneVsRest ovr = new OneVsRest(2, 3, Rng.seed(1), HingeLoss::of);
        Node x = Node.constant(Tensor.of(new double[][] {{1, 2}, {-3, 0.5}}));
        double sum = 0;
        for (int j = 0; j < 3; j++) {
            sum += HingeLoss.of(ovr.models().get(j).forward(x), new int[] {j == 2 ? 1 : 0, j == 0 ? 1 : 0}).item();
        }
        assertThat(ovr.loss(x, new int[] {2, 0}).item()).isEqualTo(sum);
    }

    @Test
    void itRefusesZeroFeaturesAsALayerDoes() {
        assertThatThrownBy(() -> new OneVsRest(0, 3, Rng.seed(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Linear: W is [0, 1]; a layer needs at least one input and one output (W is [in, out] "
                        + "with in ≥ 1 and out ≥ 1).");
    }

    @Test
    void labelsMustBeClasses() {
        OneVsRest ovr = new OneVsRest(2, 3, Rng.seed(1));
        assertThatThrownBy(() -> ovr.loss(Node.constant(Tensor.zeros(1, 2)), new int[] {3}))
                .hasMessage("OneVsRest: label 3 at position 0 is not a class index; with k = 3 classes a label is 0 to 2.");
    }
}
