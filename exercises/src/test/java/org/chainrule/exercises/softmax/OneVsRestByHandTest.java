package org.chainrule.exercises.softmax;

import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Exercise;
import org.chainrule.testkit.Points;
import org.chainrule.testkit.TensorGen;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** E08's public tests for one-vs-rest: 1.5 of E08's 10 points ({@link SoftmaxByHandTest} has the rest). */
class OneVsRestByHandTest {
    static final Exercise PREDICT = Exercise.of("E08", "OneVsRestByHand.predict");

    /** X [n, d] and k binary models W_j [d, 1], b_j [1]. */
    record Models(Tensor x, Tensor[] w, Tensor[] b) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("X = " + TensorGen.describe(x));
            for (int j = 0; j < w.length; j++) {
                sb.append(", W_").append(j).append(" = ").append(TensorGen.describe(w[j]))
                        .append(", b_").append(j).append(" = ").append(TensorGen.describe(b[j]));
            }
            return sb.toString();
        }
    }

    static Gen<Models> models(int maxRows, int maxFeatures, int maxClasses) {
        Gen<Integer> rows = Generate.range(1, maxRows);
        Gen<Integer> features = Generate.range(1, maxFeatures);
        Gen<Integer> classes = Generate.range(2, maxClasses);
        Gen<Double> values = Values.between(-2, 2);
        Gen<Models> gen = in -> {
            int n = rows.generate(in);
            int d = features.generate(in);
            int k = classes.generate(in);
            Tensor[] w = new Tensor[k];
            Tensor[] b = new Tensor[k];
            for (int j = 0; j < k; j++) {
                w[j] = TensorGen.tensors(Shape.of(d, 1), values).generate(in);
                b[j] = TensorGen.tensors(Shape.of(1), values).generate(in);
            }
            return new Models(TensorGen.tensors(Shape.of(n, d), values).generate(in), w, b);
        };
        return gen.describedAs(Models::toString);
    }

    @Test
    @Points(1)
    @DisplayName("predict: the class whose model gives the highest σ(X·W_j + b_j), as models' OneVsRest with the same weights")
    void oneVsRestEqualsModels() {
        PREDICT.qt().forAll(models(6, 3, 4)).checkAssert(m -> PREDICT.assertEquals("models' OneVsRest.predict",
                Reference.oneVsRest(m.x(), m.w(), m.b()), OneVsRestByHand.predict(m.x(), m.w(), m.b())));
    }

    @Test
    @Points(0.5)
    @DisplayName("predict, the notes' a / b / c: each model answers 'mine or not?', the most confident wins")
    void threeClassesByHand() {
        Tensor x = Tensor.of(new double[][] {{3, 0}, {0, 3}, {-3, -3}});
        Tensor[] w = {Tensor.of(new double[][] {{1}, {0}}), Tensor.of(new double[][] {{0}, {1}}),
            Tensor.of(new double[][] {{-1}, {-1}})};
        Tensor[] b = {Tensor.of(-1.0), Tensor.of(-1.0), Tensor.of(-1.0)};
        PREDICT.given("X = [[3, 0], [0, 3], [-3, -3]]; model a looks at x0, b at x1, c at −(x0 + x1); all b_j = −1")
                .assertEquals("a, b, c", new int[] {0, 1, 2}, OneVsRestByHand.predict(x, w, b));
    }
}
