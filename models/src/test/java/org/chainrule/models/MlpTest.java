package org.chainrule.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintStream;
import org.chainrule.autograd.Node;
import org.chainrule.core.Rng;
import org.chainrule.core.Tensor;
import org.chainrule.models.data.Dataset;
import org.chainrule.models.data.Datasets;
import org.chainrule.models.train.History;
import org.chainrule.models.train.Trainer;
import org.chainrule.models.train.TrainingConfig;
import org.junit.jupiter.api.Test;

class MlpTest {
    private static final PrintStream SILENT = new PrintStream(PrintStream.nullOutputStream());

    @Test
    void aHiddenLayerSolvesXor() {
        Dataset xor = Datasets.xor();
        Mlp mlp = new Mlp(new int[] {2, 4, 2}, Activation.TANH, Rng.seed(2020));
        History h = new Trainer(TrainingConfig.steps(1000, TrainingConfig.FULL_BATCH, 0.5, 0, 0)).printingTo(SILENT)
                .fit(mlp, xor);
        assertThat(mlp.predict(xor.features())).containsExactly(xor.labels());
        assertThat(LogisticRegressionTest.accuracy(mlp, xor)).isEqualTo(1.0);
        assertThat(h.finalLoss()).isLessThan(0.1);
    }

    @Test
    void itsLayersAreLinearActivationLinearWithNumberedParameters() {
        Mlp mlp = new Mlp(new int[] {3, 5, 4, 2}, Activation.RELU, Rng.seed(1));
        assertThat(mlp.parameters()).extracting(Node::name).containsExactly("W1", "b1", "W2", "b2", "W3", "b3");
        assertThat(mlp.layers()).hasSize(5);
        assertThat(mlp.layers().get(1)).isEqualTo(Activation.RELU);
        assertThat(mlp.forward(Node.constant(Tensor.zeros(7, 3))).shape().toArray()).containsExactly(7, 2);
    }

    @Test
    void reluLayersStartWithHeWeights() {
        Mlp mlp = new Mlp(new int[] {10, 40}, Activation.RELU, Rng.seed(3));
        double largest = 0;
        for (double w : mlp.parameters().get(0).value().toArray()) {
            largest = Math.max(largest, Math.abs(w));
        }
        // He: √(6/10) ≈ 0.77; Xavier would stop at √(6/50) ≈ 0.35.
        assertThat(largest).isGreaterThan(Math.sqrt(6.0 / 50)).isLessThanOrEqualTo(Math.sqrt(6.0 / 10));
    }

    @Test
    void probabilitiesAreSoftmaxRows() {
        Mlp mlp = new Mlp(new int[] {2, 3, 4}, Activation.SIGMOID, Rng.seed(1));
        Tensor p = mlp.probabilities(Tensor.of(new double[][] {{1, 2}, {-1, 0}}));
        assertThat(p.sum(1).toArray()).containsExactly(new double[] {1, 1}, org.assertj.core.api.Assertions.within(1e-15));
    }

    @Test
    void itNeedsAtLeastTwoSizes() {
        assertThatThrownBy(() -> new Mlp(new int[] {2}, Activation.TANH, Rng.seed(0)))
                .hasMessage("Mlp: sizes are [2]; give at least the input and output widths, e.g. [2, 4, 2] "
                        + "(2 features, 4 hidden, 2 classes).");
    }
}
