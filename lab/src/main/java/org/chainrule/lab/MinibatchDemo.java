package org.chainrule.lab;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chainrule.core.Rng;
import org.chainrule.core.Tensor;
import org.chainrule.models.SoftmaxRegression;
import org.chainrule.models.data.Dataset;
import org.chainrule.models.data.Datasets;
import org.chainrule.models.data.Minibatches;
import org.chainrule.models.data.Split;
import org.chainrule.models.data.Standardizer;
import org.chainrule.models.metrics.ConfusionMatrix;
import org.chainrule.models.train.History;
import org.chainrule.models.train.Trainer;
import org.chainrule.models.train.TrainingConfig;
import org.chainrule.plots.LossCurvesPlot;
import org.chainrule.plots.LossCurvesPlot.Curve;

/**
 * {@code chainrule demo minibatch}: the notes' stochastic gradient descent. First the accounting —
 * 1,000,000 rows in batches of 10,000 make 100 steps per epoch — done by {@link Minibatches} with
 * row indices only; then a small shuffled example; then the effect of the batch size on training
 * softmax regression on digits, on one loss chart against epochs.
 */
final class MinibatchDemo implements Demo {
    static final long DEFAULT_SEED = 2020;
    static final int[] BATCH_SIZES = {8, 64, 512, TrainingConfig.FULL_BATCH};
    static final int EPOCHS = 10;
    static final double LEARNING_RATE = 0.1;

    @Override
    public String name() {
        return "minibatch";
    }

    @Override
    public String summary() {
        return "epoch vs step (1,000,000 rows / 10,000 = 100 steps), and what the batch size changes";
    }

    @Override
    public void run(Context context) {
        PrintStream out = context.out();
        long seed = context.seed() == null ? DEFAULT_SEED : context.seed();
        accounting(seed, out);
        smallExample(seed, out);
        batchSizes(seed, context.outDir(), out);
    }

    private static void accounting(long seed, PrintStream out) {
        Minibatches big = new Minibatches(1_000_000, 10_000, false, Rng.seed(seed));
        out.println("The notes: 1,000,000 rows do not fit in memory at once, so they go in batches of 10,000.");
        out.println("  " + big);
        out.printf("  one epoch = every row once = %d steps (one gradient update per batch); 3 epochs = %d steps.%n",
                big.stepsPerEpoch(), 3 * big.stepsPerEpoch());
        out.println("  Minibatches hands out row numbers only; the rows themselves are read batch by batch.");
        out.printf("  So the step count is the epoch count times the steps per epoch (here %d×): larger with any batch%n",
                big.stepsPerEpoch());
        out.println("  smaller than the data set, equal only for the full batch (one step per epoch, as in the last row below).");
        out.println();
    }

    private static void smallExample(long seed, PrintStream out) {
        out.println("Ten rows in batches of 4, shuffled afresh each epoch (seeded): ⌈10 / 4⌉ = 3 steps per epoch.");
        Minibatches batches = new Minibatches(10, 4, false, Rng.seed(seed));
        for (int epoch = 1; epoch <= 2; epoch++) {
            out.println("  epoch " + epoch + ": " + show(batches.nextEpoch()));
        }
        Minibatches dropLast = new Minibatches(10, 4, true, Rng.seed(seed));
        out.println("  with dropLast, ⌊10 / 4⌋ = " + dropLast.stepsPerEpoch() + " steps; the 2 leftover rows sit "
                + "this epoch out: " + show(dropLast.nextEpoch()));
        out.println();
    }

    private static String show(List<int[]> epoch) {
        StringBuilder sb = new StringBuilder();
        for (int[] rows : epoch) {
            sb.append(sb.length() == 0 ? "" : " ").append(Arrays.toString(rows));
        }
        return sb.toString();
    }

    /** One run per batch size; prints a table and draws the step losses against epochs. */
    static void batchSizes(long seed, Path dir, PrintStream out) {
        Split split = Split.stratified(Datasets.digits(), SoftmaxDemo.TEST_FRACTION, Rng.seed(seed));
        Standardizer s = Standardizer.fit(split.train().features());
        Dataset train = s.transform(split.train());
        Dataset test = s.transform(split.test());
        out.printf("Batch size, on softmax regression for digits (%d training rows): %d epochs at lr %s each time,%n",
                train.size(), EPOCHS, LEARNING_RATE);
        out.println("so every run sees every row " + EPOCHS + " times; what changes is how many steps that makes.");
        out.printf("  %-12s %12s %9s %16s %14s%n", "batch", "steps/epoch", "steps", "last-epoch loss", "test accuracy");
        List<Curve> curves = new ArrayList<>();
        for (int b : BATCH_SIZES) {
            TrainingConfig config = TrainingConfig.epochs(EPOCHS, b, LEARNING_RATE, seed, 0);
            SoftmaxRegression model = new SoftmaxRegression(Tensor.zeros(64, 10), Tensor.zeros(10));
            History h = new Trainer(config).printingTo(new PrintStream(OutputStream.nullOutputStream())).fit(model, train);
            String name = b >= train.size() ? "full (" + train.size() + ")" : String.valueOf(b);
            double accuracy = ConfusionMatrix.accuracy(test.labels(), model.predict(test.features()));
            double[] epochLosses = h.epochLosses();
            out.printf("  %-12s %12d %9d %16.4f %14.4f%n", name, h.stepsPerEpoch(), h.steps(),
                    epochLosses[epochLosses.length - 1], accuracy);
            curves.add(new Curve("batch " + name, epochNumbers(epochLosses.length), epochLosses));
        }
        out.println("Small batches: many cheap, noisy steps per epoch — far down after a few epochs. The full batch:");
        out.println("one exact step per epoch, a smooth curve that has barely started. In between is the usual choice.");
        out.println("  picture: " + LossCurvesPlot.write(curves, "Batch size: softmax regression on digits, lr "
                + LEARNING_RATE + " (mean loss of each epoch)", "epoch", true, dir.resolve("minibatch-batch-sizes.png"))
                + " (each epoch's mean loss: the single steps of small batches scatter around it)");
    }

    /** 1, 2, …, epochs: where each epoch's mean loss is drawn. */
    private static double[] epochNumbers(int epochs) {
        double[] x = new double[epochs];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
        }
        return x;
    }
}
