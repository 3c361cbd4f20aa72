package org.chainrule.exercises.losses;

import java.util.Arrays;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Labels;
import org.chainrule.testkit.TensorGen;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Inputs where every E05 gradient is exact in floating point — n and k powers of 2, probabilities
 * 1/8, 1/4, 1/2 (and their complements), scores of equal rows — with the gradients the formulas
 * give. A gradient measured by nudging the inputs is off in the last digits, so it does not pass.
 *
 * @param n rows: 1, 2, 4 or 8
 * @param k classes: 2, 4 or 8
 * @param labels n labels 0/1
 * @param classLabels n labels in {@code 0..k−1}
 * @param trueClassProbability per row the probability h gives the true class: 1/8, 1/4 or 1/2
 * @param scores binary scores {@code [n, 1]}, multiples of 0.25 plus 0.125 (off the hinge's kink)
 * @param classScores class scores {@code [n, k]}, multiples of 0.3 (off the multiclass hinge's kinks)
 */
record ExactCases(int n, int k, int[] labels, int[] classLabels, double[] trueClassProbability, Tensor scores,
                  Tensor classScores) {

    static Gen<ExactCases> batches() {
        Gen<Integer> powers = Generate.range(0, 3).map(e -> 1 << e);
        Gen<Integer> classes = Generate.range(1, 3).map(e -> 1 << e);
        Gen<Double> eighthQuarterHalf = Generate.range(1, 3).map(e -> 1.0 / (1 << (4 - e)));
        Gen<ExactCases> gen = in -> {
            int n = powers.generate(in);
            int k = classes.generate(in);
            return new ExactCases(n, k, Labels.of(n, 2).generate(in), Labels.of(n, k).generate(in),
                    TensorGen.tensors(Shape.of(n), eighthQuarterHalf).generate(in).toArray(),
                    TensorGen.tensors(Shape.of(n, 1), LossesTest.offKink()).generate(in),
                    TensorGen.tensors(Shape.of(n, k), LossesTest.offMulticlassKink()).generate(in));
        };
        return gen.describedAs(ExactCases::toString);
    }

    /** h: the true class's probability for y = 1, its complement for y = 0; {@code [n, 1]}. */
    Tensor probabilities() {
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = labels[i] == 1 ? trueClassProbability[i] : 1 - trueClassProbability[i];
        }
        return Tensor.of(Shape.of(n, 1), h);
    }

    /** {@code −1/(n·p)} for y = 1, {@code 1/(n·p)} for y = 0, p the true class's probability. */
    Tensor bceGradient() {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            double slope = 1 / (n * trueClassProbability[i]);
            g[i] = labels[i] == 1 ? -slope : slope;
        }
        return Tensor.of(Shape.of(n, 1), g);
    }

    /** All scores 0: softmax is 1/k in every column. */
    Tensor equalScores() {
        return Tensor.zeros(n, k);
    }

    /** {@code (1/k − [j = y])/n}. */
    Tensor softmaxGradient() {
        double[] g = new double[n * k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                g[i * k + j] = (1.0 / k - (j == classLabels[i] ? 1 : 0)) / n;
            }
        }
        return Tensor.of(Shape.of(n, k), g);
    }

    /** {@code −t/n} where the margin t·s is below 1, else 0. */
    Tensor hingeGradient() {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            double t = 2 * labels[i] - 1;
            g[i] = t * scores.get(i, 0) < 1 ? -t / n : 0;
        }
        return Tensor.of(Shape.of(n, 1), g);
    }

    /** {@code 1/n} for each charged wrong class, minus their count over n for the true class. */
    Tensor multiclassHingeGradient() {
        double[] g = new double[n * k];
        for (int i = 0; i < n; i++) {
            int y = classLabels[i];
            int charged = 0;
            for (int j = 0; j < k; j++) {
                if (j != y && classScores.get(i, j) - classScores.get(i, y) + 1 > 0) {
                    g[i * k + j] = 1.0 / n;
                    charged++;
                }
            }
            g[i * k + y] = -(double) charged / n;
        }
        return Tensor.of(Shape.of(n, k), g);
    }

    /** {@code −t/n}: the exponential loss's gradient at s = 0. */
    Tensor exponentialGradient() {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = -(2.0 * labels[i] - 1) / n;
        }
        return Tensor.of(Shape.of(n, 1), g);
    }

    /** Class 1 where the one score is ≥ 0. @param scores {@code [n, 1]} */
    static int[] threshold(Tensor scores) {
        double[] s = scores.toArray();
        int[] c = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            c[i] = s[i] >= 0 ? 1 : 0;
        }
        return c;
    }

    /** The column of each row's largest score, the first on a tie. @param scores {@code [n, k]} */
    static int[] argmax(Tensor scores) {
        double[] best = scores.argmax(1).toArray();
        int[] c = new int[best.length];
        for (int i = 0; i < best.length; i++) {
            c[i] = (int) best[i];
        }
        return c;
    }

    @Override
    public String toString() {
        return "labels = " + Arrays.toString(labels) + ", h = " + TensorGen.describe(probabilities())
                + ", scores = " + TensorGen.describe(scores) + ", class labels = " + Arrays.toString(classLabels)
                + ", class scores = " + TensorGen.describe(classScores) + " (softmax case: zeros [" + n + ", " + k + "])";
    }
}
