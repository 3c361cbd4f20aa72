package org.chainrule.exercises.tensors;

import org.chainrule.core.Shape;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Exercise;
import org.chainrule.testkit.Points;
import org.chainrule.testkit.Shapes;
import org.chainrule.testkit.TensorGen;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * E01's hidden tests (5 points): other seeds, larger sizes and ranges, exact integer products,
 * and the errors of the rank rules.
 */
class TensorsByHandHiddenTest {
    /** Not {@code Theories.SEED}: the hidden tests draw inputs the public ones never showed. */
    private static final long SEED = 31_337;
    private static final int EXAMPLES = 60;

    private static final Exercise MATMUL = Exercise.of("E01", "TensorsByHand.matmul");
    private static final Exercise ADD_BIAS = Exercise.of("E01", "TensorsByHand.addBias");
    private static final Exercise FLATTEN = Exercise.of("E01", "TensorsByHand.flatten");

    @Points(1)
    @Test
    @DisplayName("matmul equals Tensor.matmul on larger matrices (sizes 1..12, values ±100)")
    void matmulOnLargerMatrices() {
        MATMUL.qt(SEED, EXAMPLES)
                .forAll(TensorGen.pairs(Shapes.matmulPairs(12), Values.between(-100, 100)))
                .checkAssert(p -> MATMUL.assertClose("Tensor.matmul", p.a().matmul(p.b()),
                        TensorsByHand.matmul(p.a(), p.b()), TensorsByHandTest.TOLERANCE));
    }

    @Points(1)
    @Test
    @DisplayName("matmul of small integers is exact (every product and sum is an integer below 2^53)")
    void matmulOfIntegersIsExact() {
        Gen<Double> integers = Generate.range(-9, 9).map(Integer::doubleValue);
        MATMUL.qt(SEED, EXAMPLES)
                .forAll(TensorGen.pairs(Shapes.matmulPairs(6), integers))
                .checkAssert(p -> MATMUL.assertEquals("Tensor.matmul", p.a().matmul(p.b()),
                        TensorsByHand.matmul(p.a(), p.b())));
    }

    @Points(1)
    @Test
    @DisplayName("matmul refuses a vector or a rank-3 tensor: both must be matrices")
    void matmulRefusesNonMatrices() {
        Tensor vector = Tensor.of(1, 2);
        Tensor matrix = Tensor.ones(2, 2);
        Tensor cube = Tensor.ones(2, 2, 2);
        MATMUL.given("a = [2], b = [2, 2]").assertThrows(ShapeException.class,
                "matmul: a is [2] and b is [2, 2]; both must be matrices (rank 2).", () -> TensorsByHand.matmul(vector, matrix));
        MATMUL.given("a = [2, 2], b = [2, 2, 2]").assertThrows(ShapeException.class,
                "matmul: a is [2, 2] and b is [2, 2, 2]; both must be matrices (rank 2).", () -> TensorsByHand.matmul(matrix, cube));
    }

    @Points(1)
    @Test
    @DisplayName("addBias equals x.add(bias) on other sizes, and refuses a bias of the wrong length")
    void addBiasOnOtherSizesAndItsError() {
        ADD_BIAS.qt(SEED, EXAMPLES)
                .forAll(TensorsByHandTest.batchesAndBiases(9, Values.between(-50, 50)))
                .checkAssert(p -> ADD_BIAS.assertClose("x.add(bias)", p.a().add(p.b()),
                        TensorsByHand.addBias(p.a(), p.b()), TensorsByHandTest.TOLERANCE));
        ADD_BIAS.given("x = [2, 3], bias = [2]").assertThrows(ShapeException.class,
                "addBias: x is [2, 3] and bias is [2]; x must be [n, m] and bias [m], one value per column of x.",
                () -> TensorsByHand.addBias(Tensor.ones(2, 3), Tensor.ones(2)));
        ADD_BIAS.given("x = [2, 3], bias = [1, 3]").assertThrows(ShapeException.class,
                "addBias: x is [2, 3] and bias is [1, 3]; x must be [n, m] and bias [m], one value per column of x.",
                () -> TensorsByHand.addBias(Tensor.ones(2, 3), Tensor.ones(1, 3)));
    }

    @Points(1)
    @Test
    @DisplayName("flatten keeps one row per image for a single image and for [n], and refuses a scalar")
    void flattenEdgeCases() {
        Tensor one = Tensor.of(Shape.of(1, 2, 2, 3), new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
        FLATTEN.given("images = [1, 2, 2, 3] [1 … 12]").assertEquals("x.reshape(1, -1)",
                one.reshape(1, -1), TensorsByHand.flatten(one));
        Tensor column = Tensor.of(4, 5, 6);
        FLATTEN.given("images = [3] [4.0, 5.0, 6.0]").assertEquals("x.reshape(3, -1)",
                column.reshape(3, -1), TensorsByHand.flatten(column));
        FLATTEN.given("images = [] 7.0").assertThrows(ShapeException.class,
                "flatten: images is []; a batch needs an axis 0, one entry per image.",
                () -> TensorsByHand.flatten(Tensor.scalar(7)));
    }
}
