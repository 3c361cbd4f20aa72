package org.chainrule.models.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.core.Rng;
import org.chainrule.core.Tensor;
import org.chainrule.models.Classifier;
import org.chainrule.models.LogisticRegression;
import org.chainrule.models.SoftmaxRegression;
import org.chainrule.models.data.Dataset;
import org.chainrule.models.data.Datasets;
import org.chainrule.models.loss.ExponentialLoss;
import org.chainrule.models.optim.Adam;
import org.junit.jupiter.api.Test;

class TrainerTest {
    private static final PrintStream SILENT = new PrintStream(PrintStream.nullOutputStream());

    /** One example x = [1, 2], label 1; W = [[0], [0]], b = [0]. */
    private static final Dataset ONE_POINT = new Dataset(Tensor.of(new double[][] {{1, 2}}), new int[] {1},
            List.of("Negative", "Positive"));

    private static LogisticRegression zeroModel() {
        return new LogisticRegression(Tensor.zeros(2, 1), Tensor.zeros(1));
    }

    @Test
    void theLogLineHasTheNotesFormatExactly() {
        // z = 0, h = 0.5: cost = −log 0.5 = 0.6931471805599453. ∂cost/∂z = h − y = −0.5, so with lr = 1:
        // W ← W − x·(−0.5) = [[0.5], [1.0]] and b ← b + 0.5 = [0.5]. Cost before the update, W and b after.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TrainingConfig config = TrainingConfig.steps(1, TrainingConfig.FULL_BATCH, 1.0, 0, 1);
        History h = new Trainer(config).printingTo(new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .fit(zeroModel(), ONE_POINT);
        String expected = "Step=1, Cost = 0.6931471805599453, W=[[0.5] [1.0]], b = [0.5]";
        assertThat(h.log()).containsExactly(expected);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected + System.lineSeparator());
    }

    @Test
    void itLogsAtStepOneAndThenEveryNSteps() {
        TrainingConfig config = TrainingConfig.steps(5, TrainingConfig.FULL_BATCH, 0.1, 0, 2);
        History h = new Trainer(config).printingTo(SILENT).fit(zeroModel(), ONE_POINT);
        assertThat(h.log()).extracting(line -> line.substring(0, line.indexOf(',')))
                .containsExactly("Step=1", "Step=3", "Step=5");
        assertThat(h.steps()).isEqualTo(5);
    }

