package org.chainrule.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** transpose, take, rows, concat and stack: moving elements without changing them. */
class LayoutTest {

    // ---------------------------------------------------------------- transpose

    @Test
    void transposeOfAMatrix() {
        Tensor m = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}});

        assertThat(m.transpose()).isEqualTo(Tensor.of(new double[][] {{1, 4}, {2, 5}, {3, 6}}));
        assertThat(Tensor.of(1, 2).transpose()).as("a vector is its own transpose").isEqualTo(Tensor.of(1, 2));
        assertThat(Tensor.scalar(3).transpose()).isEqualTo(Tensor.scalar(3));
    }

    @Test
    void transposeOfRank3ReversesTheAxes() {
        Tensor t = Tensor.arange(24).reshape(2, 3, 4).transpose();

        assertThat(t.shape()).isEqualTo(Shape.of(4, 3, 2));
        assertThat(t.get(3, 1, 0)).isEqualTo(0 * 12 + 1 * 4 + 3);
        assertThat(t.get(2, 0, 1)).isEqualTo(1 * 12 + 0 * 4 + 2);
    }

    @Test
    void transposeTwiceIsTheIdentity() {
        qt().withFixedSeed(4001L).withExamples(200)
                .forAll(TensorGen.tensors(TensorGen.shapes(0, 4, 0, 4), TensorGen.reals()))
                .checkAssert(t -> assertThat(t.transpose().transpose())
                        .describedAs("transpose twice of %s", TensorGen.describe(t))
                        .isEqualTo(t));
    }

    @Test
    void transposeMovesElementToTheReversedIndex() {
        qt().withFixedSeed(4002L).withExamples(200)
                .forAll(TensorGen.tensors(TensorGen.shapes(2, 4, 1, 4), TensorGen.quarters()))
                .checkAssert(t -> {
                    Tensor tt = t.transpose();
                    int[] dims = t.shape().toArray();
                    for (int flat = 0; flat < t.size(); flat++) {
                        int[] index = TensorGen.unflatten(flat, dims);
                        assertThat(tt.get(reversed(index)))
                                .describedAs("transpose of %s at %s", TensorGen.describe(t), Arrays.toString(index))
                                .isEqualTo(t.get(index));
                    }
                    assertThat(tt.shape().toArray()).isEqualTo(reversed(dims));
                });
    }

    private static int[] reversed(int[] a) {
        int[] r = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[a.length - 1 - i];
        }
        return r;
    }

    // ---------------------------------------------------------------- take and rows

    @Test
    void takePicksRowsInOrderWithRepeats() {
        Tensor m = Tensor.of(new double[][] {{1, 2}, {3, 4}, {5, 6}});

        assertThat(m.take(new int[] {2, 0, 2})).isEqualTo(Tensor.of(new double[][] {{5, 6}, {1, 2}, {5, 6}}));
        assertThat(m.take(new int[0]).shape()).isEqualTo(Shape.of(0, 2));
        assertThat(Tensor.of(7, 8, 9).take(new int[] {1})).isEqualTo(Tensor.of(8));
        assertThat(m.rows(1, 3)).isEqualTo(Tensor.of(new double[][] {{3, 4}, {5, 6}}));
        assertThat(m.rows(1, 1).shape()).isEqualTo(Shape.of(0, 2));
    }

    @Test
    void takeOutOfRangeMessage() {
        assertThatThrownBy(() -> Tensor.zeros(3, 2).take(new int[] {0, 3}))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("take: row index 3 (at position 1) is out of range for shape [3, 2]; rows go from 0 to 2.");
        assertThatThrownBy(() -> Tensor.zeros(3, 2).take(new int[] {-1}))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("take: row index -1 (at position 0) is out of range for shape [3, 2]; rows go from 0 to 2.");
    }

    @Test
    void takeFromAScalarMessage() {
        assertThatThrownBy(() -> Tensor.scalar(1).take(new int[] {0}))
                .isInstanceOf(ShapeException.class)
                .hasMessage("take: a scalar has no rows; take needs a tensor of rank 1 or more.");
    }

    @Test
    void rowsBadRangeMessage() {
        assertThatThrownBy(() -> Tensor.zeros(3, 2).rows(2, 4))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("rows: [2, 4) is not a valid row range for shape [3, 2]; need 0 <= from <= to <= 3.");
        assertThatThrownBy(() -> Tensor.zeros(3, 2).rows(2, 1))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("rows: [2, 1) is not a valid row range for shape [3, 2]; need 0 <= from <= to <= 3.");
    }

    @Test
    void takeWithAPermutationThenItsInverseGivesTheTensorBack() {
        Gen<Object[]> cases = TensorGen.shapes(1, 4, 1, 4).flatMap(s -> in -> new Object[] {
            TensorGen.tensorsOf(s, TensorGen.quarters()).generate(in),
            TensorGen.permutations(s.dim(0)).generate(in)});
        qt().withFixedSeed(4003L).withExamples(200)
                .forAll(cases.describedAs(c -> TensorGen.describe((Tensor) c[0]) + " take " + Arrays.toString((int[]) c[1])))
                .checkAssert(c -> {
                    Tensor t = (Tensor) c[0];
                    int[] p = (int[]) c[1];
                    int[] inverse = new int[p.length];
                    for (int i = 0; i < p.length; i++) {
                        inverse[p[i]] = i;
                    }
                    Tensor shuffled = t.take(p);
                    for (int i = 0; i < p.length; i++) {
                        assertThat(shuffled.rows(i, i + 1)).describedAs("row %d of the shuffle", i)
                                .isEqualTo(t.rows(p[i], p[i] + 1));
                    }
                    assertThat(shuffled.take(inverse)).isEqualTo(t);
                });
    }

    // ---------------------------------------------------------------- concat and stack

    @Test
    void concatAlongEachAxis() {
        Tensor a = Tensor.of(new double[][] {{1, 2}, {3, 4}});
        Tensor b = Tensor.of(new double[][] {{5, 6}});
        Tensor c = Tensor.of(new double[][] {{7}, {8}});

        assertThat(Tensor.concat(0, a, b)).isEqualTo(Tensor.of(new double[][] {{1, 2}, {3, 4}, {5, 6}}));
        assertThat(Tensor.concat(1, a, c)).isEqualTo(Tensor.of(new double[][] {{1, 2, 7}, {3, 4, 8}}));
        assertThat(Tensor.concat(-1, a, c, a)).isEqualTo(
                Tensor.of(new double[][] {{1, 2, 7, 1, 2}, {3, 4, 8, 3, 4}}));
        assertThat(Tensor.concat(0, Tensor.of(1, 2), Tensor.of(), Tensor.of(3))).isEqualTo(Tensor.of(1, 2, 3));
    }

    @Test
    void concatMismatchMessage() {
        assertThatThrownBy(() -> Tensor.concat(0, Tensor.zeros(2, 3), Tensor.zeros(1, 3), Tensor.zeros(2, 4)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("concat: tensor 0 is [2, 3] and tensor 2 is [2, 4]; along axis 0 they may differ, "
                        + "but every other size must be equal.");
        assertThatThrownBy(() -> Tensor.concat(1, Tensor.zeros(2, 3), Tensor.zeros(2)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("concat: tensor 0 is [2, 3] and tensor 1 is [2]; along axis 1 they may differ, "
                        + "but every other size must be equal.");
    }

    @Test
    void concatAxisOutOfRangeAndNoPartsMessages() {
        assertThatThrownBy(() -> Tensor.concat(2, Tensor.zeros(2, 3)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("concat: axis 2 is out of range for shape [2, 3] (rank 2); valid axes are from -2 to 1.");
        assertThatThrownBy(() -> Tensor.concat(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("concat: needs at least one tensor.");
    }

    @Test
    void concatThenRowsGivesBackTheParts() {
        Gen<Tensor[]> parts = TensorGen.shapes(0, 3, 1, 3).flatMap(rest -> in -> {
            Tensor[] ps = new Tensor[Generate.range(1, 4).generate(in)];
            for (int p = 0; p < ps.length; p++) {
                int rows = Generate.range(0, 3).generate(in);
                ps[p] = TensorGen.tensorsOf(Shape.of(TensorGen.insert(rest.toArray(), 0, rows)),
                        TensorGen.quarters()).generate(in);
            }
            return ps;
        });
        qt().withFixedSeed(4004L).withExamples(200)
                .forAll(parts.describedAs(TensorGen::describe))
                .checkAssert(ps -> {
                    Tensor all = Tensor.concat(0, ps);
                    int from = 0;
                    for (Tensor p : ps) {
                        int to = from + p.shape().dim(0);
                        assertThat(all.rows(from, to)).describedAs("rows %d to %d", from, to).isEqualTo(p);
                        from = to;
                    }
                    assertThat(all.shape().dim(0)).isEqualTo(from);
                });
    }

    @Test
    void stackAddsANewAxis() {
        Tensor a = Tensor.of(1, 2);
        Tensor b = Tensor.of(3, 4);

        assertThat(Tensor.stack(0, a, b)).isEqualTo(Tensor.of(new double[][] {{1, 2}, {3, 4}}));
        assertThat(Tensor.stack(1, a, b)).isEqualTo(Tensor.of(new double[][] {{1, 3}, {2, 4}}));
        assertThat(Tensor.stack(-1, a, b)).isEqualTo(Tensor.of(new double[][] {{1, 3}, {2, 4}}));
        assertThat(Tensor.stack(0, Tensor.scalar(1), Tensor.scalar(2))).isEqualTo(Tensor.of(1, 2));
    }

    @Test
    void stackShapesAndSlices() {
        Gen<Object[]> cases = TensorGen.shapes(0, 3, 1, 3).flatMap(s -> in -> {
            Tensor[] ps = new Tensor[Generate.range(1, 3).generate(in)];
            for (int p = 0; p < ps.length; p++) {
                ps[p] = TensorGen.tensorsOf(s, TensorGen.quarters()).generate(in);
            }
            int axis = Generate.range(-s.rank() - 1, s.rank()).generate(in);
            return new Object[] {ps, axis};
        });
        qt().withFixedSeed(4005L).withExamples(200)
                .forAll(cases.describedAs(c -> "axis " + c[1] + ": " + TensorGen.describe((Tensor[]) c[0])))
                .checkAssert(c -> {
                    Tensor[] ps = (Tensor[]) c[0];
                    int axis = (int) c[1];
                    int[] dims = ps[0].shape().toArray();
                    int ax = axis < 0 ? axis + dims.length + 1 : axis;
                    Tensor stacked = Tensor.stack(axis, ps);
                    assertThat(stacked.shape()).isEqualTo(Shape.of(TensorGen.insert(dims, ax, ps.length)));
                    Tensor first = Tensor.stack(0, ps);
                    for (int p = 0; p < ps.length; p++) {
                        assertThat(first.rows(p, p + 1).reshape(dims)).isEqualTo(ps[p]);
                    }
                });
    }

    @Test
    void stackMismatchMessage() {
        assertThatThrownBy(() -> Tensor.stack(0, Tensor.zeros(2, 3), Tensor.zeros(3, 2)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("stack: tensor 0 is [2, 3] and tensor 1 is [3, 2]; stacked tensors must have equal shapes.");
    }

    @Test
    void stackAxisOutOfRangeAndNoPartsMessages() {
        assertThatThrownBy(() -> Tensor.stack(3, Tensor.zeros(2, 3)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("stack: axis 3 is out of range for stacking [2, 3] tensors; valid axes are -3 to 2.");
        assertThatThrownBy(() -> Tensor.stack(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stack: needs at least one tensor.");
    }
}
