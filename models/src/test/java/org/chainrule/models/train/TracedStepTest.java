package org.chainrule.models.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.chainrule.autograd.Node;
import org.chainrule.core.Rng;
import org.chainrule.core.Tensor;
import org.chainrule.models.Activation;
import org.chainrule.models.Classifier;
import org.chainrule.models.LogisticRegression;
import org.chainrule.models.Mlp;
import org.chainrule.models.OneVsRest;
import org.chainrule.models.SoftmaxRegression;
import org.chainrule.models.data.Dataset;
import org.chainrule.models.data.Datasets;
import org.chainrule.models.data.Standardizer;
import org.chainrule.models.loss.HingeLoss;
import org.chainrule.models.optim.Adam;
import org.chainrule.models.optim.Momentum;
import org.chainrule.models.optim.Optimizer;
import org.chainrule.models.optim.Sgd;
import org.junit.jupiter.api.Test;

/**
 * {@code Trainer.traced()}: a model trains the same way traced or eager — the same losses, log
 * lines, listener calls and final parameters, bit for bit, also when the run diverges — on the
 * notes' 5001-step logistic run, an MLP epoch on the digits with a smaller last minibatch, and
 * with the optimizers that step through the nodes.
 */
class TracedStepTest {
    private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    private static LogisticRegression notesStart() {
        return new LogisticRegression(Tensor.of(new double[][] {{-0.10099822286611654}, {0.6847899159537382}}),
                Tensor.of(0.3841461274590695));
    }

    @Test
    void theNotesLogisticRunIsBitIdenticalTracedAndEager() {
        TrainingConfig config = TrainingConfig.steps(5001, TrainingConfig.FULL_BATCH, 0.01, 2020, 1000);
        LogisticRegression eager = notesStart();
        LogisticRegression traced = notesStart();
        History e = new Trainer(config).printingTo(QUIET).fit(eager, Datasets.seedTrain());
        History t = new Trainer(config).traced().printingTo(QUIET).fit(traced, Datasets.seedTrain());
        assertThat(t.losses()).hasSize(5001).isEqualTo(e.losses());
        assertThat(t.log()).hasSize(6).isEqualTo(e.log());
        assertSameParameters(traced, eager);
        assertThat(t.losses()[5000]).isCloseTo(0.2367737740278244, org.assertj.core.api.Assertions.within(2e-6));
    }

    @Test
    void anMlpEpochOnTheDigitsIsBitIdenticalIncludingTheSmallerLastBatch() {
        Dataset raw = Datasets.digits();
        Dataset data = Standardizer.fit(raw.features()).transform(raw);
        TrainingConfig config = TrainingConfig.epochs(1, 64, 0.1, 2020, 0);
        Mlp eager = new Mlp(new int[] {64, 128, 10}, Activation.RELU, Rng.seed(2020));
        Mlp traced = new Mlp(new int[] {64, 128, 10}, Activation.RELU, Rng.seed(2020));
        History e = new Trainer(config).printingTo(QUIET).fit(eager, data);
        History t = new Trainer(config).traced().printingTo(QUIET).fit(traced, data);
        assertThat(data.size() % 64).isNotZero();               // 1797 = 28·64 + 5: two graphs
        assertThat(t.losses()).hasSize(29).isEqualTo(e.losses());
        assertSameParameters(traced, eager);
    }

    @Test
    void optimizersThatStepThroughTheNodesGiveTheSameBitsToo() {
        Dataset data = Datasets.blobs(90, 3, 1.0, Rng.seed(5));
        for (DoubleFunction<Optimizer> optimizer : List.<DoubleFunction<Optimizer>>of(Momentum::new, Adam::new, Sgd::new)) {
            TrainingConfig config = TrainingConfig.epochs(3, 16, 0.05, 7, 0);
            SoftmaxRegression eager = new SoftmaxRegression(2, 3, Rng.seed(1));
            SoftmaxRegression traced = new SoftmaxRegression(2, 3, Rng.seed(1));
            History e = new Trainer(config, optimizer).printingTo(QUIET).fit(eager, data);
            History t = new Trainer(config, optimizer).traced().printingTo(QUIET).fit(traced, data);
            assertThat(t.losses()).as(optimizer.apply(0.05).toString()).isEqualTo(e.losses());
            assertSameParameters(traced, eager);
        }
    }

