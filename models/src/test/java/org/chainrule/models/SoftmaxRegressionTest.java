package org.chainrule.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintStream;
import org.chainrule.autograd.Node;
import org.chainrule.core.Rng;
import org.chainrule.core.Tensor;
import org.chainrule.models.data.Dataset;
import org.chainrule.models.data.Datasets;
import org.chainrule.models.loss.CrossEntropyLoss;
import org.chainrule.models.loss.MulticlassHingeLoss;
import org.chainrule.models.train.Trainer;
import org.chainrule.models.train.TrainingConfig;
import org.junit.jupiter.api.Test;

class SoftmaxRegressionTest {
    private static final PrintStream SILENT = new PrintStream(PrintStream.nullOutputStream());

    @Test
    void oneMatrixScoresEveryClass() {
        // W = [[1, 0, -1], [0, 1, 0]], b = [0, 0, 0.5]: x = [2, 1] scores [2, 1, −1.5] → class 0.
        SoftmaxRegression m = new SoftmaxRegression(Tensor.of(new double[][] {{1, 0, -1}, {0, 1, 0}}), Tensor.of(0, 0, 0.5));
        Tensor x = Tensor.of(new double[][] {{2, 1}, {0, 3}});
        assertThat(m.forward(Node.constant(x)).value()).isEqualTo(Tensor.of(new double[][] {{2, 1, -1.5}, {0, 3, 0.5}}));
        assertThat(m.predict(x)).containsExactly(0, 1);
        assertThat(m.probabilities(x).sum(1).toArray()).containsExactly(new double[] {1, 1}, within(1e-15));
        assertThat(m.parameters()).extracting(Node::name).containsExactly("W", "b");
    }

    @Test
    void itLearnsSeparatedBlobs() {
        Dataset blobs = Datasets.blobs(60, 3, 0.5, Rng.seed(4));
        SoftmaxRegression m = new SoftmaxRegression(2, 3, Rng.seed(1));
        new Trainer(TrainingConfig.epochs(100, 16, 0.1, 0, 0)).printingTo(SILENT).fit(m, blobs);
        assertThat(LogisticRegressionTest.accuracy(m, blobs)).isEqualTo(1.0);
    }

    @Test
    void itTrainsOnCrossEntropyByDefaultAndTakesTheMulticlassHinge() {
        Node x = Node.constant(Tensor.of(new double[][] {{1, 2}, {-3, 0.5}}));
        int[] labels = {2, 0};
        SoftmaxRegression ce = new SoftmaxRegression(2, 3, Rng.seed(1));
        assertThat(ce.loss(x, labels).item()).isEqualTo(CrossEntropyLoss.ofLogits(ce.forward(x), labels).item());
        SoftmaxRegression svm = new SoftmaxRegression(2, 3, Rng.seed(1), MulticlassHingeLoss::of);
        assertThat(svm.loss(x, labels).item()).isEqualTo(MulticlassHingeLoss.of(svm.forward(x), labels).item())
                .isNotEqualTo(ce.loss(x, labels).item());
    }
}
