package org.chainrule.lab;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.chainrule.core.Rng;
import org.chainrule.core.Tensor;
import org.chainrule.models.Classifier;
import org.chainrule.models.OneVsRest;
import org.chainrule.models.SoftmaxRegression;
import org.chainrule.models.data.Dataset;
import org.chainrule.models.data.Datasets;
import org.chainrule.models.data.Split;
import org.chainrule.models.data.Standardizer;
import org.chainrule.models.metrics.ConfusionMatrix;
import org.chainrule.models.train.Trainer;
import org.chainrule.models.train.TrainingConfig;
import org.chainrule.plots.ConfusionMatrixPlot;
import org.chainrule.plots.DecisionRegionsPlot;
import org.chainrule.plots.WeightImagesPlot;

/**
 * {@code chainrule demo softmax}: the notes' two routes to many classes, side by side on Iris and
 * on handwritten digits — one-vs-rest (k binary logistic models, pick the most confident) and
 * softmax regression (one matrix W, one softmax). Prints a test-accuracy table and confusion
 * matrices, draws the heatmaps, the three Iris regions of each model, and the digits' learned
 * templates (the notes: "W looks like the class").
 */
final class SoftmaxDemo implements Demo {
    static final long DEFAULT_SEED = 2020;
    static final double TEST_FRACTION = 0.2;
    /** λ of the weight decay for the digit templates: enough to clear unused pixels, little accuracy lost. */
    static final double TEMPLATE_DECAY = 0.01;
    /** The digits' largest pixel value (the UCI set counts ink in 4 × 4 blocks: 0 to 16). */
    static final double DIGIT_MAX = 16;
    /** Iris's petal length and petal width: the two features drawn in the regions picture. */
    private static final int[] PETALS = {2, 3};

    @Override
    public String name() {
        return "softmax";
    }

    @Override
    public String summary() {
        return "one-vs-rest vs softmax regression on Iris and digits; confusion matrices, W as images";
    }

    @Override
    public void run(Context context) {
        PrintStream out = context.out();
        long seed = context.seed() == null ? DEFAULT_SEED : context.seed();
        Path dir = context.outDir();
        out.println("Many classes, two ways (the notes):");
        out.println("  one-vs-rest: k binary logistic models h_j = σ(X·W_j + b_j), \"class j or not?\"; predict the most sure.");
        out.println("  softmax:     one matrix, Z = X·W + b with W [d, k]; P = softmax(Z) sums to 1; predict argmax.");
        out.printf("Each data set: a stratified %d%% test split (seed %d), features standardized on the training part.%n",
                Math.round(TEST_FRACTION * 100), seed);
        out.println("Softmax regression starts from W = 0 (its cost is convex, so any start reaches the same minimum);");
        out.println("one-vs-rest from the notes' N(0, 1) draw.");
        out.println();
        Scores iris = compare("Iris", Datasets.iris(), iris(seed), seed, dir, out);
        Scores digits = compare("digits", Datasets.digits(), digits(seed), seed, dir, out);
        out.println("Test accuracy:");
        out.printf("  %-8s %12s %10s%n", "", "one-vs-rest", "softmax");
        out.printf("  %-8s %12.4f %10.4f%n", "Iris", iris.oneVsRest, iris.softmax);
        out.printf("  %-8s %12.4f %10.4f%n", "digits", digits.oneVsRest, digits.softmax);
        out.printf("softmax regression, digits test accuracy: %.4f%n", digits.softmax);
        out.println();
        irisRegions(seed, dir, out);
    }

    /** Iris: 120 training rows, so 8 steps per epoch at batch 16; 200 epochs = 1600 steps. */
    static TrainingConfig iris(long seed) {
        return TrainingConfig.epochs(200, 16, 0.1, seed, 0);
    }

    /** Digits: 1438 training rows, 90 steps per epoch at batch 16; 20 epochs = 1800 steps. */
    static TrainingConfig digits(long seed) {
        return TrainingConfig.epochs(20, 16, 0.1, seed, 0);
    }

    /** Test accuracies of the two models on one data set. */
    record Scores(double oneVsRest, double softmax) {
    }

    /** Trains both models on a split of {@code data}; prints the softmax confusion matrix; draws what fits. */
    private static Scores compare(String name, Dataset data, TrainingConfig run, long seed, Path dir, PrintStream out) {
        Dataset[] parts = standardizedSplit(data, seed);
        Dataset train = parts[0];
        Dataset test = parts[1];
        int d = train.numFeatures();
        int k = train.numClasses();
        out.printf("%s: %d training and %d test rows of %d features, %d classes; %d epochs, batch %d, lr %s.%n",
                name, train.size(), test.size(), d, k, run.epochs(), run.batchSize(), run.learningRate());
        OneVsRest ovr = new OneVsRest(d, k, Rng.seed(seed));
        fit(ovr, train, run);
        SoftmaxRegression softmax = new SoftmaxRegression(Tensor.zeros(d, k), Tensor.zeros(k));
        fit(softmax, train, run);
        double ovrAccuracy = ConfusionMatrix.accuracy(test.labels(), ovr.predict(test.features()));
        ConfusionMatrix cm = ConfusionMatrix.of(test.labels(), softmax.predict(test.features()), test.classNames());
        out.printf("Softmax regression on the %s test set (accuracy %.4f):%n", name, cm.accuracy());
        out.println(cm.table().indent(2));
        String file = "softmax-" + name.toLowerCase() + "-confusion.png";
        out.println("  picture: " + ConfusionMatrixPlot.write(cm.counts(), cm.classNames(),
                "Softmax regression, " + name + " (test)", dir.resolve(file)));
        if (name.equals("digits")) {
            templates(data, run, seed, dir, out);
        }
        out.println();
        return new Scores(ovrAccuracy, cm.accuracy());
    }

