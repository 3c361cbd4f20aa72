package org.chainrule.exercises.tensors;

import org.chainrule.core.Shape;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Exercise;
import org.chainrule.testkit.Points;
import org.chainrule.testkit.ShapePair;
import org.chainrule.testkit.Shapes;
import org.chainrule.testkit.TensorGen;
import org.chainrule.testkit.TensorPair;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * E01's public tests (10 points): each method against {@link Tensor}'s own operation on generated
 * shapes and values, the notes' examples, and the exact teaching error of the shape rule.
 */
class TensorsByHandTest {
    /** A sum of k products rounds differently when the order or fused multiply-adds differ: within 1e-12 relative. */
    static final double TOLERANCE = 1e-12;

    private static final Exercise MATMUL = Exercise.of("E01", "TensorsByHand.matmul");
    private static final Exercise ADD_BIAS = Exercise.of("E01", "TensorsByHand.addBias");
    private static final Exercise FLATTEN = Exercise.of("E01", "TensorsByHand.flatten");

    @Points(3)
    @Test
    @DisplayName("matmul equals Tensor.matmul on generated [m, k]·[k, n] (sizes 1..5)")
    void matmulAgreesWithTensor() {
        MATMUL.qt()
                .forAll(TensorGen.pairs(Shapes.matmulPairs(5), Values.between(-3, 3)))
                .checkAssert(p -> MATMUL.assertClose("Tensor.matmul", p.a().matmul(p.b()),
                        TensorsByHand.matmul(p.a(), p.b()), TOLERANCE));
    }

    @Points(1)
    @Test
    @DisplayName("matmul of the notes' [1, 2]·[2, 1] is [[1·3 + 2·4]] = [[11]]")
    void matmulOfTheNotesExample() {
        Tensor a = Tensor.of(new double[][] {{1, 2}});
        Tensor b = Tensor.of(new double[][] {{3}, {4}});
        MATMUL.given("a = [1, 2] [[1.0, 2.0]], b = [2, 1] [[3.0], [4.0]]")
                .assertClose("1·3 + 2·4", Tensor.of(new double[][] {{11}}), TensorsByHand.matmul(a, b), 0);
    }

    @Points(2)
    @Test
    @DisplayName("matmul refuses A's columns ≠ B's rows with a ShapeException naming both shapes")
    void matmulRefusesMismatchedShapesWithTheTeachingMessage() {
        MATMUL.qt()
                .forAll(TensorGen.pairs(mismatchedPairs(5), Values.between(-1, 1)))
                .checkAssert(p -> MATMUL.assertThrows(ShapeException.class, String.format(
                        "matmul: a is %s and b is %s; a's columns (%d) must equal b's rows (%d).",
                        p.a().shape(), p.b().shape(), p.a().shape().dim(1), p.b().shape().dim(0)),
                        () -> TensorsByHand.matmul(p.a(), p.b())));
    }

    @Points(2)
    @Test
    @DisplayName("addBias equals x.add(bias) on generated [n, m] and [m]")
    void addBiasAgreesWithBroadcastingAdd() {
        ADD_BIAS.qt()
                .forAll(batchesAndBiases(5, Values.between(-3, 3)))
                .checkAssert(p -> ADD_BIAS.assertClose("x.add(bias)", p.a().add(p.b()),
                        TensorsByHand.addBias(p.a(), p.b()), TOLERANCE));
    }

    @Points(1)
    @Test
    @DisplayName("flatten equals reshape(n, -1) on generated shapes of rank 1 to 4")
    void flattenAgreesWithReshape() {
        FLATTEN.qt()
                .forAll(TensorGen.tensors(Shapes.shapes(1, 4, 4), Values.between(-3, 3)))
                .checkAssert(x -> FLATTEN.assertEquals("x.reshape(n, -1)", x.reshape(x.shape().dim(0), -1),
                        TensorsByHand.flatten(x)));
    }

    @Points(1)
    @Test
    @DisplayName("flatten turns two 32×32×3 images into [2, 3072], the notes' 3072 numbers per image")
    void flattenOfTheNotesImages() {
        double[] pixels = new double[2 * 32 * 32 * 3];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = i % 256;
        }
        Tensor images = Tensor.of(Shape.of(2, 32, 32, 3), pixels);
        FLATTEN.given("images = [2, 32, 32, 3], pixel i = i % 256")
                .assertEquals("the notes: 32·32·3 = 3072", Tensor.of(Shape.of(2, 3072), pixels), TensorsByHand.flatten(images));
    }

    /** A batch {@code x} of shape {@code [n, m]} and a {@code bias} of shape {@code [m]} (sizes 1..maxSize). */
    static Gen<TensorPair> batchesAndBiases(int maxSize, Gen<Double> values) {
        Gen<Integer> size = Generate.range(1, maxSize);
        Gen<ShapePair> shapes = in -> {
            int n = size.generate(in);
            int m = size.generate(in);
            return new ShapePair(Shape.of(n, m), Shape.of(m));
        };
        return TensorGen.pairs(shapes, values)
                .describedAs(p -> "x = " + TensorGen.describe(p.a()) + ", bias = " + TensorGen.describe(p.b()));
    }

    /** Shapes {@code [m, k]} and {@code [r, n]} with {@code r ≠ k}: pairs that cannot be multiplied. */
    static Gen<ShapePair> mismatchedPairs(int maxSize) {
        Gen<Integer> size = Generate.range(1, maxSize);
        Gen<Integer> shift = Generate.range(1, maxSize - 1);
        Gen<ShapePair> gen = in -> {
            int m = size.generate(in);
            int k = size.generate(in);
            int rows = (k - 1 + shift.generate(in)) % maxSize + 1;     // any size 1..maxSize but k
            int n = size.generate(in);
            return new ShapePair(Shape.of(m, k), Shape.of(rows, n));
        };
        return gen.describedAs(ShapePair::toString);
    }
}
