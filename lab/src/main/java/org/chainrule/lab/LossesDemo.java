package org.chainrule.lab;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.core.Rng;
import org.chainrule.core.Tensor;
import org.chainrule.models.LogisticRegression;
import org.chainrule.models.data.Dataset;
import org.chainrule.models.data.Datasets;
import org.chainrule.models.data.Split;
import org.chainrule.models.data.Standardizer;
import org.chainrule.models.loss.ExponentialLoss;
import org.chainrule.models.loss.HingeLoss;
import org.chainrule.models.loss.LogLoss;
import org.chainrule.models.loss.Loss;
import org.chainrule.models.loss.ZeroOneLoss;
import org.chainrule.models.metrics.ConfusionMatrix;
import org.chainrule.models.train.History;
import org.chainrule.models.train.Trainer;
import org.chainrule.models.train.TrainingConfig;
import org.chainrule.plots.LossCurvesPlot.Curve;
import org.chainrule.plots.MarginLossesPlot;

/**
 * {@code chainrule demo losses}: the notes' four binary losses side by side. With labels
 * {@code y ∈ {−1, +1}} and a score z every one of them is a function of the margin {@code m = y·z}:
 * the demo draws them against m (computed by the loss classes themselves, one example at a time),
 * then trains the same linear classifier — the same start, data, steps and learning rate — with
 * each trainable one on the breast-cancer data and prints accuracy and final loss.
 */
final class LossesDemo implements Demo {
    static final long DEFAULT_SEED = 2020;
    static final int STEPS = 500;
    static final double LEARNING_RATE = 0.1;
    /** Margins drawn: −3 … 3 in steps of 0.01. */
    static final double MARGIN_LIMIT = 3.0;
    static final double MARGIN_STEP = 0.01;

    /** A trainable loss and its name in the table. */
    record Named(String name, Loss loss) {
    }

    static final List<Named> TRAINABLE = List.of(new Named("log", LogLoss::ofLogits),
            new Named("exponential", ExponentialLoss::of), new Named("hinge", HingeLoss::of));

    @Override
    public String name() {
        return "losses";
    }

    @Override
    public String summary() {
        return "0/1, log, exponential and hinge losses against the margin; one linear model trained with each";
    }

    @Override
    public void run(Context context) {
        PrintStream out = context.out();
        long seed = context.seed() == null ? DEFAULT_SEED : context.seed();
        out.println("Four binary losses as functions of the margin m = y·z (y = ±1, z the score; m < 0 is the wrong side):");
        out.println("  0/1 = [m < 0]   log = log(1 + e^−m)   exponential = e^−m   hinge = max(0, 1 − m)");
        List<Curve> curves = curves();
        printValues(curves, out);
        Path png = MarginLossesPlot.write(curves, "The notes' four losses against the margin m = y·z",
                context.outDir().resolve("losses-margin.png"));
        out.println("  picture: " + png);
        out.println();
        out.println("What the picture shows: all four charge the wrong side (m < 0) and go down as m grows. The 0/1");
        out.println("step is flat on both sides, so its gradient is 0 and it cannot be trained on. Hinge and exponential");
        out.println("lie above the step everywhere; the log loss (natural log) is ln 2 ≈ 0.69 at m = 0 — in bits it too");
        out.println("passes through 1 there. Hinge is done at m = 1 (no gradient from points beyond the margin); log and");
        out.println("exponential never quite reach 0; exponential grows fastest on the wrong side (e^3 ≈ 20 at m = −3),");
        out.println("so a mislabelled point pulls hardest on it.");
        out.println();
        train(seed, out);
    }

    /** The loss values at a few margins, so the picture can be checked by hand. */
    private static void printValues(List<Curve> curves, PrintStream out) {
        out.println();
        out.printf("  %-12s%s%n", "m", "      −2      −1       0       1       2");
        for (Curve c : curves) {
            StringBuilder row = new StringBuilder(String.format("  %-12s", c.name()));
            for (int m = -2; m <= 2; m++) {
                int i = (int) Math.round((m + MARGIN_LIMIT) / MARGIN_STEP);
                row.append(String.format("%8.4f", c.y()[i]));
            }
            out.println(row);
        }
        out.println();
    }

