package org.chainrule.lab;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainrule.core.Rng;
import org.chainrule.core.Tensor;
import org.chainrule.models.DecisionBoundary;
import org.chainrule.models.LogisticRegression;
import org.chainrule.models.data.Dataset;
import org.chainrule.models.data.Datasets;
import org.chainrule.models.loss.LogLoss;
import org.chainrule.models.metrics.ConfusionMatrix;
import org.chainrule.models.train.History;
import org.chainrule.models.train.Trainer;
import org.chainrule.models.train.TrainingConfig;
import org.chainrule.plots.ConfusionMatrixPlot;
import org.chainrule.plots.DecisionBoundaryPlot;

/**
 * {@code chainrule demo logistic}: the notes' week-2 logistic regression, reproduced — six points,
 * 5001 full-batch gradient steps at learning rate 0.01, the printed log set beside the notes' own
 * numbers, the decision boundary {@code y = −(w0/w1)·x − b/w1}, and the test set's confusion
 * matrix {@code [[2, 2], [1, 1]]} as a heatmap with precision and recall.
 *
 * <p>TensorFlow's random numbers cannot be replayed in Java, so the run starts from the weights
 * recovered from the notes' first printed step; {@code --seed N} starts from Chainrule's own
 * seeded draw instead.
 */
final class LogisticDemo implements Demo {
    /** The notes' start, recovered from their first log line (W and b before the first update). */
    static final Tensor W0 = Tensor.of(new double[][] {{-0.10099822286611654}, {0.6847899159537382}});
    static final Tensor B0 = Tensor.of(0.3841461274590695);
    static final double LEARNING_RATE = 0.01;
    static final int STEPS = 5001;
    static final int LOG_EVERY = 1000;

    /** The notes' printed log (TensorFlow, float32), verbatim. */
    static final List<String> NOTES = List.of(
            "Step=1, Cost = 0.7932398319244385, W=[[-0.10415223] [0.68125504]], b = [0.3810195]",
            "Step=1001, Cost = 0.5122759938240051, W=[[0.1809378] [0.55177015]], b = [-0.97815347]",
            "Step=2001, Cost = 0.39883172512054443, W=[[0.5135696] [0.6884617]], b = [-1.9777462]",
            "Step=3001, Cost = 0.32507583498954773, W=[[0.7515713] [0.8368167]], b = [-2.7877953]",
            "Step=4001, Cost = 0.27400580048561096, W=[[0.9350327] [0.97824335]], b = [-3.4628296]",
            "Step=5001, Cost = 0.2367737740278244, W=[[1.0848083] [1.1075894]], b = [-4.039375]");

    /** Reads step, cost, w0, w1 and b back from a log line of a two-feature model. */
    private static final Pattern LOG_LINE = Pattern.compile(
            "Step=(\\d+), Cost = (\\S+), W=\\[\\[(\\S+)\\] \\[(\\S+)\\]\\], b = \\[(\\S+)\\]");

    @Override
    public String name() {
        return "logistic";
    }

    @Override
    public String summary() {
        return "the notes' logistic regression: 5001 steps, their printed log, boundary, confusion matrix";
    }

    @Override
    public void run(Context context) {
        PrintStream out = context.out();
        Dataset train = Datasets.seedTrain();
        out.println("Logistic regression on the notes' six points: h = σ(X·W + b), cost = −mean(y·log h + (1−y)·log(1−h)).");
        out.println("X_train = " + rows(train.features()) + ", Y_train = " + Arrays.toString(train.labels()));
        LogisticRegression model = startingModel(context.seed(), out);
        out.printf("Training: %d full-batch gradient-descent steps, learning rate %s, a line every %d steps "
                + "(cost before the step's update, W and b after it):%n%n", STEPS, LEARNING_RATE, LOG_EVERY);
        History history = new Trainer(TrainingConfig.steps(STEPS, TrainingConfig.FULL_BATCH, LEARNING_RATE, 0, LOG_EVERY))
                .listeningWith(new ConsoleProgress(out)).fit(model, train);
        out.println();
        if (context.seed() == null) {
            compareWithNotes(history.log(), out);
        }
        boundary(model, train, Datasets.seedTest(), context.outDir(), out);
        confusion(model, Datasets.seedTest(), context.outDir(), out);
    }

    private static LogisticRegression startingModel(Long seed, PrintStream out) {
        if (seed == null) {
            out.println("Start (recovered from the notes' first line): W0 = [[-0.10099822286611654] "
                    + "[0.6847899159537382]], b0 = [0.3841461274590695]. The cost is computed as the notes do "
                    + "(σ, then the floored logs: LogLoss.viaProbabilities).");
            return new LogisticRegression(W0, B0, LogLoss::viaProbabilities);
        }
        out.printf("Start: Chainrule's own draw, Rng.seed(%d): every entry of W and b from N(0, 1) "
                + "(the notes' tf.random.normal); the notes' numbers will differ.%n", seed);
        return new LogisticRegression(2, Rng.seed(seed));
    }

