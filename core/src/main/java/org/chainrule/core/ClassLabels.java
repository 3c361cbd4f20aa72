package org.chainrule.core;

/**
 * The class-index rule, written once: with k classes a label is one of the class indices
 * {@code 0, 1, …, k − 1}.
 * <pre>
 *   k = 3 classes [setosa, versicolor, virginica]   →   labels 0, 1, 2
 * </pre>
 * Everything that takes labels checks them here — autograd's cross-entropy, the losses, the
 * label encodings, the data sets and their CSV reader, the models, the confusion matrix — so the
 * rule has one message wherever a student meets it:
 * <pre>
 *   crossEntropy: label 3 at position 1 is not a class index; with k = 3 classes a label is 0 to 2.
 * </pre>
 */
public final class ClassLabels {
    private ClassLabels() {
    }

    /**
     * Checks that every label is a class index, {@code 0 ≤ labels[i] < k}.
     *
     * @param caller the operation asking, named first in the message, e.g. {@code "crossEntropy"}
     * @param labels n labels, {@code [n]}; not modified
     * @param k the number of classes, at least 1
     * @return {@code labels} itself, for use in an expression
     * @throws IllegalArgumentException naming the caller, the first bad label, its position and k
     */
    public static int[] check(String caller, int[] labels, int k) {
        checkClassCount(caller, k);
        for (int i = 0; i < labels.length; i++) {
            if (!isClass(labels[i], k)) {
                throw new IllegalArgumentException(message(caller, labels[i], i, k));
            }
        }
        return labels;
    }

    /**
     * Checks one class index given on its own (not at a position in an array), e.g. the class whose
     * precision is asked for.
     *
     * @param caller the operation asking, e.g. {@code "ConfusionMatrix.precision"}
     * @param c the class index
     * @param k the number of classes, at least 1
     * @return {@code c}
     * @throws IllegalArgumentException naming the caller, the index and k
     */
    public static int checkClass(String caller, int c, int k) {
        checkClassCount(caller, k);
        if (!isClass(c, k)) {
            throw new IllegalArgumentException(String.format("%s: class %d is not a class index; with k = %d "
                    + "classes a class is 0 to %d.", caller, c, k, k - 1));
        }
        return c;
    }

    /**
     * Checks that predictions pair with true labels for a fraction over examples (accuracy, the 0/1
     * loss): one prediction per example, and at least one example, since {@code right / n} has no
     * value for n = 0.
     *
     * @param caller the operation asking, e.g. {@code "zeroOneLoss"}
     * @param actual n true labels, {@code [n]}
     * @param predicted n predicted labels, {@code [n]}
     * @throws IllegalArgumentException naming both lengths
     */
    public static void checkPairs(String caller, int[] actual, int[] predicted) {
        if (actual.length != predicted.length || actual.length == 0) {
            throw new IllegalArgumentException(String.format("%s: %d actual and %d predicted labels; give one "
                    + "prediction per example ([n] and [n]) and at least one example (a fraction of n = 0 examples "
                    + "has no value).", caller, actual.length, predicted.length));
        }
    }

    /** Whether {@code label} is one of the class indices {@code 0 … k − 1}. */
    public static boolean isClass(int label, int k) {
        return label >= 0 && label < k;
    }

    /**
     * The rule's message for a label that breaks it, for a caller that reports it its own way
     * (the CSV reader adds the file, line and column).
     *
     * @param caller the operation asking
     * @param label the label that is not a class index
     * @param position where it stands, from 0 (the row of a data set, the index in an array)
     * @param k the number of classes
     */
    public static String message(String caller, int label, int position, int k) {
        return String.format("%s: label %d at position %d %s", caller, label, position, rule(k));
    }

    /**
     * The rule's message without a caller or a position, for a caller that says where itself (the
     * CSV reader names the file, line and column): {@code label 3 is not a class index; with k = 3 …}.
     *
     * @param label the label that is not a class index
     * @param k the number of classes
     */
    public static String problem(int label, int k) {
        return String.format("label %d %s", label, rule(k));
    }

    private static String rule(int k) {
        return String.format("is not a class index; with k = %d classes a label is 0 to %d.", k, k - 1);
    }

    /** There must be a class for a label to name: k ≥ 1. */
    private static void checkClassCount(String caller, int k) {
        if (k < 1) {
            throw new IllegalArgumentException(String.format("%s: k = %d classes; there must be at least one "
                    + "class (labels are class indices 0 to k − 1).", caller, k));
        }
    }
}