    /** Each loss of one example at each margin, computed by the loss classes (score z = m, label 1, so y·z = m). */
    static List<Curve> curves() {
        int n = (int) Math.round(2 * MARGIN_LIMIT / MARGIN_STEP) + 1;
        double[] margins = new double[n];
        double[][] values = new double[4][n];
        for (int i = 0; i < n; i++) {
            double m = -MARGIN_LIMIT + i * MARGIN_STEP;
            margins[i] = m;
            Node z = Node.constant(Tensor.of(new double[][] {{m}}));
            int[] positive = {1};
            values[0][i] = ZeroOneLoss.of(positive, new int[] {m >= 0 ? 1 : 0});
            for (int j = 0; j < TRAINABLE.size(); j++) {
                values[j + 1][i] = TRAINABLE.get(j).loss().of(z, positive).item();
            }
        }
        List<Curve> curves = new ArrayList<>();
        curves.add(new Curve("0/1", margins, values[0]));
        for (int j = 0; j < TRAINABLE.size(); j++) {
            curves.add(new Curve(TRAINABLE.get(j).name(), margins, values[j + 1]));
        }
        return curves;
    }

    /** One row of the table: what a model trained on one loss did. */
    record Row(String loss, double finalLoss, double trainAccuracy, double testAccuracy) {
    }

    /** The same linear classifier trained with each loss on the breast-cancer data; prints and returns the table. */
    static List<Row> train(long seed, PrintStream out) {
        Split split = Split.stratified(Datasets.breastCancer(), SoftmaxDemo.TEST_FRACTION, Rng.seed(seed));
        Standardizer s = Standardizer.fit(split.train().features());
        Dataset train = s.transform(split.train());
        Dataset test = s.transform(split.test());
        int d = train.numFeatures();
        out.printf("Breast cancer (%d features, %s): a stratified %d%% test split (seed %d), standardized. The same%n",
                d, train.classNames(), Math.round(SoftmaxDemo.TEST_FRACTION * 100), seed);
        out.printf("linear classifier z = X·W + b, started at W = 0, b = 0, trained %d full-batch steps at η = %s on each loss:%n%n",
                STEPS, LEARNING_RATE);
        out.printf("  %-12s %11s %15s %14s%n", "trained on", "final loss", "train accuracy", "test accuracy");
        List<Row> rows = new ArrayList<>();
        LogisticRegression untrained = new LogisticRegression(Tensor.zeros(d, 1), Tensor.zeros(1));
        rows.add(new Row("0/1", ZeroOneLoss.of(train.labels(), untrained.predict(train.features())),
                accuracy(untrained, train), accuracy(untrained, test)));
        for (Named named : TRAINABLE) {
            LogisticRegression model = new LogisticRegression(Tensor.zeros(d, 1), Tensor.zeros(1), named.loss());
            TrainingConfig config = TrainingConfig.steps(STEPS, TrainingConfig.FULL_BATCH, LEARNING_RATE, seed, 0);
            History h = new Trainer(config).printingTo(new PrintStream(OutputStream.nullOutputStream())).fit(model, train);
            rows.add(new Row(named.name(), h.finalLoss(), accuracy(model, train), accuracy(model, test)));
        }
        for (Row r : rows) {
            out.printf("  %-12s %11.4f %15.4f %14.4f%s%n", r.loss(), r.finalLoss(), r.trainAccuracy(), r.testAccuracy(),
                    r.loss().equals("0/1") ? "   (not trainable: the start, which calls every row class 1)" : "");
        }
        double best = 0;
        double worst = 1;
        for (Row r : rows.subList(1, rows.size())) {
            best = Math.max(best, r.testAccuracy());
            worst = Math.min(worst, r.testAccuracy());
        }
        out.println();
        out.printf("The three trainable losses end %.1f percentage points apart in test accuracy, all far above the%n",
                100 * (best - worst));
        out.println("untrained start: on data a line separates well, the loss changes where the line is placed more");
        out.println("than how many points it gets right. Each final loss is in its own units, so compare the accuracies.");
        return rows;
    }

    private static double accuracy(LogisticRegression model, Dataset data) {
        return ConfusionMatrix.accuracy(data.labels(), model.predict(data.features()));
    }
}
