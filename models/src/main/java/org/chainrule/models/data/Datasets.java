package org.chainrule.models.data;

import java.util.List;
import org.chainrule.core.Rng;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;

/**
 * The data sets that come with Chainrule: the notes' toy sets, seeded generators, and three small
 * real data sets bundled as resources (origins and licences in {@code DATA.md}).
 *
 * <pre>
 *   Dataset train = Datasets.seedTrain();                    // 6 × 2, the notes' X_train, Y_train
 *   Dataset arms  = Datasets.spiral(100, 3, Rng.seed(2020)); // 300 × 2, not linearly separable
 *   Dataset iris  = Datasets.iris();                         // 150 × 4, 3 classes
 * </pre>
 */
public final class Datasets {
    /** The notes' confusion-matrix labels for the 6-point sets. */
    private static final List<String> NEGATIVE_POSITIVE = List.of("Negative", "Positive");
    private static final List<String> DIGIT_NAMES =
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    /** Spiral: each arm turns through this many radians (as in CS231n's example). */
    private static final double SPIRAL_TURN = 4.0;
    /** Spiral: the standard deviation of the noise added to each point's angle, in radians. */
    private static final double SPIRAL_NOISE = 0.2;
    /** Blobs: centres are drawn uniformly from {@code [-10, 10)²}, as scikit-learn's {@code make_blobs}. */
    private static final double CENTER_BOX = 10.0;

    private Datasets() {
    }

    /**
     * The notes' training set (week 2's logistic regression): 6 points in 2-D, the first three
     * Negative (0), the last three Positive (1).
     *
     * <pre>
     *   X_train = [[1, 1], [1, 2], [2, 1], [3, 2], [3, 3], [2, 3]]     [6, 2]
     *   Y_train = [0, 0, 0, 1, 1, 1]
     * </pre>
     */
    public static Dataset seedTrain() {
        double[][] x = {{1, 1}, {1, 2}, {2, 1}, {3, 2}, {3, 3}, {2, 3}};
        return new Dataset(Tensor.of(x), new int[] {0, 0, 0, 1, 1, 1}, NEGATIVE_POSITIVE);
    }

    /**
     * The notes' test set, on which their trained model gives the confusion matrix
     * {@code [[2, 2], [1, 1]]}.
     *
     * <pre>
     *   X_test = [[1, 0], [0, 2], [1, 1], [3, 2], [3, 3], [2, 3]]      [6, 2]
     *   Y_test = [0, 0, 1, 0, 1, 0]
     * </pre>
     */
    public static Dataset seedTest() {
        double[][] x = {{1, 0}, {0, 2}, {1, 1}, {3, 2}, {3, 3}, {2, 3}};
        return new Dataset(Tensor.of(x), new int[] {0, 0, 1, 0, 1, 0}, NEGATIVE_POSITIVE);
    }

    /**
     * Exclusive or: label 1 when exactly one input is 1. No straight line separates the classes,
     * so logistic regression fails and an MLP with a hidden layer succeeds (the notes' MLP story).
     *
     * <pre>
     *   X = [[0, 0], [0, 1], [1, 0], [1, 1]]     [4, 2]
     *   Y = [0, 1, 1, 0]
     * </pre>
     */
    public static Dataset xor() {
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        return new Dataset(Tensor.of(x), new int[] {0, 1, 1, 0}, List.of("0", "1"));
    }

