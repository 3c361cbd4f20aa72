package org.chainrule.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The notes' rule for {@code A·B}: A's columns must equal B's rows, and {@code [m, k]·[k, n]} is
 * {@code [m, n]}; plus the product's values against commons-math3 as an oracle.
 */
class MatMulRuleTest {
    /** Products of values in [-1, 1] with k ≤ ~130 terms are off by ~1e-14; 1e-9 is generous. */
    private static final double TOL = 1e-9;

    // ---------------------------------------------------------------- the notes' facts

    @Test
    void oneByTwoTimesTwoByOneIsOneByOne() {
        Tensor a = Tensor.of(new double[][] {{1, 2}});
        Tensor b = Tensor.of(new double[][] {{3}, {4}});

        Tensor c = a.matmul(b);

        assertThat(c.shape()).isEqualTo(Shape.of(1, 1));
        assertThat(c.item()).isEqualTo(1 * 3 + 2 * 4);
    }

    @Test
    void twoByOneTimesOneByTwoIsAnOuterProduct() {
        Tensor col = Tensor.of(new double[][] {{3}, {4}});
        Tensor row = Tensor.of(new double[][] {{1, 2}});

        assertThat(col.matmul(row)).isEqualTo(Tensor.of(new double[][] {{3, 6}, {4, 8}}));
    }

