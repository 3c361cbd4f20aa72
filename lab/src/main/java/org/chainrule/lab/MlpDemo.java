package org.chainrule.lab;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import org.chainrule.core.Rng;
import org.chainrule.models.Activation;
import org.chainrule.models.Classifier;
import org.chainrule.models.LogisticRegression;
import org.chainrule.models.Mlp;
import org.chainrule.models.data.Dataset;
import org.chainrule.models.data.Datasets;
import org.chainrule.models.data.Split;
import org.chainrule.models.data.Standardizer;
import org.chainrule.models.metrics.ConfusionMatrix;
import org.chainrule.models.optim.Adam;
import org.chainrule.models.train.Trainer;
import org.chainrule.models.train.TrainingConfig;
import org.chainrule.plots.ConfusionMatrixPlot;
import org.chainrule.plots.DecisionRegionsPlot;
import org.chainrule.plots.ProbabilityMapPlot;

/**
 * {@code chainrule demo mlp}: the notes' neural-network story. XOR first: no straight line separates
 * it, and logistic regression trained on the log loss does not even draw one — on the four symmetric
 * points its best is W = 0, b = 0, h = 1/2 everywhere (drawn as a probability map) — while an MLP
 * with one hidden layer bends its boundary and gets all 4 (drawn as regions). Then handwritten digits: an
 * MLP 64-128-10 with ReLU beats the linear models of {@code demo softmax}.
 */
final class MlpDemo implements Demo {
    static final long DEFAULT_SEED = 2020;
    static final int XOR_STEPS = 2000;
    static final double XOR_LEARNING_RATE = 0.5;
    static final int[] XOR_SIZES = {2, 8, 2};
    static final int[] DIGITS_SIZES = {64, 128, 10};

    @Override
    public String name() {
        return "mlp";
    }

    @Override
    public String summary() {
        return "XOR: a line fails, a hidden layer succeeds; an MLP on digits";
    }

    @Override
    public void run(Context context) {
        PrintStream out = context.out();
        long seed = context.seed() == null ? DEFAULT_SEED : context.seed();
        xor(seed, context.outDir(), out);
        digits(seed, context.outDir(), out);
    }

    /** Accuracies on XOR: logistic regression, then the MLP. */
    record XorResult(double logistic, double mlp) {
    }

    static XorResult xor(long seed, Path dir, PrintStream out) {
        Dataset xor = Datasets.xor();
        out.println("XOR: label 1 when exactly one input is 1. X = [[0, 0], [0, 1], [1, 0], [1, 1]], y = [0, 1, 1, 0].");
        out.printf("Both models: %d full-batch steps, learning rate %s, seed %d.%n", XOR_STEPS, XOR_LEARNING_RATE, seed);
        TrainingConfig config = TrainingConfig.steps(XOR_STEPS, TrainingConfig.FULL_BATCH, XOR_LEARNING_RATE, seed, 0);
        LogisticRegression line = new LogisticRegression(2, Rng.seed(seed));
        fit(line, xor, config);
        double lineAccuracy = accuracy(line, xor);
        explainLine(line, xor, lineAccuracy, out);
        Mlp mlp = new Mlp(XOR_SIZES, Activation.TANH, Rng.seed(seed));
        fit(mlp, xor, config);
        double mlpAccuracy = accuracy(mlp, xor);
        out.printf("  MLP %s with tanh (a hidden layer of %d units): accuracy %.2f — the hidden layer bends the "
                + "plane so that the last, linear layer can split it.%n", Arrays.toString(XOR_SIZES),
                XOR_SIZES[1], mlpAccuracy);
        out.println("  picture: " + ProbabilityMapPlot.write(xor, line::probabilities,
                "XOR: logistic regression's h(x)", "x0", "x1", dir.resolve("mlp-xor-logistic-probability.png"))
                + " (h at every point of the plane: white is 1/2)");
        out.println("  picture: " + DecisionRegionsPlot.write(xor, mlp::predict, "XOR: MLP 2-8-2, tanh",
                dir.resolve("mlp-xor-regions.png")));
        out.println();
        return new XorResult(lineAccuracy, mlpAccuracy);
    }

    /**
     * What the trained line really is: its numbers, h at the four points, and why the log loss
     * wants W = 0 on XOR although a line could put 3 of the 4 points right.
     */
    static void explainLine(LogisticRegression line, Dataset xor, double accuracy, PrintStream out) {
        double[] w = line.weights().value().toArray();
        double b = line.bias().value().toArray()[0];
        double[] h = line.probabilities(xor.features()).toArray();
        double farthest = 0;
        for (double p : h) {
            farthest = Math.max(farthest, Math.abs(p - 0.5));
        }
        out.printf("  logistic regression (one straight boundary) ends at W = [%.1e, %.1e], b = %.1e:%n",
                w[0], w[1], b);
        out.printf("    h = %.4f at all four points (none further than %.0e from 1/2). Why: for any line%n", h[0], farthest);
        out.println("    z = w0·x0 + w1·x1 + b, the four points' margins (how far each sits on its own side: z for");
        out.println("    label 1, −z for label 0) add up to exactly 0 — what some points gain, the others lose. The");
        out.println("    log loss is convex, so it charges a loss more than it repays an equal gain, and its lowest");
        out.println("    value is at margins 0, 0, 0, 0: W = 0, b = 0, h = 1/2 everywhere, loss ln 2 = 0.6931. Some");
        out.println("    lines put 3 of the 4 points right (x0 + x1 = 0.5 gets all but (1, 1)), but each costs more");
        out.println("    log loss, so training does not go there.");
        out.printf("    Its accuracy, %.2f, only shows which way rounding broke each tie; it is not a boundary.%n",
                accuracy);
    }

    /** Trains the digits MLP and returns its test accuracy. */
    static double digits(long seed, Path dir, PrintStream out) {
        Split split = Split.stratified(Datasets.digits(), SoftmaxDemo.TEST_FRACTION, Rng.seed(seed));
        Standardizer s = Standardizer.fit(split.train().features());
        Dataset train = s.transform(split.train());
        Dataset test = s.transform(split.test());
        TrainingConfig config = TrainingConfig.epochs(20, 32, 0.001, seed, 0);
        out.printf("Digits: the same split as demo softmax (%d training, %d test rows). MLP %s with ReLU,%n",
                train.size(), test.size(), Arrays.toString(DIGITS_SIZES));
        out.printf("Adam (lr %s), %d epochs of batches of %d = %d steps.%n", config.learningRate(), config.epochs(),
                config.batchSize(), config.totalSteps(train.size()));
        Mlp mlp = new Mlp(DIGITS_SIZES, Activation.RELU, Rng.seed(seed));
        new Trainer(config, Adam::new).printingTo(quiet()).fit(mlp, train);
        ConfusionMatrix cm = ConfusionMatrix.of(test.labels(), mlp.predict(test.features()), test.classNames());
        out.println(cm.table().indent(2));
        out.printf("MLP, digits test accuracy: %.4f (compare demo softmax: one linear layer on the same split).%n", cm.accuracy());
        out.println("  picture: " + ConfusionMatrixPlot.write(cm.counts(), cm.classNames(), "MLP 64-128-10 on digits (test)",
                dir.resolve("mlp-digits-confusion.png")));
        return cm.accuracy();
    }

    private static void fit(Classifier model, Dataset data, TrainingConfig config) {
        new Trainer(config).printingTo(quiet()).fit(model, data);
    }

    private static double accuracy(Classifier model, Dataset data) {
        return ConfusionMatrix.accuracy(data.labels(), model.predict(data.features()));
    }

    private static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
