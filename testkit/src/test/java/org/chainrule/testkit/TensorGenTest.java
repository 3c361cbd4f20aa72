package org.chainrule.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chainrule.testkit.Theories.qt;

import java.util.Arrays;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

class TensorGenTest {

    @Test
    void tensorsHaveTheirShapeAndValuesInRange() {
        Shape shape = Shape.of(2, 3);
        qt().forAll(TensorGen.tensors(shape, Values.between(-1, 1))).checkAssert(t -> {
            assertThat(t.shape()).isEqualTo(shape);
            assertThat(Arrays.stream(t.toArray())).allSatisfy(v -> assertThat(v).isBetween(-1.0, 1.0));
        });
        qt().forAll(TensorGen.tensors(Shapes.shapes(3, 2), Values.positive(0.5, 2))).checkAssert(t -> {
            assertThat(t.rank()).isBetween(0, 3);
            assertThat(Arrays.stream(t.shape().toArray())).allSatisfy(d -> assertThat(d).isBetween(1, 2));
            assertThat(Arrays.stream(t.toArray())).allSatisfy(v -> assertThat(v).isBetween(0.5, 2.0));
        });
    }

    @Test
    void separatedPairsNeverComeCloserThanTheMargin() {
        qt(300).forAll(TensorGen.separatedPairs(Shapes.broadcastPairs(3, 3), -2, 2, 0.1)).checkAssert(p -> {
            Tensor gap = p.a().sub(p.b()).abs();                // every pair broadcasting compares
            for (double g : gap.toArray()) {
                assertThat(g).as("gap in %s", p).isGreaterThanOrEqualTo(0.1 - 1e-12);
            }
            for (double v : p.a().add(p.b().mul(0)).toArray()) {
                assertThat(v).isBetween(-2.0, 2.0);
            }
            for (double v : p.b().toArray()) {
                assertThat(v).isBetween(-2.0, 2.0);
            }
        });
    }

    @Test
    void separatedPairsStayInsideAnOddRange() {
        qt().forAll(TensorGen.separatedPairs(Shapes.broadcastPairs(1, 4), -0.15, 0.25, 0.1)).checkAssert(p -> {
            assertThat(p.a().toArray()).containsAnyOf(0.0, 0.2).doesNotContain(-0.2);
            assertThat(p.b().toArray()).containsAnyOf(-0.1, 0.1);
        });
        assertThatThrownBy(() -> TensorGen.separatedPairs(Shapes.broadcastPairs(1, 1), 0, 0.1, 0.1))
                .hasMessage("separatedPairs: range [0.0, 0.1] with margin 0.1; need a margin of at least "
                        + "0.01 and a range at least two margins wide.");
    }

    @Test
    void pairsFollowTheirShapes() {
        qt().forAll(TensorGen.pairs(Shapes.matmulPairs(3), Values.between(-1, 1))).checkAssert(p ->
                assertThat(p.a().matmul(p.b()).shape()).isEqualTo(Shape.of(p.a().shape().dim(0), p.b().shape().dim(1))));
    }

    @Test
    void describePrintsShapeAndEveryDigitNested() {
        assertThat(TensorGen.describe(Tensor.scalar(1.5))).isEqualTo("[] 1.5");
        assertThat(TensorGen.describe(Tensor.of(0.37, -2))).isEqualTo("[2] [0.37, -2.0]");
        assertThat(TensorGen.describe(Tensor.of(new double[][] {{0.5, -1.25, 2}, {1, 0, 1.0 / 3}})))
                .isEqualTo("[2, 3] [[0.5, -1.25, 2.0], [1.0, 0.0, 0.3333333333333333]]");
        assertThat(TensorGen.describe(Tensor.arange(4).reshape(2, 1, 2)))
                .isEqualTo("[2, 1, 2] [[[0.0, 1.0]], [[2.0, 3.0]]]");
        assertThat(new TensorPair(Tensor.of(1, 2), Tensor.scalar(3)))
                .hasToString("a = [2] [1.0, 2.0], b = [] 3.0");
    }

    @Test
    void aFailingPropertyPrintsTheCounterexampleCompactly() {
        assertThatThrownBy(() -> qt().forAll(TensorGen.tensors(Shapes.shapes(2, 3), Values.between(-2, 2)))
                .checkAssert(t -> assertThat(t.size()).isLessThan(2)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Smallest found falsifying value(s) :-\n[2] [0.0, 0.0]\n");
    }
}