    /** Prints the notes' lines, each followed by how far our printed numbers are from it. */
    private static void compareWithNotes(List<String> log, PrintStream out) {
        out.println("The notes' lines (TensorFlow, float32), each with |ours − notes| for every number:");
        for (int i = 0; i < NOTES.size(); i++) {
            double[] ours = parse(log.get(i));
            double[] notes = parse(NOTES.get(i));
            out.println("  " + NOTES.get(i));
            out.printf("      |Δ| cost %.1e, w0 %.1e, w1 %.1e, b %.1e%n", Math.abs(ours[1] - notes[1]),
                    Math.abs(ours[2] - notes[2]), Math.abs(ours[3] - notes[3]), Math.abs(ours[4] - notes[4]));
        }
        out.printf("Largest difference over all %d printed numbers: %.2e. float32 keeps about 7 significant "
                + "digits, so the double-precision run retraces the notes.%n%n", NOTES.size() * 4, maxDifference(log));
    }

    /** The largest |ours − notes| over every cost, w0, w1 and b of the log lines at steps 1, 1001, …, 5001. */
    static double maxDifference(List<String> log) {
        if (log.size() != NOTES.size()) {
            throw new IllegalStateException("expected " + NOTES.size() + " log lines, got " + log.size());
        }
        double worst = 0;
        for (int i = 0; i < NOTES.size(); i++) {
            double[] ours = parse(log.get(i));
            double[] notes = parse(NOTES.get(i));
            if (ours[0] != notes[0]) {
                throw new IllegalStateException("log line " + i + " is step " + (long) ours[0] + ", the notes' is step " + (long) notes[0]);
            }
            for (int j = 1; j < 5; j++) {
                worst = Math.max(worst, Math.abs(ours[j] - notes[j]));
            }
        }
        return worst;
    }

    /** {step, cost, w0, w1, b} from a log line; the log prints each double exactly, so this reads it back exactly. */
    static double[] parse(String line) {
        Matcher m = LOG_LINE.matcher(line);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a log line of a two-feature model: " + line);
        }
        double[] v = new double[5];
        for (int j = 0; j < 5; j++) {
            v[j] = Double.parseDouble(m.group(j + 1));
        }
        return v;
    }

    private static void boundary(LogisticRegression model, Dataset train, Dataset test, Path outDir, PrintStream out) {
        DecisionBoundary line = model.decisionBoundary();
        out.printf("Decision boundary (where h = 0.5): x1 = −(w0/w1)·x0 − b/w1 = %.4f·x0 + %.4f.%n",
                line.slope(), line.intercept());
        Path trainPng = DecisionBoundaryPlot.write(train, line, "Training set and the learned boundary",
                outDir.resolve("logistic-boundary.png"));
        Path testPng = DecisionBoundaryPlot.write(test, line, "Test set and the same boundary",
                outDir.resolve("logistic-boundary-test.png"));
        out.println("  picture: " + trainPng + " (training points: red Positive, blue Negative)");
        out.println("  picture: " + testPng + " (the test points against the same line)");
        out.println();
    }

    private static void confusion(LogisticRegression model, Dataset test, Path outDir, PrintStream out) {
        out.println("Test set X_test = " + rows(test.features()) + ", Y_test = " + Arrays.toString(test.labels()));
        int[] predicted = model.predict(test.features());
        out.println("Predicted (h ≥ 0.5 → 1): " + Arrays.toString(predicted));
        ConfusionMatrix cm = ConfusionMatrix.of(test.labels(), predicted, test.classNames());
        out.println("Confusion matrix (rows: true class, columns: predicted) = " + cm);
        out.println(cm.table().indent(2));
        out.printf("Precision (Positive) = TP / (TP + FP) = %d / %d = %.3f: of the points called Positive, how many are.%n",
                cm.count(1, 1), cm.predictedCount(1), cm.precision(1));
        out.printf("Recall    (Positive) = TP / (TP + FN) = %d / %d = %.3f: of the Positive points, how many were found.%n",
                cm.count(1, 1), cm.support(1), cm.recall(1));
        out.printf("Accuracy = %d / %d = %.3f.%n", cm.count(0, 0) + cm.count(1, 1), cm.total(), cm.accuracy());
        Path png = ConfusionMatrixPlot.write(cm.counts(), cm.classNames(), "Confusion Matrix",
                outDir.resolve("logistic-confusion.png"));
        out.println("  picture: " + png + " (the notes' seaborn heatmap: counts in the cells, 'Predicted' across, 'True' down)");
    }

    /** {@code [[1, 1], [1, 2], …]} with whole numbers printed without ".0". */
    private static String rows(Tensor x) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < x.shape().dim(0); i++) {
            sb.append(i == 0 ? "[" : ", [");
            for (int j = 0; j < x.shape().dim(1); j++) {
                double v = x.get(i, j);
                sb.append(j == 0 ? "" : ", ").append(v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v));
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }
}