    /**
     * Interleaved spiral arms, one per class (after Andrej Karpathy's CS231n example): a 2-D set no
     * linear model can separate. Point i of arm c, for t = i / (pointsPerClass − 1):
     * <pre>
     *   r = t,   θ = 4·(c + t) + 0.2·ε,  ε ~ N(0, 1)
     *   x = (r·sin θ, r·cos θ)
     * </pre>
     * Rows are grouped by class: arm 0 first.
     *
     * @param pointsPerClass points on each arm, at least 1
     * @param classes the number of arms, at least 1; class names {@code "arm 0"}, {@code "arm 1"}, …
     * @param rng the seeded source of the angle noise; the same seed gives the same set
     * @return features {@code [pointsPerClass·classes, 2]}
     */
    public static Dataset spiral(int pointsPerClass, int classes, Rng rng) {
        requireAtLeast1("spiral", "pointsPerClass", pointsPerClass);
        requireAtLeast1("spiral", "classes", classes);
        int n = pointsPerClass * classes;
        double[] noise = rng.normal(0, SPIRAL_NOISE, n).toArray();
        double[] x = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int c = i / pointsPerClass;
            double t = pointsPerClass == 1 ? 0 : (double) (i % pointsPerClass) / (pointsPerClass - 1);
            double theta = SPIRAL_TURN * (c + t) + noise[i];
            x[2 * i] = t * StrictMath.sin(theta);
            x[2 * i + 1] = t * StrictMath.cos(theta);
            labels[i] = c;
        }
        return new Dataset(Tensor.of(Shape.of(n, 2), x), labels, names("arm", classes));
    }

    /**
     * Gaussian blobs in 2-D (like scikit-learn's {@code make_blobs}): {@code centers} centres drawn
     * uniformly from {@code [-10, 10)²}, then each point = its class's centre + N(0, std²) noise per
     * coordinate. Class c gets {@code n / centers} points, one more for the first {@code n % centers}
     * classes; rows are grouped by class.
     *
     * @param n the number of points, at least {@code centers}
     * @param centers the number of classes, at least 1; class names {@code "blob 0"}, {@code "blob 1"}, …
     * @param std the spread of each blob, 0 or more (0 puts every point on its centre)
     * @param rng the seeded source of centres and noise; the same seed gives the same set
     * @return features {@code [n, 2]}
     */
    public static Dataset blobs(int n, int centers, double std, Rng rng) {
        requireAtLeast1("blobs", "centers", centers);
        if (n < centers) {
            throw new IllegalArgumentException(String.format("blobs: n is %d but there are %d centers; "
                    + "every blob needs at least one point, so n must be at least %d.", n, centers, centers));
        }
        if (!(std >= 0) || Double.isInfinite(std)) {
            throw new IllegalArgumentException(
                    "blobs: std is " + std + "; the spread must be a finite number, 0 or more.");
        }
        int[] labels = new int[n];
        for (int i = 0, c = 0; c < centers; c++) {
            int count = n / centers + (c < n % centers ? 1 : 0);
            for (int j = 0; j < count; j++) {
                labels[i++] = c;
            }
        }
        Tensor centres = rng.uniform(-CENTER_BOX, CENTER_BOX, centers, 2);
        Tensor x = centres.take(labels).add(rng.normal(0, std, n, 2));
        return new Dataset(x, labels, names("blob", centers));
    }

    /**
     * Fisher's Iris flowers: 150 × 4 (sepal length, sepal width, petal length, petal width, in cm),
     * 3 classes of 50: setosa, versicolor, virginica. R. A. Fisher (1936), as in the UCI Machine
     * Learning Repository; CC BY 4.0.
     */
    public static Dataset iris() {
        return Csv.resource("iris.csv");
    }

    /**
     * Breast Cancer Wisconsin (Diagnostic): 569 × 30 measurements of cell nuclei from breast-mass
     * images; 2 classes: malignant (0, 212 rows) and benign (1, 357 rows). UCI ML Repository;
     * W. H. Wolberg, W. N. Street, O. L. Mangasarian (1995); CC BY 4.0. The features have very
     * different scales: standardize them first ({@link Standardizer}).
     */
    public static Dataset breastCancer() {
        return Csv.resource("breast_cancer.csv");
    }

    /**
     * Handwritten digits: 1797 images of 8 × 8 pixels, each pixel a count from 0 to 16, flattened
     * row by row into 64 features ({@code pixel[r, c]} is feature {@code 8·r + c}); classes "0" to "9".
     * UCI ML "Optical Recognition of Handwritten Digits" (test set), E. Alpaydin, C. Kaynak (1998);
     * CC BY 4.0.
     */
    public static Dataset digits() {
        return Csv.resource("digits.csv.gz", DIGIT_NAMES);
    }

    private static List<String> names(String prefix, int count) {
        String[] names = new String[count];
        for (int c = 0; c < count; c++) {
            names[c] = prefix + " " + c;
        }
        return List.of(names);
    }

    private static void requireAtLeast1(String op, String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(String.format("%s: %s is %d; it must be at least 1.", op, name, value));
        }
    }
}