    @Test
    void logEveryZeroPrintsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TrainingConfig config = TrainingConfig.steps(3, TrainingConfig.FULL_BATCH, 0.1, 0, 0);
        History h = new Trainer(config).printingTo(new PrintStream(bytes)).fit(zeroModel(), ONE_POINT);
        assertThat(h.log()).isEmpty();
        assertThat(bytes.size()).isZero();
    }

    /** Writes down every call, e.g. {@code started 3}, {@code step 1}, {@code log Step=1}, {@code finished}. */
    private static final class Recorder implements TrainingListener {
        final List<String> calls = new java.util.ArrayList<>();

        @Override
        public void started(int totalSteps) {
            calls.add("started " + totalSteps);
        }

        @Override
        public void stepDone(int step, double cost) {
            calls.add("step " + step);
        }

        @Override
        public void logged(String line) {
            calls.add("log " + line.substring(0, line.indexOf(',')));
        }

        @Override
        public void finished() {
            calls.add("finished");
        }
    }

    @Test
    void theListenerHearsStartEachStepEachLogLineAndTheEnd() {
        Recorder recorder = new Recorder();
        TrainingConfig config = TrainingConfig.steps(3, TrainingConfig.FULL_BATCH, 0.1, 0, 2);
        new Trainer(config).listeningWith(recorder).fit(zeroModel(), ONE_POINT);
        assertThat(recorder.calls).containsExactly("started 3", "step 1", "log Step=1", "step 2", "step 3",
                "log Step=3", "finished");
    }

    @Test
    void theListenerHearsTheEndAlsoWhenTheRunDiverges() {
        Recorder recorder = new Recorder();
        Dataset twoPoints = new Dataset(Tensor.of(new double[][] {{1}, {1}}), new int[] {1, 0}, List.of("0", "1"));
        TrainingConfig config = TrainingConfig.epochs(10, TrainingConfig.FULL_BATCH, 5.0, 0, 0);
        assertThatThrownBy(() -> new Trainer(config).listeningWith(recorder).fit(new Contradiction(), twoPoints))
                .isInstanceOf(TrainingDivergedException.class);
        assertThat(recorder.calls).containsExactly("started 10", "step 1", "step 2", "step 3", "finished");
    }

    /** A one-weight model trained on two contradicting points: L(w) = (e^−w + e^w)/2 = cosh w. */
    private static final class Contradiction implements Classifier {
        final Node w = Node.of(Tensor.of(new double[][] {{1.0}})).named("W");

        @Override
        public Node forward(Node x) {
            return x.matmul(w);
        }

        @Override
        public Node loss(Node x, int[] labels) {
            return ExponentialLoss.of(forward(x), labels);
        }

        @Override
        public Tensor probabilities(Tensor x) {
            return forward(Node.constant(x)).sigmoid().value();
        }

        @Override
        public int[] predict(Tensor x) {
            return new int[x.shape().dim(0)];
        }

        @Override
        public List<Node> parameters() {
            return List.of(w);
        }
    }

    @Test
    void aDivergingRunStopsWithAMessageNamingStepAndEpoch() {
        // w: 1 → 1 − 5·sinh 1 ≈ −4.88 → ≈ +327 → ≈ −1e142; cosh of that overflows at step 4.
        Dataset twoPoints = new Dataset(Tensor.of(new double[][] {{1}, {1}}), new int[] {1, 0}, List.of("0", "1"));
        TrainingConfig config = TrainingConfig.epochs(10, TrainingConfig.FULL_BATCH, 5.0, 0, 0);
        assertThatThrownBy(() -> new Trainer(config).printingTo(SILENT).fit(new Contradiction(), twoPoints))
                .isInstanceOf(TrainingDivergedException.class)
                .hasMessage("training stopped: loss is Infinity at step 4 of epoch 4 (learning rate 5.0). Usual causes: "
                        + "learning rate too high, or log(softmax(x)) instead of logSoftmax(x).")
                .satisfies(e -> {
                    History before = ((TrainingDivergedException) e).history();
                    assertThat(before.losses()).hasSize(3);
                    assertThat(before.losses()[0]).isCloseTo(Math.cosh(1.0), org.assertj.core.api.Assertions.within(1e-15));
                });
    }

    @Test
    void theDivergenceMessageIsTheDocumentedOne() {
        History sixteenSteps = new History(new double[16], 8, List.of());
        TrainingDivergedException e = new TrainingDivergedException(3, Double.NaN, 5.0, sixteenSteps);
        assertThat(e).hasMessage("training stopped: loss is NaN at step 17 of epoch 3 (learning rate 5.0). Usual causes: "
                + "learning rate too high, or log(softmax(x)) instead of logSoftmax(x).");
        assertThat(e.step()).isEqualTo(17);
        assertThat(e.epoch()).isEqualTo(3);
        assertThat(e.loss()).isNaN();
    }

    @Test
    void aRunOfBillionsOfStepsDoesNotReserveItsHistoryUpFront() {
        // MAX_STEPS losses would be 16 GB if allocated before step 1; the history grows as steps complete,
        // so this run reaches its divergence at step 4 (see aDivergingRunStops…) with a 3-step history.
        Dataset twoPoints = new Dataset(Tensor.of(new double[][] {{1}, {1}}), new int[] {1, 0}, List.of("0", "1"));
        TrainingConfig config = TrainingConfig.steps(Trainer.MAX_STEPS, TrainingConfig.FULL_BATCH, 5.0, 0, 0);
        assertThatThrownBy(() -> new Trainer(config).printingTo(SILENT).fit(new Contradiction(), twoPoints))
                .isInstanceOfSatisfying(TrainingDivergedException.class, e -> {
                    assertThat(e.step()).isEqualTo(4);
                    assertThat(e.history().losses()).hasSize(3);
                });
    }

    @Test
    void theHistoryKeepsEveryStepWhenItHasToGrow() {
        // 3000 steps: more than the history's first array, so it grows (twice) while training.
        TrainingConfig config = TrainingConfig.steps(3000, TrainingConfig.FULL_BATCH, 0.1, 0, 0);
        History h = new Trainer(config).printingTo(SILENT).fit(zeroModel(), ONE_POINT);
        double[] losses = h.losses();
        assertThat(losses).hasSize(3000);
        assertThat(losses[0]).isEqualTo(Math.log(2));                     // z = 0: −log σ(0)
        for (int i = 1; i < losses.length; i++) {
            assertThat(losses[i]).as("loss at step %d", i + 1).isPositive().isLessThan(losses[i - 1]);
        }
    }

    @Test
    void aRunTooLongForItsHistoryIsRefusedBeforeStepOne() {
        // 6 rows in batches of 2: 3 steps per epoch; 10^9 epochs are 3·10^9 steps, more than a double[] can hold.
        TrainingConfig epochs = TrainingConfig.epochs(1_000_000_000, 2, 0.1, 0, 0);
        assertThatThrownBy(() -> new Trainer(epochs).printingTo(SILENT).fit(zeroModel(), Datasets.seedTrain()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Trainer.fit: 1000000000 epochs of 3 steps (6 rows in batches of 2) make 3000000000 steps; "
                        + "the history keeps one loss per step and holds at most 2147483639. Train for fewer epochs, "
                        + "or use larger batches.");
        TrainingConfig steps = TrainingConfig.steps(Integer.MAX_VALUE, TrainingConfig.FULL_BATCH, 0.1, 0, 0);
        assertThatThrownBy(() -> new Trainer(steps).printingTo(SILENT).fit(zeroModel(), ONE_POINT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Trainer.fit: steps is 2147483647; the history keeps one loss per step and holds at most "
                        + "2147483639. Train for fewer steps.");
        assertThat(Trainer.MAX_STEPS).isEqualTo(Integer.MAX_VALUE - 8);
    }

    @Test
    void anEmptyDataSetIsNamed() {
        Dataset empty = Datasets.seedTrain().take(new int[0]);
        TrainingConfig config = TrainingConfig.epochs(1, 4, 0.1, 0, 0);
        assertThatThrownBy(() -> new Trainer(config).printingTo(SILENT).fit(zeroModel(), empty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Trainer.fit: the data set Dataset[0 × 2, 2 classes [Negative, Positive]] has no rows; "
                        + "training needs at least one example.");
    }

    @Test
    void minibatchRunsCountStepsAndEpochs() {
        // 6 rows in batches of 4: 2 steps per epoch (4 + 2 rows); 3 epochs = 6 steps.
        TrainingConfig config = TrainingConfig.epochs(3, 4, 0.1, 7, 0);
        History h = new Trainer(config).printingTo(SILENT).fit(zeroModel(), Datasets.seedTrain());
        assertThat(h.steps()).isEqualTo(6);
        assertThat(h.stepsPerEpoch()).isEqualTo(2);
        assertThat(h.epochLosses()).hasSize(3);
        assertThat(h.epochLosses()[0]).isEqualTo((h.losses()[0] + h.losses()[1]) / 2);
    }

    @Test
    void aStepBudgetCanEndInsideAnEpoch() {
        TrainingConfig config = TrainingConfig.steps(5, 2, 0.1, 7, 0);   // 3 steps per epoch
        History h = new Trainer(config).printingTo(SILENT).fit(zeroModel(), Datasets.seedTrain());
        assertThat(h.steps()).isEqualTo(5);
        assertThat(h.epochLosses()).hasSize(2);
    }

    @Test
    void theSameSeedGivesABitIdenticalRunAndAnotherSeedDoesNot() {
        TrainingConfig config = TrainingConfig.epochs(20, 2, 0.1, 2020, 0);
        double[] a = new Trainer(config).printingTo(SILENT).fit(zeroModel(), Datasets.seedTrain()).losses();
        double[] b = new Trainer(config).printingTo(SILENT).fit(zeroModel(), Datasets.seedTrain()).losses();
        double[] c = new Trainer(new TrainingConfig(20, 0, 2, 0.1, 2021, 0)).printingTo(SILENT)
                .fit(zeroModel(), Datasets.seedTrain()).losses();
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void anotherOptimizerCanBeChosen() {
        TrainingConfig config = TrainingConfig.steps(200, TrainingConfig.FULL_BATCH, 0.05, 0, 0);
        History h = new Trainer(config, Adam::new).printingTo(SILENT)
                .fit(new SoftmaxRegression(2, 2, Rng.seed(1)), Datasets.seedTrain());
        assertThat(h.finalLoss()).isLessThan(h.losses()[0]);
    }

    @Test
    void theConfigSaysWhatIsWrong() {
        assertThatThrownBy(() -> new TrainingConfig(3, 100, 32, 0.1, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TrainingConfig: epochs is 3 and steps is 100; give exactly one of them (the other 0): "
                        + "train for a number of epochs or of steps.");
        assertThatThrownBy(() -> TrainingConfig.epochs(1, 0, 0.1, 0, 0)).hasMessageContaining("batch size is 0");
        assertThatThrownBy(() -> TrainingConfig.epochs(1, 1, -0.1, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TrainingConfig: learning rate is -0.1; it must be a positive, finite number such as 0.01.");
        assertThatThrownBy(() -> TrainingConfig.steps(1, 1, Double.POSITIVE_INFINITY, 0, 0))
                .hasMessage("TrainingConfig: learning rate is Infinity; it must be a positive, finite number such as 0.01.");
        assertThat(TrainingConfig.epochs(1, 10_000, 0.1, 0, 0).stepsPerEpoch(1_000_000)).isEqualTo(100);
    }

    @Test
    void aNanInTheDataIsDiagnosedAsADataProblemBeforeTheFirstStep() {
        Dataset bad = new Dataset(Tensor.of(new double[][] {{1, 2}, {3, Double.NaN}}), new int[] {1, 0},
                List.of("Negative", "Positive"));
        TrainingConfig config = TrainingConfig.steps(5, TrainingConfig.FULL_BATCH, 0.1, 0, 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThatThrownBy(() -> new Trainer(config).printingTo(new PrintStream(bytes)).fit(zeroModel(), bad))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(TrainingDivergedException.class)
                .hasMessage("Trainer.fit: the data is not finite: features[1, 1] = NaN (row 1 of 2, feature 1 of 2). "
                        + "A NaN or infinite input makes the loss NaN from the first step that sees it, whatever the "
                        + "learning rate: clean the data first (drop or impute those rows).");
        assertThat(bytes.size()).as("no step was taken").isZero();
    }

    @Test
    void finiteDataWhoseSumOverflowsIsNotTakenForBadData() {
        // the check adds the features up first; 1e308 + 1e308 is infinite, yet every feature is finite
        Dataset large = new Dataset(Tensor.of(new double[][] {{1e308}, {1e308}}), new int[] {1, 0},
                List.of("Negative", "Positive"));
        LogisticRegression model = new LogisticRegression(Tensor.of(new double[][] {{0.0}}), Tensor.of(0.0));
        History h = new Trainer(TrainingConfig.steps(1, TrainingConfig.FULL_BATCH, 0.1, 0, 0)).printingTo(SILENT)
                .fit(model, large);
        assertThat(h.losses()).containsExactly(Math.log(2));
    }

    @Test
    void aHistoryNeedsAStepPerEpoch() {
        assertThatThrownBy(() -> new History(new double[3], 0, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("History: stepsPerEpoch is 0; an epoch is at least one step (⌈n / batch size⌉ for n ≥ 1 rows).");
        assertThatThrownBy(() -> new History(new double[3], -1, List.of()))
                .hasMessage("History: stepsPerEpoch is -1; an epoch is at least one step (⌈n / batch size⌉ for n ≥ 1 rows).");
    }
}
