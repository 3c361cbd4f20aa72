package org.chainrule.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The in-place product overwrites its output with the bits of Tensor.matmul. */
class InPlaceTest {
    @Test
    void matmulOverwritesTheOutputWithTheBitsOfTensorMatmul() {
        Rng rng = Rng.seed(3);
        for (int[] mkn : new int[][] {{1, 7, 3}, {6, 2, 1}, {64, 64, 128}, {13, 100, 17}}) {
            Tensor a = rng.normal(0, 1, mkn[0], mkn[1]);
            Tensor b = rng.normal(0, 1, mkn[1], mkn[2]);
            double[] c = new double[mkn[0] * mkn[2]];
            Arrays.fill(c, 42.0);                       // old contents must not leak into the sum
            InPlace.matmul(a.toArray(), b.toArray(), c, mkn[0], mkn[1], mkn[2]);
            assertThat(Tensor.of(Shape.of(mkn[0], mkn[2]), c)).isEqualTo(a.matmul(b));
        }
    }

    @Test
    void copyWritesTheElementsInRowMajorOrder() {
        double[] dst = new double[5];
        InPlace.copy(Tensor.of(new double[][] {{1, 2}, {3, 4}}), dst);
        assertThat(dst).containsExactly(1, 2, 3, 4, 0);
    }
}
