package org.chainrule.testkit;

import java.util.Arrays;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for classification: class labels, soft targets, and logits that come with them.
 *
 * <p>A batch of {@code n} rows over {@code k} classes has logits {@code [n, k]} and either one
 * label in {@code 0..k-1} per row, or one row of target probabilities per row ({@code [n, k]},
 * each row summing to 1; one-hot rows are the labels' special case).
 */
public final class Labels {
    private Labels() {
    }

    /**
     * {@code n} class labels, each in {@code 0..k-1}, e.g. {@code [2, 0, 1]}. Shrinks towards class 0.
     *
     * @param n the number of rows
     * @param k the number of classes, at least 1
     */
    public static Gen<int[]> of(int n, int k) {
        if (n < 0 || k < 1) {
            throw new IllegalArgumentException(String.format(
                    "Labels.of: %d rows and %d classes; need n ≥ 0 and k ≥ 1.", n, k));
        }
        Gen<Integer> label = Generate.range(0, k - 1);
        Gen<int[]> gen = in -> {
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = label.generate(in);
            }
            return labels;
        };
        return gen.describedAs(Arrays::toString);
    }

    /**
     * Target distributions {@code [n, k]}: each row holds multiples of 0.01 that are ≥ 0 and add
     * up to 1 (up to rounding), e.g. {@code [0.25, 0.0, 0.75]}: "soft" labels.
     */
    public static Gen<Tensor> targets(int n, int k) {
        Gen<Integer> cut = Generate.range(0, 100);
        Gen<Tensor> gen = in -> {
            double[] data = new double[n * k];
            for (int i = 0; i < n; i++) {
                int[] cuts = new int[k + 1];          // k - 1 random cut points of [0, 100]
                cuts[k] = 100;
                for (int j = 1; j < k; j++) {
                    cuts[j] = cut.generate(in);
                }
                Arrays.sort(cuts);
                for (int j = 0; j < k; j++) {
                    data[i * k + j] = Values.value(cuts[j + 1] - cuts[j]);
                }
            }
            return Tensor.of(Shape.of(n, k), data);
        };
        return gen.describedAs(TensorGen::describe);
    }

    /**
     * Logits {@code [n, k]} with one label per row; n in {@code 1..maxRows}, k in
     * {@code 2..maxClasses}.
     *
     * @param values the logits' elements, e.g. {@code Values.between(-3, 3)}
     */
    public static Gen<LabelledLogits> withLogits(int maxRows, int maxClasses, Gen<Double> values) {
        Gen<Shape> shapes = batchShapes(maxRows, maxClasses);
        Gen<LabelledLogits> gen = in -> {
            Shape s = shapes.generate(in);
            Tensor logits = TensorGen.tensors(s, values).generate(in);
            return new LabelledLogits(logits, of(s.dim(0), s.dim(1)).generate(in));
        };
        return gen.describedAs(LabelledLogits::toString);
    }

    /**
     * Logits {@code a} and target distributions {@code b}, both {@code [n, k]}; n in
     * {@code 1..maxRows}, k in {@code 2..maxClasses}.
     */
    public static Gen<TensorPair> withTargets(int maxRows, int maxClasses, Gen<Double> values) {
        Gen<Shape> shapes = batchShapes(maxRows, maxClasses);
        Gen<TensorPair> gen = in -> {
            Shape s = shapes.generate(in);
            Tensor logits = TensorGen.tensors(s, values).generate(in);
            return new TensorPair(logits, targets(s.dim(0), s.dim(1)).generate(in));
        };
        return gen.describedAs(TensorPair::toString);
    }

    private static Gen<Shape> batchShapes(int maxRows, int maxClasses) {
        if (maxRows < 1 || maxClasses < 2) {
            throw new IllegalArgumentException(String.format("Labels: up to %d rows and %d classes; "
                    + "need at least 1 row and 2 classes.", maxRows, maxClasses));
        }
        return Generate.range(1, maxRows).zip(Generate.range(2, maxClasses), Shape::of);
    }
}
