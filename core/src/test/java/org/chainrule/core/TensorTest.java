package org.chainrule.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

/** Making tensors, reading them, elementwise maps, and equality. */
class TensorTest {

    // ---------------------------------------------------------------- making

    @Test
    void makers() {
        assertThat(Tensor.scalar(2.5).shape()).isEqualTo(Shape.scalar());
        assertThat(Tensor.scalar(2.5).item()).isEqualTo(2.5);
        assertThat(Tensor.of(1, 2, 3).shape()).isEqualTo(Shape.of(3));
        assertThat(Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}}))
                .isEqualTo(Tensor.of(Shape.of(2, 3), new double[] {1, 2, 3, 4, 5, 6}));
        assertThat(Tensor.zeros(2, 3).toArray()).containsExactly(0, 0, 0, 0, 0, 0);
        assertThat(Tensor.zeros(Shape.of(2))).isEqualTo(Tensor.of(0, 0));
        assertThat(Tensor.ones(2, 1)).isEqualTo(Tensor.of(new double[][] {{1}, {1}}));
        assertThat(Tensor.full(Shape.of(2), 7)).isEqualTo(Tensor.of(7, 7));
        assertThat(Tensor.arange(4)).isEqualTo(Tensor.of(0, 1, 2, 3));
        assertThat(Tensor.linspace(0, 1, 5)).isEqualTo(Tensor.of(0, 0.25, 0.5, 0.75, 1));
        assertThat(Tensor.linspace(2, 3, 1)).isEqualTo(Tensor.of(2));
        assertThat(Tensor.eye(2)).isEqualTo(Tensor.of(new double[][] {{1, 0}, {0, 1}}));
    }

    @Test
    void linspaceEndsExactlyAtStop() {
        Tensor t = Tensor.linspace(0, 0.3, 4);
        assertThat(t.get(3)).isEqualTo(0.3);
        assertThat(t.get(0)).isEqualTo(0.0);
    }

    @Test
    void emptyMatrixFromNoRows() {
        assertThat(Tensor.of(new double[0][]).shape()).isEqualTo(Shape.of(0, 0));
    }

    @Test
    void makersCopyTheirInput() {
        double[] values = {1, 2};
        double[][] rows = {{1, 2}};
        Tensor v = Tensor.of(values);
        Tensor s = Tensor.of(Shape.of(2), values);
        Tensor m = Tensor.of(rows);
        values[0] = 99;
        rows[0][0] = 99;
        v.toArray()[1] = 99;

        assertThat(v).isEqualTo(Tensor.of(1, 2));
        assertThat(s).isEqualTo(Tensor.of(1, 2));
        assertThat(m.get(0, 0)).isEqualTo(1);
    }

    @Test
    void raggedRowsMessage() {
        assertThatThrownBy(() -> Tensor.of(new double[][] {{1, 2}, {3, 4}, {5}}))
                .isInstanceOf(ShapeException.class)
                .hasMessage("Tensor.of: row 2 has 1 values but row 0 has 2; every row of a matrix must have the same length.");
    }

    @Test
    void valueCountMismatchMessage() {
        assertThatThrownBy(() -> Tensor.of(Shape.of(2, 3), new double[] {1, 2, 3, 4, 5}))
                .isInstanceOf(ShapeException.class)
                .hasMessage("Tensor.of: shape [2, 3] holds 6 elements but 5 values were given.");
    }

    @Test
    void negativeArangeAndLinspaceMessages() {
        assertThatThrownBy(() -> Tensor.arange(-1))
                .isInstanceOf(ShapeException.class)
                .hasMessage("arange: n is -1; the length of a range must be 0 or more.");
        assertThatThrownBy(() -> Tensor.linspace(0, 1, -2))
                .isInstanceOf(ShapeException.class)
                .hasMessage("linspace: n is -2; the number of points must be 0 or more.");
    }

    @Test
    void negativeSizeInZerosIsShapesMessage() {
        assertThatThrownBy(() -> Tensor.zeros(3, -1))
                .isInstanceOf(ShapeException.class)
                .hasMessage("Shape.of: size of axis 1 is -1; sizes must be 0 or more (got [3, -1]).");
    }

    // ---------------------------------------------------------------- reading

    @Test
    void getReadsRowMajorWithNegativeIndices() {
        Tensor t = Tensor.arange(6).reshape(2, 3);

        assertThat(t.rank()).isEqualTo(2);
        assertThat(t.size()).isEqualTo(6);
        assertThat(t.get(0, 0)).isEqualTo(0);
        assertThat(t.get(0, 2)).isEqualTo(2);
        assertThat(t.get(1, 0)).isEqualTo(3);
        assertThat(t.get(-1, -1)).isEqualTo(5);
        assertThat(t.get(-2, 1)).isEqualTo(1);
        assertThat(Tensor.scalar(4).get()).isEqualTo(4);
    }

    @Test
    void getWrongIndexCountMessage() {
        assertThatThrownBy(() -> Tensor.zeros(2, 3).get(1))
                .isInstanceOf(ShapeException.class)
                .hasMessage("get: tensor is [2, 3] (rank 2) but 1 indices were given [1]; give one index per axis.");
    }

    @Test
    void getOutOfRangeMessage() {
        assertThatThrownBy(() -> Tensor.zeros(2, 3).get(1, 3))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("get: index 3 on axis 1 is out of range for shape [2, 3]; valid: -3 to 2.");
        assertThatThrownBy(() -> Tensor.zeros(2, 3).get(-3, 0))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("get: index -3 on axis 0 is out of range for shape [2, 3]; valid: -2 to 1.");
    }

    @Test
    void itemReadsAnyOneElementTensor() {
        assertThat(Tensor.of(new double[][] {{7}}).item()).isEqualTo(7);
        assertThat(Tensor.of(7).item()).isEqualTo(7);
    }

    @Test
    void itemOnManyElementsMessage() {
        assertThatThrownBy(() -> Tensor.zeros(2, 3).item())
                .isInstanceOf(ShapeException.class)
                .hasMessage("item: tensor is [2, 3] with 6 elements; item() needs exactly one. Reduce it first, e.g. sum().");
    }

    // ---------------------------------------------------------------- elementwise

    @Test
    void unaryMaps() {
        Tensor x = Tensor.of(-4, 1, 4);

        assertThat(x.neg()).isEqualTo(Tensor.of(4, -1, -4));
        assertThat(x.abs()).isEqualTo(Tensor.of(4, 1, 4));
        assertThat(x.abs().sqrt()).isEqualTo(Tensor.of(2, 1, 2));
        assertThat(x.pow(2)).isEqualTo(Tensor.of(16, 1, 16));
        assertThat(x.pow(3)).isEqualTo(Tensor.of(-64, 1, 64));
        assertThat(Tensor.of(0, 0.5).exp().allClose(Tensor.of(1, 1.6487212707001282), 1e-15, 1e-15)).isTrue();
        assertThat(Tensor.of(1, 0).log()).isEqualTo(Tensor.of(0, Double.NEGATIVE_INFINITY));
        assertThat(Tensor.of(-1).log().item()).isNaN();
        assertThat(x.map(v -> v * 10)).isEqualTo(Tensor.of(-40, 10, 40));
        assertThat(x.add(1).sub(2).mul(3).div(4)).isEqualTo(Tensor.of(-3.75, 0, 2.25));
    }

    @Test
    void transcendentalsAreStrictMathSoEveryMachineGetsTheSameBits() {
        // Math.exp may differ from StrictMath.exp in the last bit, and between JIT and interpreter
        assertThat(Tensor.of(1).exp().item()).isEqualTo(2.7182818284590455).isEqualTo(StrictMath.exp(1));
        assertThat(Tensor.of(0.7).log().item()).isEqualTo(StrictMath.log(0.7));
        assertThat(Tensor.of(1.1).pow(0.5).item()).isEqualTo(StrictMath.pow(1.1, 0.5));
    }

    @Test
    void elementwiseOpsDoNotChangeTheirInputs() {
        Tensor a = Tensor.of(1, 2);
        Tensor b = Tensor.of(3, 4);
        a.add(b);
        a.mul(2);
        a.reshape(2, 1);
        assertThat(a).isEqualTo(Tensor.of(1, 2));
        assertThat(b).isEqualTo(Tensor.of(3, 4));
    }

    @Test
    void maximumIsTheReluBuildingBlock() {
        assertThat(Tensor.of(-1, 0, 2).maximum(Tensor.scalar(0))).isEqualTo(Tensor.of(0, 0, 2));
        assertThat(Tensor.of(-1, 0, 2, Double.NaN).maximum(0)).isEqualTo(Tensor.of(0, 0, 2, Double.NaN));
    }

    @Test
    void numberFormsOfMaximumAndMasksAgreeWithTheTensorForms() {
        qt().withFixedSeed(7002L).withExamples(200)
                .forAll(TensorGen.tensors(TensorGen.shapes(0, 3, 1, 4), TensorGen.smallInts()), TensorGen.smallInts())
                .checkAssert((t, c) -> {
                    Tensor scalar = Tensor.scalar(c);
                    assertThat(t.maximum(c)).isEqualTo(t.maximum(scalar));
                    assertThat(t.gt(c)).isEqualTo(t.gt(scalar));
                    assertThat(t.ge(c)).isEqualTo(t.ge(scalar));
                });
    }

    @Test
    void comparisonMasksAreZeroOrOneAndPartitionEveryPair() {
        qt().withFixedSeed(7001L).withExamples(200)
                .forAll(TensorGen.broadcastPairs(3, TensorGen.smallInts()))
                .checkAssert(p -> {
                    Tensor gt = p[0].gt(p[1]);
                    Tensor lt = p[0].lt(p[1]);
                    Tensor eq = p[0].eq(p[1]);
                    for (double m : gt.add(lt).add(eq).toArray()) {
                        assertThat(m).describedAs("gt + lt + eq").isEqualTo(1.0);
                    }
                    for (double m : gt.toArray()) {
                        assertThat(m).describedAs("gt mask").isIn(0.0, 1.0);
                    }
                    assertThat(p[0].ge(p[1])).isEqualTo(gt.add(eq));
                    assertThat(gt).isEqualTo(p[1].lt(p[0]));
                });
    }

    @Test
    void scalarComparisons() {
        Tensor p = Tensor.of(0.2, 0.5, 0.9);
        assertThat(p.ge(0.5)).isEqualTo(Tensor.of(0, 1, 1));
        assertThat(p.gt(0.5)).isEqualTo(Tensor.of(0, 0, 1));
    }

    // ---------------------------------------------------------------- equality

    @Test
    void equalsIsExactShapeAndBits() {
        Tensor t = Tensor.of(new double[][] {{1, 2}, {3, 4}});

        assertThat(t).isEqualTo(Tensor.of(Shape.of(2, 2), new double[] {1, 2, 3, 4}))
                .hasSameHashCodeAs(Tensor.of(Shape.of(2, 2), new double[] {1, 2, 3, 4}));
        assertThat(t).isNotEqualTo(t.reshape(4)).isNotEqualTo(t.reshape(4, 1));
        assertThat(t).isNotEqualTo(t.add(1e-15));
        assertThat(Tensor.of(Double.NaN)).isEqualTo(Tensor.of(Double.NaN));
        assertThat(Tensor.of(0.0)).isNotEqualTo(Tensor.of(-0.0));
        assertThat(t).isNotEqualTo(null).isNotEqualTo("[[1, 2], [3, 4]]");
    }

    @Test
    void allCloseUsesAbsoluteAndRelativeTolerance() {
        Tensor a = Tensor.of(1, 100);

        assertThat(a.allClose(Tensor.of(1 + 1e-9, 100), 1e-8, 0)).isTrue();
        assertThat(a.allClose(Tensor.of(1 + 1e-7, 100), 1e-8, 0)).isFalse();
        assertThat(a.allClose(Tensor.of(1, 100.5), 0, 0.01)).isTrue();
        assertThat(a.allClose(Tensor.of(1, 102), 0, 0.01)).isFalse();
        assertThat(a.allClose(a.reshape(2, 1), 1, 1)).as("shapes differ").isFalse();
        assertThat(Tensor.of(Double.NaN).allClose(Tensor.of(Double.NaN), 1, 1)).as("NaN is never close").isFalse();
        assertThat(Tensor.of(Double.POSITIVE_INFINITY).allClose(Tensor.of(Double.POSITIVE_INFINITY), 0, 0)).isTrue();
        assertThat(Tensor.of(Double.POSITIVE_INFINITY).allClose(Tensor.of(Double.NEGATIVE_INFINITY), 0, 0)).isFalse();
        assertThat(Tensor.of(0.0).allClose(Tensor.of(-0.0), 0, 0)).isTrue();
    }

    @Test
    void equalsHashCodeAndAllCloseAgreeOnGeneratedTensors() {
        qt().withFixedSeed(7002L).withExamples(200)
                .forAll(TensorGen.tensors(TensorGen.shapes(0, 4, 0, 4), TensorGen.reals()))
                .checkAssert(t -> {
                    Tensor copy = Tensor.of(t.shape(), t.toArray());
                    assertThat(copy).isEqualTo(t).hasSameHashCodeAs(t);
                    assertThat(t.allClose(copy, 0, 0)).isTrue();
                    assertThat(t.allClose(t.add(1e-12), 1e-9, 0)).isTrue();
                    if (t.size() > 0) {
                        assertThat(t.add(1)).isNotEqualTo(t);
                        assertThat(t.allClose(t.add(1e-3), 1e-9, 1e-9)).isFalse();
                    }
                });
    }
}