    @Test
    void mismatchMessage() {
        assertThatThrownBy(() -> Tensor.zeros(1, 2).matmul(Tensor.zeros(3, 1)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("matmul: a is [1, 2] and b is [3, 1]; a's columns (2) must equal b's rows (3).");
    }

    @Test
    void mismatchThatATransposeWouldFixHasTheHint() {
        assertThatThrownBy(() -> Tensor.zeros(32, 784).matmul(Tensor.zeros(10, 784)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("matmul: a is [32, 784] and b is [10, 784]; a's columns (784) must equal b's rows (10). "
                        + "Did you mean a.matmul(b.transpose())?");
    }

    @Test
    void vectorRankMessageSuggestsAReshape() {
        assertThatThrownBy(() -> Tensor.zeros(3).matmul(Tensor.zeros(3, 1)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("matmul: a is [3] and b is [3, 1]; matmul needs two matrices (rank 2), but a has rank 1. "
                        + "For a row vector use reshape(1, 3); for a column, reshape(3, 1).");
    }

    @Test
    void otherRankMessage() {
        assertThatThrownBy(() -> Tensor.zeros(2, 3).matmul(Tensor.zeros(3, 4, 5)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("matmul: a is [2, 3] and b is [3, 4, 5]; matmul needs two matrices (rank 2), but b has rank 3.");
        assertThatThrownBy(() -> Tensor.scalar(2).matmul(Tensor.zeros(1, 1)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("matmul: a is [] and b is [1, 1]; matmul needs two matrices (rank 2), but a has rank 0.");
    }

    @Test
    void emptyInnerSizeGivesZeros() {
        assertThat(Tensor.zeros(2, 0).matmul(Tensor.zeros(0, 3))).isEqualTo(Tensor.zeros(2, 3));
        assertThat(Tensor.zeros(0, 4).matmul(Tensor.zeros(4, 3)).shape()).isEqualTo(Shape.of(0, 3));
    }

    // ---------------------------------------------------------------- properties

    /** Matrices [m, k] and [k, n] with sizes 1 to {@code max} and values in [-1, 1]. */
    private static Gen<Tensor[]> products(int max) {
        Gen<Integer> size = Generate.range(1, max);
        Gen<Tensor[]> gen = size.zip(size, size, (m, k, n) -> new int[] {m, k, n}).flatMap(d -> in -> new Tensor[] {
            TensorGen.tensorsOf(Shape.of(d[0], d[1]), TensorGen.reals()).generate(in),
            TensorGen.tensorsOf(Shape.of(d[1], d[2]), TensorGen.reals()).generate(in)});
        return gen.describedAs(p -> "a = " + TensorGen.describe(p[0]) + ", b = " + TensorGen.describe(p[1]));
    }

    @Test
    void matmulIsTheTextbookLoopBitForBit() {
        qt().withFixedSeed(8003L).withExamples(200)
                .forAll(products(20))
                .checkAssert(p -> assertThat(p[0].matmul(p[1])).isEqualTo(ReferenceMatMul.multiply(p[0], p[1])));
        Rng rng = Rng.seed(2021);
        Tensor a = rng.uniform(-1, 1, 67, 130);
        Tensor b = rng.uniform(-1, 1, 130, 515);
        assertThat(a.matmul(b)).isEqualTo(ReferenceMatMul.multiply(a, b));
    }

    @Test
    void theTextbookLoopAgreesWithCommonsMathAndRefusesWhatMatmulRefuses() {
        qt().withFixedSeed(8004L).withExamples(100)
                .forAll(products(12))
                .checkAssert(p -> assertAgreesWithOracle(ReferenceMatMul.multiply(p[0], p[1]), p[0], p[1]));
        assertThatThrownBy(() -> ReferenceMatMul.multiply(Tensor.ones(1, 2), Tensor.ones(3, 1)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("matmul: a is [1, 2] and b is [3, 1]; a's columns (2) must equal b's rows (3).");
    }

    @Test
    void matmulAgreesWithCommonsMath() {
        qt().withFixedSeed(8001L).withExamples(200)
                .forAll(products(20))
                .checkAssert(p -> assertAgreesWithOracle(p[0], p[1]));
    }

    @Test
    void matmulAgreesWithCommonsMathAcrossBlockEdges() {
        // sizes straddling the kernels' row, column and depth blocks
        Rng rng = Rng.seed(2020);
        int[][] sizes = {{67, 130, 515}, {5, 257, 9}, {129, 3, 33}};
        for (int[] s : sizes) {
            assertAgreesWithOracle(rng.uniform(-1, 1, s[0], s[1]), rng.uniform(-1, 1, s[1], s[2]));
        }
    }

    private static void assertAgreesWithOracle(Tensor a, Tensor b) {
        assertAgreesWithOracle(a.matmul(b), a, b);
    }

    private static void assertAgreesWithOracle(Tensor c, Tensor a, Tensor b) {
        double[][] expected = matrix(a).multiply(matrix(b)).getData();
        assertThat(c.shape()).isEqualTo(Shape.of(a.shape().dim(0), b.shape().dim(1)));
        assertThat(c.allClose(Tensor.of(expected), TOL, TOL))
                .describedAs("a%s · b%s: got %s, commons-math3 says %s", a.shape(), b.shape(),
                        TensorGen.describe(c), TensorGen.describe(Tensor.of(expected)))
                .isTrue();
    }

    private static RealMatrix matrix(Tensor t) {
        int rows = t.shape().dim(0);
        int cols = t.shape().dim(1);
        double[][] d = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                d[i][j] = t.get(i, j);
            }
        }
        return new Array2DRowRealMatrix(d, false);
    }

    @Test
    void transposeOfAProductIsTheProductOfTransposesReversed() {
        qt().withFixedSeed(8002L).withExamples(200)
                .forAll(products(12))
                .checkAssert(p -> {
                    Tensor left = p[0].matmul(p[1]).transpose();
                    Tensor right = p[1].transpose().matmul(p[0].transpose());
                    assertThat(left.allClose(right, TOL, TOL))
                            .describedAs("(AB)ᵀ = %s but BᵀAᵀ = %s", TensorGen.describe(left), TensorGen.describe(right))
                            .isTrue();
                });
    }

    @Test
    void identityIsNeutral() {
        qt().withFixedSeed(8003L).withExamples(100)
                .forAll(products(12))
                .checkAssert(p -> {
                    Tensor a = p[0];
                    assertThat(Tensor.eye(a.shape().dim(0)).matmul(a)).isEqualTo(a);
                    assertThat(a.matmul(Tensor.eye(a.shape().dim(1)))).isEqualTo(a);
                });
    }

    @Test
    void ruleAcceptsExactlyMatchingInnerSizes() {
        Gen<Integer> size = Generate.range(1, 6);
        qt().withFixedSeed(8004L).withExamples(200)
                .forAll(size, size, size, size)
                .checkAssert((m, k, j, n) -> {
                    Shape a = Shape.of(m, k);
                    Shape b = Shape.of(j, n);
                    if (k.equals(j)) {
                        MatMulRule.check(a, b);
                    } else {
                        assertThatThrownBy(() -> MatMulRule.check(a, b))
                                .describedAs("%s · %s", a, b)
                                .isInstanceOf(ShapeException.class)
                                .hasMessageStartingWith("matmul: a is " + a + " and b is " + b
                                        + "; a's columns (" + k + ") must equal b's rows (" + j + ").");
                    }
                });
    }
}
