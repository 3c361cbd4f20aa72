package org.chainrule.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** sum, mean, max, argmax and sumTo. */
class ReductionsTest {
    private static final double ATOL = 1e-12;
    private static final double RTOL = 1e-12;

    private final Tensor m = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}});

    // ---------------------------------------------------------------- examples

    @Test
    void sumsOfAMatrix() {
        assertThat(m.sum()).isEqualTo(Tensor.scalar(21));
        assertThat(m.sum(0)).isEqualTo(Tensor.of(5, 7, 9));
        assertThat(m.sum(1)).isEqualTo(Tensor.of(6, 15));
        assertThat(m.sum(-1)).isEqualTo(Tensor.of(6, 15));
        assertThat(m.sum(1, true)).isEqualTo(Tensor.of(new double[][] {{6}, {15}}));
        assertThat(m.sum(0, true).shape()).isEqualTo(Shape.of(1, 3));
    }

    @Test
    void meansOfAMatrix() {
        assertThat(m.mean()).isEqualTo(Tensor.scalar(3.5));
        assertThat(m.mean(0)).isEqualTo(Tensor.of(2.5, 3.5, 4.5));
        assertThat(m.mean(1, true)).isEqualTo(Tensor.of(new double[][] {{2}, {5}}));
    }

    @Test
    void maxAndArgmaxOfAMatrix() {
        Tensor logits = Tensor.of(new double[][] {{0.1, 2.0, -1.0}, {3.0, 3.0, 0.0}});

        assertThat(logits.max()).isEqualTo(Tensor.scalar(3.0));
        assertThat(logits.max(1)).isEqualTo(Tensor.of(2.0, 3.0));
        assertThat(logits.max(0, true)).isEqualTo(Tensor.of(new double[][] {{3.0, 3.0, 0.0}}));
        assertThat(logits.argmax(1)).as("ties take the first index").isEqualTo(Tensor.of(1, 0));
        assertThat(logits.argmax(0)).isEqualTo(Tensor.of(1, 1, 1));
    }

    @Test
    void nanWinsMaxLikeNumPy() {
        Tensor t = Tensor.of(1, Double.NaN, 3);
        assertThat(t.max().item()).isNaN();
        assertThat(t.argmax(0)).isEqualTo(Tensor.scalar(1));
    }

    @Test
    void sumOverAnEmptyAxisIsZero() {
        assertThat(Tensor.zeros(2, 0).sum(1)).isEqualTo(Tensor.zeros(2));
        assertThat(Tensor.zeros(2, 0).sum(0)).isEqualTo(Tensor.zeros(0));
        assertThat(Tensor.zeros(0, 3).sum()).isEqualTo(Tensor.scalar(0));
    }

    @Test
    void sumToUndoesABiasBroadcast() {
        assertThat(m.sumTo(Shape.of(3))).isEqualTo(Tensor.of(5, 7, 9));
        assertThat(m.sumTo(Shape.of(2, 1))).isEqualTo(Tensor.of(new double[][] {{6}, {15}}));
        assertThat(m.sumTo(Shape.scalar())).isEqualTo(Tensor.scalar(21));
        assertThat(m.sumTo(Shape.of(2, 3))).isSameAs(m);
    }

    // ---------------------------------------------------------------- messages

    @Test
    void axisOutOfRangeMessage() {
        assertThatThrownBy(() -> m.sum(2))
                .isInstanceOf(ShapeException.class)
                .hasMessage("sum: axis 2 is out of range for shape [2, 3] (rank 2); valid axes are from -2 to 1.");
        assertThatThrownBy(() -> Tensor.scalar(1).sum(0))
                .isInstanceOf(ShapeException.class)
                .hasMessage("sum: axis 0 is out of range for shape [] (rank 0); valid axes are none: a scalar has no axes.");
    }

    @Test
    void everyReductionNamesItselfWhenTheAxisIsOutOfRange() {
        String rest = ": axis -3 is out of range for shape [2, 3] (rank 2); valid axes are from -2 to 1.";
        assertThatThrownBy(() -> m.mean(-3)).isInstanceOf(ShapeException.class).hasMessage("mean" + rest);
        assertThatThrownBy(() -> m.max(-3)).isInstanceOf(ShapeException.class).hasMessage("max" + rest);
        assertThatThrownBy(() -> m.argmax(-3)).isInstanceOf(ShapeException.class).hasMessage("argmax" + rest);
    }

    @Test
    void meanOfEmptyMessage() {
        assertThatThrownBy(() -> Tensor.zeros(0, 3).mean())
                .isInstanceOf(ShapeException.class)
                .hasMessage("mean: tensor [0, 3] is empty; the mean of no numbers is undefined.");
        assertThatThrownBy(() -> Tensor.zeros(0, 3).mean(0))
                .isInstanceOf(ShapeException.class)
                .hasMessage("mean: axis 0 of [0, 3] is empty; the mean of no numbers is undefined.");
        assertThat(Tensor.zeros(0, 3).mean(1)).isEqualTo(Tensor.zeros(0));
    }

    @Test
    void maxOverAnEmptyAxisMessage() {
        assertThatThrownBy(() -> Tensor.zeros(3, 0).max(1))
                .isInstanceOf(ShapeException.class)
                .hasMessage("max: axis 1 of [3, 0] is empty; there is no largest element of nothing.");
        assertThatThrownBy(() -> Tensor.zeros(0, 3).argmax(0))
                .isInstanceOf(ShapeException.class)
                .hasMessage("argmax: axis 0 of [0, 3] is empty; there is no largest element of nothing.");
    }

    @Test
    void maxOfAnEmptyTensorMessage() {
        assertThatThrownBy(() -> Tensor.zeros(3, 0).max())
                .isInstanceOf(ShapeException.class)
                .hasMessage("max: tensor [3, 0] is empty; there is no largest element of nothing.");
    }

    @Test
    void sumToImpossibleTargetMessage() {
        assertThatThrownBy(() -> m.sumTo(Shape.of(2)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("sumTo: [2, 3] cannot be summed to [2]; [2] does not broadcast to [2, 3] "
                        + "(aligned from the right, each target size must be equal or 1).");
    }

    // ---------------------------------------------------------------- properties

    /** Ranks 1 to 4, sizes 1 to 4, values in [-1, 1]. */
    private static Gen<Tensor> tensors() {
        return TensorGen.tensors(TensorGen.shapes(1, 4, 1, 4), TensorGen.reals());
    }

    @Test
    void sumAlongEachAxisMatchesALoopOverThatAxis() {
        qt().withFixedSeed(3001L).withExamples(150).forAll(tensors()).checkAssert(t -> {
            for (int axis = 0; axis < t.rank(); axis++) {
                Tensor s = t.sum(axis);
                int[] dims = s.shape().toArray();
                for (int flat = 0; flat < s.size(); flat++) {
                    int[] index = TensorGen.unflatten(flat, dims);
                    double expected = 0;
                    for (int j = 0; j < t.shape().dim(axis); j++) {
                        expected += t.get(TensorGen.insert(index, axis, j));
                    }
                    assertThat(s.get(index)).describedAs("sum(%d) of %s at %s", axis, TensorGen.describe(t),
                            Arrays.toString(index)).isCloseTo(expected, offset(1e-12));
                }
            }
        });
    }

    @Test
    void sumsOverEachAxisThenTheRestAddUpToTheTotal() {
        qt().withFixedSeed(3002L).withExamples(200).forAll(tensors()).checkAssert(t -> {
            Tensor total = t.sum();
            for (int axis = 0; axis < t.rank(); axis++) {
                Tensor partial = t.sum(axis);
                while (partial.rank() > 0) {
                    partial = partial.sum(0);
                }
                assertThat(partial.allClose(total, ATOL, RTOL))
                        .describedAs("sum(%d) then the rest is %s but sum() is %s for %s",
                                axis, partial.item(), total.item(), TensorGen.describe(t))
                        .isTrue();
            }
        });
    }

    @Test
    void keepDimsKeepsTheAxisWithSizeOne() {
        qt().withFixedSeed(3003L).withExamples(200).forAll(tensors()).checkAssert(t -> {
            for (int axis = -t.rank(); axis < t.rank(); axis++) {
                int[] kept = t.shape().toArray();
                kept[Math.floorMod(axis, t.rank())] = 1;
                Tensor keep = t.sum(axis, true);
                Tensor drop = t.sum(axis, false);
                String what = "axis " + axis + " of " + t.shape();
                assertThat(keep.shape()).describedAs(what).isEqualTo(Shape.of(kept));
                assertThat(drop.rank()).describedAs(what).isEqualTo(t.rank() - 1);
                assertThat(keep.reshape(drop.shape().toArray())).describedAs(what).isEqualTo(drop);
                assertThat(t.max(axis, true).shape()).describedAs(what).isEqualTo(Shape.of(kept));
                assertThat(t.mean(axis, true).shape()).describedAs(what).isEqualTo(Shape.of(kept));
            }
        });
    }

    @Test
    void valueAtArgmaxIsTheMaxAndTiesTakeTheFirstIndex() {
        Gen<Tensor> tied = TensorGen.tensors(TensorGen.shapes(1, 4, 1, 4), TensorGen.smallInts());
        qt().withFixedSeed(3004L).withExamples(200).forAll(tied).checkAssert(t -> {
            for (int axis = 0; axis < t.rank(); axis++) {
                Tensor max = t.max(axis);
                Tensor argmax = t.argmax(axis);
                assertThat(argmax.shape()).isEqualTo(max.shape());
                int[] dims = max.shape().toArray();
                for (int flat = 0; flat < max.size(); flat++) {
                    int[] index = TensorGen.unflatten(flat, dims);
                    int at = (int) argmax.get(index);
                    String what = String.format("axis %d at %s of %s", axis,
                            Arrays.toString(index), TensorGen.describe(t));
                    assertThat(t.get(TensorGen.insert(index, axis, at))).describedAs(what).isEqualTo(max.get(index));
                    for (int j = 0; j < t.shape().dim(axis); j++) {
                        double v = t.get(TensorGen.insert(index, axis, j));
                        assertThat(v).describedAs(what).isLessThanOrEqualTo(max.get(index));
                        if (j < at) {
                            assertThat(v).describedAs("first index: " + what).isLessThan(max.get(index));
                        }
                    }
                }
            }
        });
    }

    @Test
    void sumToInvertsBroadcasting() {
        Gen<Tensor[]> cases = TensorGen.shapes(0, 4, 1, 4).flatMap(target -> in -> new Tensor[] {
            TensorGen.tensorsOf(TensorGen.broadcastableTo(target).generate(in), TensorGen.quarters()).generate(in),
            Tensor.zeros(target)});
        qt().withFixedSeed(3005L).withExamples(300)
                .forAll(cases.describedAs(c -> TensorGen.describe(c[0]) + " broadcast to " + c[1].shape()))
                .checkAssert(c -> {
                    Tensor x = c[0];
                    Tensor wide = x.add(c[1]);
                    assertThat(wide.shape()).isEqualTo(c[1].shape());
                    Tensor back = wide.sumTo(x.shape());
                    int copies = wide.size() / x.size();
                    // quarters make every partial sum exact, so equality is exact
                    assertThat(back).describedAs("sumTo(%s) of %s broadcast to %s (%d copies)",
                            x.shape(), TensorGen.describe(x), wide.shape(), copies)
                            .isEqualTo(x.mul(copies));
                });
    }

    @Test
    void sumToAddsEachElementIntoTheSlotBroadcastingReadsFrom() {
        Gen<Tensor[]> cases = TensorGen.shapes(0, 4, 1, 4).flatMap(target -> in -> new Tensor[] {
            TensorGen.tensorsOf(target, TensorGen.quarters()).generate(in),
            Tensor.zeros(TensorGen.broadcastableTo(target).generate(in))});
        qt().withFixedSeed(3006L).withExamples(200)
                .forAll(cases.describedAs(c -> TensorGen.describe(c[0]) + " summed to " + c[1].shape()))
                .checkAssert(c -> {
                    Tensor g = c[0];
                    Shape small = c[1].shape();
                    // reference: walk g index by index and add each element where broadcasting read it
                    double[] expected = new double[small.size()];
                    int[] smallDims = small.toArray();
                    for (int flat = 0; flat < g.size(); flat++) {
                        int[] index = TensorGen.unflatten(flat, g.shape().toArray());
                        int[] source = TensorGen.broadcastSource(small, index);
                        expected[flatten(source, smallDims)] += g.get(index);
                    }
                    assertThat(g.sumTo(small))
                            .describedAs("sumTo(%s) of %s", small, TensorGen.describe(g))
                            .isEqualTo(Tensor.of(small, expected));
                });
    }

    /** Row-major flat position of {@code index} (the inverse of {@link TensorGen#unflatten}). */
    private static int flatten(int[] index, int[] dims) {
        int flat = 0;
        for (int ax = 0; ax < dims.length; ax++) {
            flat = flat * dims[ax] + index[ax];
        }
        return flat;
    }
}
