package org.chainrule.models.data;

import java.util.List;
import org.chainrule.core.ClassLabels;
import org.chainrule.core.Shape;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;

/**
 * A labelled data set: one row of features per example and one class label per row.
 *
 * @param features the inputs, shape {@code [n, d]}: n examples of d features
 * @param labels n class indices, each in {@code [0, classNames.size())}
 * @param classNames a name per class, e.g. {@code [Negative, Positive]} or {@code [setosa, versicolor, virginica]}
 */
public record Dataset(Tensor features, int[] labels, List<String> classNames) {

    /** Checks that the parts fit together; every error names the shapes and counts. */
    public Dataset {
        Shape s = features.shape();
        if (s.rank() != 2) {
            throw new ShapeException(String.format("Dataset: features are %s; they must be [n, d] "
                    + "(one row per example).", s));
        }
        if (s.dim(0) != labels.length) {
            throw new ShapeException(String.format("Dataset: features are %s (%d rows) but there are "
                    + "%d labels; give one label per row.", s, s.dim(0), labels.length));
        }
        ClassLabels.check("Dataset " + classNames, labels, classNames.size());
        labels = labels.clone();
        classNames = List.copyOf(classNames);
    }

    /** The number of examples n. */
    public int size() {
        return labels.length;
    }

    /** The number of features d. */
    public int numFeatures() {
        return features.shape().dim(1);
    }

    /** The number of classes. */
    public int numClasses() {
        return classNames.size();
    }

    /** The labels (a copy). */
    @Override
    public int[] labels() {
        return labels.clone();
    }

    /** How many examples each class has: {@code classCounts()[c]} rows carry label c. */
    public int[] classCounts() {
        int[] counts = new int[numClasses()];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /**
     * The labels of a two-class data set as a column of 0/1 values, shape {@code [n, 1]}: the notes'
     * {@code Y_train} (1 for class 1, e.g. Positive).
     *
     * @throws IllegalArgumentException if the data set does not have exactly 2 classes
     */
    public Tensor labelColumn() {
        if (numClasses() != 2) {
            throw new IllegalArgumentException(String.format("Dataset.labelColumn: the data set has %d classes "
                    + "%s; a column of 0/1 labels needs exactly 2. For k classes use oneHot() ([n, k]).",
                    numClasses(), classNames));
        }
        return LabelEncoding.column(labels, 1);
    }

    /** The labels one-hot, shape {@code [n, classes]}: row i has a 1 at column {@code labels[i]}. */
    public Tensor oneHot() {
        return LabelEncoding.oneHot(labels, numClasses());
    }

    /** The examples at the given rows, in that order (e.g. one minibatch). */
    public Dataset take(int[] rows) {
        Tensor picked = features.take(rows); // checks every index, naming the shape
        int[] pickedLabels = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            pickedLabels[i] = labels[rows[i]];
        }
        return new Dataset(picked, pickedLabels, classNames);
    }

    /** A one-line summary, e.g. {@code Dataset[150 × 4, 3 classes [setosa, versicolor, virginica]]}. */
    @Override
    public String toString() {
        return String.format("Dataset[%d × %d, %d classes %s]", size(), numFeatures(), numClasses(), classNames);
    }
}