    @Test
    void aModelWhoseLabelsCannotBeTracedIsRefusedNamingTheEagerWay() {
        Classifier ovr = new OneVsRest(2, 3, Rng.seed(1));
        assertThatThrownBy(() -> new Trainer(TrainingConfig.steps(1, 8, 0.1, 1, 0)).traced().printingTo(QUIET)
                .fit(ovr, Datasets.blobs(9, 3, 1.0, Rng.seed(2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Trainer.traced(): cannot trace")
                .hasMessageContaining("Train this model eagerly (a Trainer without traced()).");
    }

    @Test
    void theListenerHearsTheSameCallsTracedAsEager() {
        TrainingConfig config = TrainingConfig.steps(7, TrainingConfig.FULL_BATCH, 0.01, 2020, 3);
        List<List<String>> heard = new ArrayList<>();
        for (boolean traced : new boolean[] {false, true}) {
            List<String> calls = new ArrayList<>();
            Trainer trainer = new Trainer(config).listeningWith(new TrainingListener() {
                @Override
                public void started(int totalSteps) {
                    calls.add("started " + totalSteps);
                }

                @Override
                public void stepDone(int step, double cost) {
                    calls.add("step " + step + " " + cost);
                }

                @Override
                public void logged(String line) {
                    calls.add(line);
                }

                @Override
                public void finished() {
                    calls.add("finished");
                }
            });
            (traced ? trainer.traced() : trainer).fit(notesStart(), Datasets.seedTrain());
            heard.add(calls);
        }
        assertThat(heard.get(1)).hasSize(7 + 3 + 2).isEqualTo(heard.get(0));
    }

    @Test
    void aTracedRunDivergesAtTheSameStepAndLeavesTheModelAsTheEagerRunDoes() {
        // η = 1e308: the first update throws w to about ±1e308, the next logits overflow and the loss is NaN
        TrainingConfig config = TrainingConfig.steps(10, TrainingConfig.FULL_BATCH, 1e308, 2020, 0);
        LogisticRegression eager = notesStart();
        LogisticRegression traced = notesStart();
        TrainingDivergedException e = catchThrowableOfType(TrainingDivergedException.class,
                () -> new Trainer(config).printingTo(QUIET).fit(eager, Datasets.seedTrain()));
        TrainingDivergedException t = catchThrowableOfType(TrainingDivergedException.class,
                () -> new Trainer(config).traced().printingTo(QUIET).fit(traced, Datasets.seedTrain()));
        assertThat(e).isNotNull();
        assertThat(t).isNotNull().hasMessage(e.getMessage());
        assertThat(t.history().losses()).isEqualTo(e.history().losses());
        assertSameParameters(traced, eager);
    }

    private static void assertSameParameters(Classifier traced, Classifier eager) {
        List<Node> a = traced.parameters();
        List<Node> b = eager.parameters();
        for (int i = 0; i < b.size(); i++) {
            assertThat(a.get(i).value()).as(b.get(i).name()).isEqualTo(b.get(i).value());
        }
    }

    @Test
    void aModelTrainedOnAnotherLossIsRefusedNotSilentlyTrainedOnTheDefault() {
        LogisticRegression hinge = new LogisticRegression(2, Rng.seed(1), HingeLoss::of);
        Dataset data = Datasets.blobs(12, 2, 1.0, Rng.seed(2));
        assertThatThrownBy(() -> new Trainer(TrainingConfig.steps(2, 4, 0.1, 1, 0)).traced().printingTo(QUIET).fit(hinge, data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trains on a loss of its own")
                .hasMessageContaining("Train it eagerly (a Trainer without traced()).");
    }
}
