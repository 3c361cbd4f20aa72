package org.chainrule.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

/** Broadcasting binary ops: the results, the shapes, and the failure message. */
class BroadcastingTest {

    @Test
    void biasIsAddedToEveryRow() {
        Tensor x = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        Tensor bias = Tensor.of(10, 20, 30);

        assertThat(x.add(bias)).isEqualTo(Tensor.of(new double[][] {{11, 22, 33}, {14, 25, 36}}));
    }

    @Test
    void columnTimesRowIsAnOuterProduct() {
        Tensor col = Tensor.of(new double[][] {{1}, {2}});
        Tensor row = Tensor.of(new double[][] {{3, 4, 5}});

        assertThat(col.mul(row)).isEqualTo(Tensor.of(new double[][] {{3, 4, 5}, {6, 8, 10}}));
        assertThat(row.sub(col)).isEqualTo(Tensor.of(new double[][] {{2, 3, 4}, {1, 2, 3}}));
    }

    @Test
    void scalarTensorBroadcastsEverywhere() {
        assertThat(Tensor.of(2, 4).div(Tensor.scalar(2))).isEqualTo(Tensor.of(1, 2));
        assertThat(Tensor.scalar(1).sub(Tensor.of(2, 4))).isEqualTo(Tensor.of(-1, -3));
    }

    @Test
    void addFailureMessageHasThePerRowHint() {
        assertThatThrownBy(() -> Tensor.zeros(32, 10).add(Tensor.zeros(32)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("add: cannot broadcast [32, 10] with [32]: aligned from the right, axis -1 is 10 vs 32; "
                        + "each pair must be equal or 1. For a per-row bias use shape [32, 1].");
    }

    @Test
    void everyBinaryOpNamesItselfInTheFailure() {
        Tensor a = Tensor.zeros(2, 3);
        Tensor b = Tensor.zeros(4);
        String rest = ": cannot broadcast [2, 3] with [4]: aligned from the right, axis -1 is 3 vs 4; "
                + "each pair must be equal or 1.";

        assertThatThrownBy(() -> a.sub(b)).hasMessage("sub" + rest);
        assertThatThrownBy(() -> a.mul(b)).hasMessage("mul" + rest);
        assertThatThrownBy(() -> a.div(b)).hasMessage("div" + rest);
        assertThatThrownBy(() -> a.maximum(b)).hasMessage("maximum" + rest);
        assertThatThrownBy(() -> a.gt(b)).hasMessage("gt" + rest);
        assertThatThrownBy(() -> a.lt(b)).hasMessage("lt" + rest);
        assertThatThrownBy(() -> a.ge(b)).hasMessage("ge" + rest);
        assertThatThrownBy(() -> a.eq(b)).hasMessage("eq" + rest);
    }

    /** Every source offset that broadcasting reads, in the target's row-major order. */
    private static int[] sourceOffsets(Shape source, Shape target) {
        Broadcasting.Rows rows = Broadcasting.rows(source, target);
        int[] offsets = new int[target.size()];
        for (int r = 0; r < rows.rowStart().length; r++) {
            for (int j = 0; j < rows.length(); j++) {
                offsets[r * rows.length() + j] = rows.offset(r, j);
            }
        }
        return offsets;
    }

    @Test
    void rowsRepeatStretchedAxes() {
        assertThat(sourceOffsets(Shape.of(3), Shape.of(2, 3))).containsExactly(0, 1, 2, 0, 1, 2);
        assertThat(sourceOffsets(Shape.of(2, 1), Shape.of(2, 3))).containsExactly(0, 0, 0, 1, 1, 1);
        assertThat(sourceOffsets(Shape.scalar(), Shape.of(2))).containsExactly(0, 0);
        assertThat(sourceOffsets(Shape.of(2, 1, 2), Shape.of(2, 2, 2)))
                .containsExactly(0, 1, 0, 1, 2, 3, 2, 3);
        assertThat(sourceOffsets(Shape.scalar(), Shape.scalar())).containsExactly(0);
        assertThat(sourceOffsets(Shape.of(2, 2, 1), Shape.of(2, 2, 3)))
                .containsExactly(0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3);
    }

    @Test
    void addMatchesAnIndexByIndexReference() {
        qt().withFixedSeed(1001L).withExamples(300)
                .forAll(TensorGen.broadcastPairs(4, TensorGen.quarters()))
                .checkAssert(p -> assertThat(p[0].add(p[1]))
                        .describedAs("add: %s", TensorGen.describe(p))
                        .isEqualTo(reference(p[0], p[1], Double::sum)));
    }

    @Test
    void mulSubDivMatchTheReference() {
        qt().withFixedSeed(1002L).withExamples(200)
                .forAll(TensorGen.broadcastPairs(4, TensorGen.quarters()))
                .checkAssert(p -> {
                    assertThat(p[0].mul(p[1])).describedAs("mul: %s", TensorGen.describe(p))
                            .isEqualTo(reference(p[0], p[1], (x, y) -> x * y));
                    assertThat(p[0].sub(p[1])).describedAs("sub: %s", TensorGen.describe(p))
                            .isEqualTo(reference(p[0], p[1], (x, y) -> x - y));
                    assertThat(p[0].div(p[1])).describedAs("div: %s", TensorGen.describe(p))
                            .isEqualTo(reference(p[0], p[1], (x, y) -> x / y));
                    assertThat(p[0].maximum(p[1])).describedAs("maximum: %s", TensorGen.describe(p))
                            .isEqualTo(reference(p[0], p[1], Math::max));
                });
    }

    @Test
    void broadcastIsSymmetricForCommutativeOps() {
        qt().withFixedSeed(1003L).withExamples(200)
                .forAll(TensorGen.broadcastPairs(4, TensorGen.quarters()))
                .checkAssert(p -> assertThat(p[0].add(p[1])).describedAs(TensorGen.describe(p))
                        .isEqualTo(p[1].add(p[0])));
    }

    /**
     * The broadcast {@code f(a, b)} computed the slow, obvious way: for every index of the result,
     * read {@code a} and {@code b} with {@code get}, using index 0 on their size-1 axes and
     * ignoring the result's leading axes they lack.
     */
    private static Tensor reference(Tensor a, Tensor b, DoubleBinaryOperator f) {
        int rank = Math.max(a.rank(), b.rank());
        int[] dims = new int[rank];
        for (int ax = 0; ax < rank; ax++) {
            int da = sizeAt(a, ax, rank);
            int db = sizeAt(b, ax, rank);
            assertThat(da == db || da == 1 || db == 1).describedAs("generated pair must be compatible").isTrue();
            dims[ax] = da == 1 ? db : da;
        }
        Shape shape = Shape.of(dims);
        double[] out = new double[shape.size()];
        for (int flat = 0; flat < out.length; flat++) {
            int[] index = TensorGen.unflatten(flat, dims);
            out[flat] = f.applyAsDouble(a.get(TensorGen.broadcastSource(a.shape(), index)),
                    b.get(TensorGen.broadcastSource(b.shape(), index)));
        }
        return Tensor.of(shape, out);
    }

    /** Size of {@code t} at result axis {@code ax} when aligned from the right; 1 if missing. */
    private static int sizeAt(Tensor t, int ax, int rank) {
        int own = ax - (rank - t.rank());
        return own < 0 ? 1 : t.shape().dim(own);
    }
}