    /**
     * W as ten 8 × 8 templates. Standardizing divides pixels that are almost always blank by a tiny
     * spread, so the model above gives them large, meaningless weights; for the picture the same
     * model is trained on the raw pixels scaled to [0, 1] with a little L2 weight decay, and
     * unused pixels stay near 0 (white).
     */
    private static void templates(Dataset digits, TrainingConfig run, long seed, Path dir, PrintStream out) {
        Split split = Split.stratified(digits, TEST_FRACTION, Rng.seed(seed));
        Dataset train = scaled(split.train());
        Dataset test = scaled(split.test());
        SoftmaxRegression model = new SoftmaxRegression(Tensor.zeros(train.numFeatures(), train.numClasses()),
                Tensor.zeros(train.numClasses()));
        new Trainer(run, rate -> new WeightDecaySgd(rate, TEMPLATE_DECAY))
                .printingTo(new PrintStream(OutputStream.nullOutputStream())).fit(model, train);
        double accuracy = ConfusionMatrix.accuracy(test.labels(), model.predict(test.features()));
        Path png = WeightImagesPlot.write(model.weights().value(), 8, 8, train.classNames(),
                "Digit templates: W's columns (pixels in [0, 1], L2 decay λ = " + TEMPLATE_DECAY + ")",
                dir.resolve("softmax-digits-templates.png"));
        out.printf("W as pictures: the standardized model above weighs near-blank pixels heavily (it divided them by a "
                + "tiny spread), so%nfor the templates the same model is trained on the raw pixels scaled to [0, 1] with "
                + "a little L2 weight decay%n(λ = %s: W ← W − η·(∂cost/∂W + λ·W)); pixels no digit uses stay white. "
                + "Its test accuracy: %.4f.%n", TEMPLATE_DECAY, accuracy);
        out.println("  picture: " + png + " (W [64, 10], one template per digit: red ink raises the score, blue lowers it)");
    }

    /** The digits' pixels (0 to 16) scaled to [0, 1]. */
    private static Dataset scaled(Dataset digits) {
        return new Dataset(digits.features().div(DIGIT_MAX), digits.labels(), digits.classNames());
    }

    /** Split (stratified, seeded), then standardize both parts with the training part's mean and std. */
    private static Dataset[] standardizedSplit(Dataset data, long seed) {
        Split split = Split.stratified(data, TEST_FRACTION, Rng.seed(seed));
        Standardizer s = Standardizer.fit(split.train().features());
        return new Dataset[] {s.transform(split.train()), s.transform(split.test())};
    }

    private static void fit(Classifier model, Dataset train, TrainingConfig config) {
        new Trainer(config).printingTo(new PrintStream(OutputStream.nullOutputStream())).fit(model, train);
    }

    /** Both models on Iris's two petal features, so their class regions can be drawn in the plane. */
    private static void irisRegions(long seed, Path dir, PrintStream out) {
        Dataset iris = Datasets.iris();
        Tensor petals = iris.features().transpose().take(PETALS).transpose();
        Dataset inCm = new Dataset(petals, iris.labels(), iris.classNames());
        Standardizer standardizer = Standardizer.fit(petals);
        Dataset two = standardizer.transform(inCm);
        OneVsRest ovr = new OneVsRest(2, 3, Rng.seed(seed));
        fit(ovr, two, iris(seed));
        SoftmaxRegression softmax = new SoftmaxRegression(Tensor.zeros(2, 3), Tensor.zeros(3));
        fit(softmax, two, iris(seed));
        out.println("The regions each model gives the plane, on Iris's two petal features (all 150 flowers, standardized).");
        out.println("Softmax's borders are where two class scores of the one matrix tie. One-vs-rest asks three separate");
        out.println("questions, and \"versicolor or not?\" has no straight answer (versicolor sits between the other two),");
        out.println("so versicolor gets what the setosa and virginica models leave:");
        out.println("  picture: " + regions(inCm, standardizer, ovr, "one-vs-rest", dir.resolve("onevsrest-iris-regions.png")));
        out.println("  picture: " + regions(inCm, standardizer, softmax, "softmax regression",
                dir.resolve("softmax-iris-regions.png")));
        out.println("  (drawn in centimetres; each point of the plane is standardized as the training rows were, then classified)");
    }

    /** The regions in the features' own units: the model sees each point standardized. */
    private static Path regions(Dataset inCm, Standardizer standardizer, Classifier model, String label, Path file) {
        return DecisionRegionsPlot.write(inCm, x -> model.predict(standardizer.transform(x)), "Iris: " + label,
                "petal length (cm)", "petal width (cm)", file);
    }
}
