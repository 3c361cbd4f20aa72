package org.chainrule.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ShapeTest {

    @Test
    void aShapeKnowsItsRankSizeAndAxes() {
        Shape s = Shape.of(2, 3);

        assertThat(s.rank()).isEqualTo(2);
        assertThat(s.size()).isEqualTo(6);
        assertThat(s.dim(0)).isEqualTo(2);
        assertThat(s.dim(1)).isEqualTo(3);
        assertThat(s.dim(-1)).isEqualTo(3);
        assertThat(s.dim(-2)).isEqualTo(2);
        assertThat(s.toArray()).containsExactly(2, 3);
        assertThat(s).hasToString("[2, 3]");
    }

    @Test
    void aScalarHasRankZeroAndOneElement() {
        assertThat(Shape.of()).isEqualTo(Shape.scalar());
        assertThat(Shape.scalar().rank()).isZero();
        assertThat(Shape.scalar().size()).isEqualTo(1);
        assertThat(Shape.scalar()).hasToString("[]");
    }

    @Test
    void aZeroSizeIsAllowedAndMakesAnEmptyShape() {
        assertThat(Shape.of(3, 0).size()).isZero();
    }

    @Test
    void shapesAreValuesNotAliasesOfTheirArrays() {
        int[] dims = {2, 3};
        Shape s = Shape.of(dims);
        dims[0] = 99;
        s.toArray()[1] = 99;

        assertThat(s).isEqualTo(Shape.of(2, 3)).hasSameHashCodeAs(Shape.of(2, 3));
        assertThat(s).isNotEqualTo(Shape.of(3, 2)).isNotEqualTo(Shape.of(2, 3, 1));
    }

    @Test
    void negativeSizeMessage() {
        assertThatThrownBy(() -> Shape.of(2, -3))
                .isInstanceOf(ShapeException.class)
                .hasMessage("Shape.of: size of axis 1 is -3; sizes must be 0 or more (got [2, -3]).");
    }

    @Test
    void axisOutOfRangeMessage() {
        assertThatThrownBy(() -> Shape.of(2, 3).dim(2))
                .isInstanceOf(ShapeException.class)
                .hasMessage("dim: axis 2 is out of range for shape [2, 3] (rank 2); valid axes are from -2 to 1.");
        assertThatThrownBy(() -> Shape.of(2, 3).axis(-3, "softmax"))
                .hasMessage("softmax: axis -3 is out of range for shape [2, 3] (rank 2); valid axes are from -2 to 1.");
    }

    @Test
    void scalarHasNoAxesMessage() {
        assertThatThrownBy(() -> Shape.scalar().dim(0))
                .isInstanceOf(ShapeException.class)
                .hasMessage("dim: axis 0 is out of range for shape [] (rank 0); valid axes are none: a scalar has no axes.");
    }

    @Test
    void tooManyElementsMessage() {
        assertThatThrownBy(() -> Shape.of(100_000, 100_000))
                .isInstanceOf(ShapeException.class)
                .hasMessage("Shape [100000, 100000] has 10000000000 elements; one tensor holds at most 2147483639 "
                        + "(Shape.MAX_SIZE, the longest array Java can make).");
    }

    @Test
    void aSizeThatOverflowsALongIsRefusedNotWrappedToZero() {
        // 65536⁴ = 2⁶⁴: a long product wraps to exactly 0, and a tensor of "0 elements" was made
        assertThatThrownBy(() -> Shape.of(65536, 65536, 65536, 65536))
                .isInstanceOf(ShapeException.class)
                .hasMessage("Shape [65536, 65536, 65536, 65536] has 18446744073709551616 elements; one tensor holds "
                        + "at most 2147483639 (Shape.MAX_SIZE, the longest array Java can make).");
    }

    @Test
    void theSizeRuleIsTheLargestArrayJavaMakesAndOnlyThat() {
        assertThat(Shape.of(Shape.MAX_SIZE).size()).isEqualTo(Shape.MAX_SIZE);
        assertThat(Shape.of(65536, 65536, 65536, 0).size()).isZero();          // a zero size: 0 elements, fine
        assertThatThrownBy(() -> Tensor.zeros(Integer.MAX_VALUE))              // was OutOfMemoryError: exceeds VM limit
                .isInstanceOf(ShapeException.class)
                .hasMessage("Shape [2147483647] has 2147483647 elements; one tensor holds at most 2147483639 "
                        + "(Shape.MAX_SIZE, the longest array Java can make).");
        assertThatThrownBy(() -> Shape.broadcast("add", Shape.of(65536, 1), Shape.of(1, 65536)))
                .isInstanceOf(ShapeException.class)
                .hasMessageStartingWith("Shape [65536, 65536] has 4294967296 elements;");
    }

    @Test
    void broadcastingAlignsFromTheRight() {
        assertThat(Shape.broadcast("add", Shape.of(32, 10), Shape.of(10))).isEqualTo(Shape.of(32, 10));
        assertThat(Shape.broadcast("add", Shape.of(32, 10), Shape.of(32, 1))).isEqualTo(Shape.of(32, 10));
        assertThat(Shape.broadcast("add", Shape.of(3, 1), Shape.of(1, 4))).isEqualTo(Shape.of(3, 4));
        assertThat(Shape.broadcast("add", Shape.scalar(), Shape.of(2, 3))).isEqualTo(Shape.of(2, 3));
        assertThat(Shape.broadcast("add", Shape.of(5, 1, 2), Shape.of(3, 1))).isEqualTo(Shape.of(5, 3, 2));
    }

    @Test
    void broadcastFailureMessageWithPerRowHint() {
        assertThatThrownBy(() -> Shape.broadcast("add", Shape.of(32, 10), Shape.of(32)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("add: cannot broadcast [32, 10] with [32]: aligned from the right, axis -1 is 10 vs 32; "
                        + "each pair must be equal or 1. For a per-row bias use shape [32, 1].");
    }

    @Test
    void broadcastFailureMessageNamesTheFirstClashFromTheRight() {
        assertThatThrownBy(() -> Shape.broadcast("mul", Shape.of(4, 2, 3), Shape.of(5, 3)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("mul: cannot broadcast [4, 2, 3] with [5, 3]: aligned from the right, axis -2 is 2 vs 5; "
                        + "each pair must be equal or 1.");
    }

    @Test
    void broadcastsToMeansTheTargetIsUnchanged() {
        assertThat(Shape.of(10).broadcastsTo(Shape.of(32, 10))).isTrue();
        assertThat(Shape.of(32, 1).broadcastsTo(Shape.of(32, 10))).isTrue();
        assertThat(Shape.scalar().broadcastsTo(Shape.of(2))).isTrue();
        assertThat(Shape.of(32).broadcastsTo(Shape.of(32, 10))).isFalse();
        assertThat(Shape.of(32, 10).broadcastsTo(Shape.of(10))).isFalse();
        assertThat(Shape.of(2, 10).broadcastsTo(Shape.of(1, 10))).isFalse();
    }

    @Test
    void broadcastFollowsTheRuleAxisByAxis() {
        Gen<Shape[]> pairs = TensorGen.shapes(0, 4, 1, 4).flatMap(t -> in -> new Shape[] {
            TensorGen.broadcastableTo(t).generate(in), TensorGen.broadcastableTo(t).generate(in)});
        qt().withFixedSeed(20200101L).withExamples(300)
                .forAll(pairs.describedAs(p -> p[0] + " with " + p[1]))
                .checkAssert(p -> {
                    Shape out = Shape.broadcast("add", p[0], p[1]);
                    int rank = Math.max(p[0].rank(), p[1].rank());
                    int[] expected = new int[rank];
                    for (int i = 1; i <= rank; i++) {
                        expected[rank - i] = Math.max(alignedDim(p[0], i), alignedDim(p[1], i));
                    }
                    assertThat(out).isEqualTo(Shape.of(expected));
                    assertThat(Shape.broadcast("add", p[1], p[0])).isEqualTo(out);
                    assertThat(p[0].broadcastsTo(out)).isTrue();
                    assertThat(p[1].broadcastsTo(out)).isTrue();
                });
    }

    /** Size of axis {@code -i} (counted from the right), 1 where the shape has no such axis. */
    private static int alignedDim(Shape s, int i) {
        return i <= s.rank() ? s.dim(-i) : 1;
    }
}
