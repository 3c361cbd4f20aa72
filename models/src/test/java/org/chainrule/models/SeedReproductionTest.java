package org.chainrule.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chainrule.core.Tensor;
import org.chainrule.models.data.Dataset;
import org.chainrule.models.data.Datasets;
import org.chainrule.models.loss.LogLoss;
import org.chainrule.models.metrics.ConfusionMatrix;
import org.chainrule.models.train.History;
import org.chainrule.models.train.Trainer;
import org.chainrule.models.train.TrainingConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The notes' week-2 run, reproduced: logistic regression from the notes' starting weights,
 * lr 0.01, 5001 full-batch steps on the six training points, checked at every printed step
 * against the float32 numbers the notes printed. The model trains on the notes' own computation
 * ({@link LogLoss#viaProbabilities}: σ, then the floored logs), as their TensorFlow code did; the
 * stable form the models use by default ({@link LogLoss#ofLogits}) retraces the same table within the
 * same tolerance (checked below).
 */
class SeedReproductionTest {
    /** The notes printed float32 values; the run is in double, so agreement is to float32's precision. */
    private static final double TOLERANCE = 2e-6;

    static final Dataset TRAIN = Datasets.seedTrain();
    static final Dataset TEST = Datasets.seedTest();

    /** Recovered from the notes' first printed step (TensorFlow's RNG cannot be replayed). */
    static final Tensor W0 = Tensor.of(new double[][] {{-0.10099822286611654}, {0.6847899159537382}});
    static final Tensor B0 = Tensor.of(0.3841461274590695);

    /** The notes' start, trained on the notes' formula. */
    static LogisticRegression notesStart() {
        return new LogisticRegression(W0, B0, LogLoss::viaProbabilities);
    }

    // The notes' table: Step, Cost, W, b.
    private static final int[] STEPS = {1, 1001, 2001, 3001, 4001, 5001};
    private static final double[] COSTS = {0.7932398319244385, 0.5122759938240051, 0.39883172512054443,
        0.32507583498954773, 0.27400580048561096, 0.2367737740278244};
    private static final double[][] W = {{-0.10415223, 0.68125504}, {0.1809378, 0.55177015},
        {0.5135696, 0.6884617}, {0.7515713, 0.8368167}, {0.9350327, 0.97824335}, {1.0848083, 1.1075894}};
    private static final double[] B = {0.3810195, -0.97815347, -1.9777462, -2.7877953, -3.4628296, -4.039375};

    private static LogisticRegression model;
    private static History history;
    private static String printed;

    @BeforeAll
    static void train() {
        model = notesStart();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TrainingConfig config = TrainingConfig.steps(5001, TrainingConfig.FULL_BATCH, 0.01, 2020, 1000);
        history = new Trainer(config).printingTo(new PrintStream(bytes, true, StandardCharsets.UTF_8)).fit(model, TRAIN);
        printed = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void costsAtThePrintedStepsMatchTheNotes() {
        for (int i = 0; i < STEPS.length; i++) {
            assertThat(history.losses()[STEPS[i] - 1]).as("cost at Step=%d", STEPS[i]).isCloseTo(COSTS[i], within(TOLERANCE));
        }
    }

    @Test
    void theStableFormTheModelsTrainOnRetracesTheSameTable() {
        LogisticRegression stable = new LogisticRegression(W0, B0);
        TrainingConfig config = TrainingConfig.steps(5001, TrainingConfig.FULL_BATCH, 0.01, 2020, 0);
        History h = new Trainer(config).printingTo(new PrintStream(PrintStream.nullOutputStream())).fit(stable, TRAIN);
        for (int i = 0; i < STEPS.length; i++) {
            assertThat(h.losses()[STEPS[i] - 1]).as("cost at Step=%d", STEPS[i]).isCloseTo(COSTS[i], within(TOLERANCE));
        }
        double[] w = stable.weights().value().toArray();
        assertThat(w[0]).isCloseTo(W[5][0], within(TOLERANCE));
        assertThat(w[1]).isCloseTo(W[5][1], within(TOLERANCE));
        assertThat(stable.bias().value().item()).isCloseTo(B[5], within(TOLERANCE));
    }

    @Test
    void weightsAndBiasAfterEachPrintedStepMatchTheNotes() {
        List<String> log = history.log();
        assertThat(log).hasSize(6);
        for (int i = 0; i < STEPS.length; i++) {
            Parsed p = Parsed.of(log.get(i));
            assertThat(p.step).isEqualTo(STEPS[i]);
            assertThat(p.cost).isCloseTo(COSTS[i], within(TOLERANCE));
            assertThat(p.w[0]).as("w0 at Step=%d", STEPS[i]).isCloseTo(W[i][0], within(TOLERANCE));
            assertThat(p.w[1]).as("w1 at Step=%d", STEPS[i]).isCloseTo(W[i][1], within(TOLERANCE));
            assertThat(p.b).as("b at Step=%d", STEPS[i]).isCloseTo(B[i], within(TOLERANCE));
        }
    }

    @Test
    void theFinalModelIsTheNotesModel() {
        double[] w = model.weights().value().toArray();
        assertThat(w[0]).isCloseTo(1.0848083, within(TOLERANCE));
        assertThat(w[1]).isCloseTo(1.1075894, within(TOLERANCE));
        assertThat(model.bias().value().item()).isCloseTo(-4.039375, within(TOLERANCE));
        assertThat(history.steps()).isEqualTo(5001);
    }

    @Test
    void theLogLinesArePrintedInTheNotesFormat() {
        assertThat(printed.lines().toList()).isEqualTo(history.log());
        assertThat(history.log().get(1)).startsWith("Step=1001, Cost = 0.51227").contains(", W=[[0.18093")
                .contains("] [0.55177").contains("]], b = [-0.97815").endsWith("]");
    }

    @Test
    void theTestSetConfusionMatrixIsTheNotesOne() {
        ConfusionMatrix cm = ConfusionMatrix.of(TEST.labels(), model.predict(TEST.features()), TEST.classNames());
        assertThat(cm.counts()).isEqualTo(new int[][] {{2, 2}, {1, 1}});
        assertThat(cm.precision(1)).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(cm.recall(1)).isCloseTo(0.5, within(1e-15));
        assertThat(cm.precision(0)).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(cm.recall(0)).isCloseTo(0.5, within(1e-15));
        assertThat(cm.accuracy()).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void theDecisionBoundaryIsTheNotesLine() {
        DecisionBoundary line = model.decisionBoundary();
        assertThat(line.slope()).isCloseTo(-1.0848083 / 1.1075894, within(1e-5));
        assertThat(line.intercept()).isCloseTo(4.039375 / 1.1075894, within(1e-5));
        // On the line the model is undecided: P(y = 1) = 0.5.
        double x = 2.0;
        Tensor point = Tensor.of(new double[][] {{x, line.y(x)}});
        assertThat(model.probabilities(point).item()).isCloseTo(0.5, within(1e-12));
    }

    /** The numbers of one log line {@code Step=…, Cost = …, W=[[w0] [w1]], b = [b]}. */
    private record Parsed(int step, double cost, double[] w, double b) {
        static Parsed of(String line) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                    "Step=(\\d+), Cost = (\\S+), W=\\[\\[(\\S+)\\] \\[(\\S+)\\]\\], b = \\[(\\S+)\\]").matcher(line);
            assertThat(m.matches()).as("log line in the notes' format: %s", line).isTrue();
            return new Parsed(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)),
                    new double[] {Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))},
                    Double.parseDouble(m.group(5)));
        }
    }
}
