package org.chainrule.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** reshape and flatten: new sizes, same row-major elements. */
class ReshapeTest {

    @Test
    void twoByTwoReshapedToFourByOne() {
        Tensor m = Tensor.of(new double[][] {{1, 2}, {3, 4}});
        Tensor col = m.reshape(4, 1);

        assertThat(col.shape()).isEqualTo(Shape.of(4, 1));
        assertThat(col).isEqualTo(Tensor.of(new double[][] {{1}, {2}, {3}, {4}}));
    }

    @Test
    void minusOneIsInferred() {
        Tensor t = Tensor.arange(12);

        assertThat(t.reshape(3, -1).shape()).isEqualTo(Shape.of(3, 4));
        assertThat(t.reshape(-1, 6).shape()).isEqualTo(Shape.of(2, 6));
        assertThat(t.reshape(2, -1, 3).shape()).isEqualTo(Shape.of(2, 2, 3));
        assertThat(Tensor.zeros(0, 5).reshape(-1).shape()).isEqualTo(Shape.of(0));
        assertThat(Tensor.scalar(5).reshape(1, 1)).isEqualTo(Tensor.of(new double[][] {{5}}));
        assertThat(Tensor.of(5).reshape()).isEqualTo(Tensor.scalar(5));
    }

    @Test
    void flattenIsOneLongVector() {
        Tensor image = Tensor.arange(24).reshape(2, 3, 4);

        assertThat(image.flatten()).isEqualTo(Tensor.arange(24));
        assertThat(Tensor.scalar(3).flatten()).isEqualTo(Tensor.of(3));
    }

    @Test
    void reshapeThatChangesTheElementCountMessage() {
        assertThatThrownBy(() -> Tensor.zeros(2, 3).reshape(4, 2))
                .isInstanceOf(ShapeException.class)
                .hasMessage("reshape: cannot reshape [2, 3] (6 elements) into [4, 2] (8 elements); "
                        + "reshape keeps the number of elements.");
    }

    @Test
    void reshapeWithTwoMinusOnesMessage() {
        assertThatThrownBy(() -> Tensor.zeros(2, 3).reshape(-1, -1))
                .isInstanceOf(ShapeException.class)
                .hasMessage("reshape: [-1, -1] has more than one -1; only one size can be inferred.");
    }

    @Test
    void reshapeWhereMinusOneCannotBeInferredMessage() {
        assertThatThrownBy(() -> Tensor.zeros(2, 3).reshape(4, -1))
                .isInstanceOf(ShapeException.class)
                .hasMessage("reshape: cannot reshape [2, 3] (6 elements) into [4, -1]; "
                        + "the known sizes multiply to 4, which does not divide 6.");
    }

    @Test
    void reshapeWhoseKnownSizesOverflowALongSaysSoInsteadOfAWrappedProduct() {
        // 65536⁴ = 2⁶⁴ wraps to 0 in a long; the message must not claim the sizes multiply to 0
        assertThatThrownBy(() -> Tensor.zeros(2, 3).reshape(65536, 65536, 65536, 65536, -1))
                .isInstanceOf(ShapeException.class)
                .hasMessage("reshape: cannot reshape [2, 3] (6 elements) into [65536, 65536, 65536, 65536, -1]; "
                        + "the known sizes multiply to more than 9223372036854775807, which does not divide 6.");
        assertThatThrownBy(() -> Tensor.zeros(2, 3).reshape(65536, 65536, 65536, 65536))
                .isInstanceOf(ShapeException.class)
                .hasMessage("reshape: cannot reshape [2, 3] (6 elements) into [65536, 65536, 65536, 65536] "
                        + "(more than 9223372036854775807 elements); reshape keeps the number of elements.");
    }

    @Test
    void reshapeWithANegativeSizeMessage() {
        assertThatThrownBy(() -> Tensor.zeros(2, 3).reshape(-2, -3))
                .isInstanceOf(ShapeException.class)
                .hasMessage("reshape: size -2 at position 0 of [-2, -3] is negative; "
                        + "sizes must be 0 or more (or -1 to infer one).");
    }

    @Test
    void reshapeRoundTripsExactly() {
        // the new shape is the old sizes shuffled, with a 1 sometimes inserted: same element count
        Gen<Object[]> cases = TensorGen.shapes(0, 4, 0, 4).flatMap(s -> in -> {
            int[] p = TensorGen.permutations(s.rank()).generate(in);
            int[] dims = new int[s.rank()];
            for (int i = 0; i < dims.length; i++) {
                dims[i] = s.dim(p[i]);
            }
            if (Generate.booleans().generate(in)) {
                dims = TensorGen.insert(dims, Generate.range(0, dims.length).generate(in), 1);
            }
            return new Object[] {TensorGen.tensorsOf(s, TensorGen.reals()).generate(in), dims};
        });
        qt().withFixedSeed(5001L).withExamples(200)
                .forAll(cases.describedAs(c -> TensorGen.describe((Tensor) c[0]) + " via " + Arrays.toString((int[]) c[1])))
                .checkAssert(c -> {
                    Tensor t = (Tensor) c[0];
                    int[] dims = (int[]) c[1];
                    Tensor r = t.reshape(dims);
                    assertThat(r.shape()).isEqualTo(Shape.of(dims));
                    assertThat(r.toArray()).isEqualTo(t.toArray());
                    assertThat(r.reshape(t.shape().toArray())).isEqualTo(t);
                    assertThat(r.flatten()).isEqualTo(t.flatten());
                    assertThat(t.flatten().reshape(t.shape().toArray())).isEqualTo(t);
                });
    }

    @Test
    void minusOneInfersTheMissingSizeAnywhere() {
        qt().withFixedSeed(5002L).withExamples(200)
                .forAll(TensorGen.tensors(TensorGen.shapes(1, 4, 1, 4), TensorGen.reals()))
                .checkAssert(t -> {
                    for (int i = 0; i < t.rank(); i++) {
                        int[] dims = t.shape().toArray();
                        dims[i] = -1;
                        assertThat(t.reshape(dims)).describedAs("%s reshaped to %s", t.shape(), Arrays.toString(dims))
                                .isEqualTo(t);
                    }
                });
    }
}
