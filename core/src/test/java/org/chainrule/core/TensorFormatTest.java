package org.chainrule.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** toString: the shape, then the values laid out like NumPy. */
class TensorFormatTest {

    @Test
    void scalar() {
        assertThat(Tensor.scalar(2.5)).hasToString("Tensor[] 2.5");
    }

    @Test
    void vector() {
        assertThat(Tensor.of(1, 2, 3)).hasToString("Tensor[3] [1.0, 2.0, 3.0]");
    }

    @Test
    void matrixRowsLineUpUnderTheFirst() {
        assertThat(Tensor.of(new double[][] {{1, 2}, {3, 4}})).hasToString(
                "Tensor[2, 2] [[1.0, 2.0],\n"
                + "              [3.0, 4.0]]");
    }

    @Test
    void rank3() {
        assertThat(Tensor.arange(8).reshape(2, 2, 2)).hasToString(
                "Tensor[2, 2, 2] [[[0.0, 1.0],\n"
                + "                  [2.0, 3.0]],\n"
                + "                 [[4.0, 5.0],\n"
                + "                  [6.0, 7.0]]]");
    }

    @Test
    void longVectorIsSummarised() {
        assertThat(Tensor.arange(20)).hasToString("Tensor[20] [0.0, 1.0, 2.0, ..., 17.0, 18.0, 19.0]");
        assertThat(Tensor.arange(10)).as("10 is not yet long")
                .hasToString("Tensor[10] [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0]");
    }

    @Test
    void manyRowsAreSummarised() {
        assertThat(Tensor.arange(22).reshape(11, 2)).hasToString(
                "Tensor[11, 2] [[0.0, 1.0],\n"
                + "               [2.0, 3.0],\n"
                + "               [4.0, 5.0],\n"
                + "               ...,\n"
                + "               [16.0, 17.0],\n"
                + "               [18.0, 19.0],\n"
                + "               [20.0, 21.0]]");
    }

    @Test
    void emptyTensors() {
        assertThat(Tensor.zeros(0)).hasToString("Tensor[0] []");
        assertThat(Tensor.zeros(0, 3)).hasToString("Tensor[0, 3] []");
    }

    @Test
    void numbersShowAtMostSixSignificantDigits() {
        assertThat(TensorFormat.number(1.0)).isEqualTo("1.0");
        assertThat(TensorFormat.number(-3.0)).isEqualTo("-3.0");
        assertThat(TensorFormat.number(1.0 / 3)).isEqualTo("0.333333");
        assertThat(TensorFormat.number(-2.5)).isEqualTo("-2.5");
        assertThat(TensorFormat.number(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(TensorFormat.number(1.5e-8)).isEqualTo("1.5e-08");
        assertThat(TensorFormat.number(1e7)).isEqualTo("1.0e+07");
        assertThat(TensorFormat.number(123.456789)).isEqualTo("123.457");
        assertThat(TensorFormat.number(Double.NaN)).isEqualTo("NaN");
        assertThat(TensorFormat.number(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
        assertThat(TensorFormat.number(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    }

    @Test
    void numbersInsideATensor() {
        assertThat(Tensor.of(1.0, 1.0 / 3, 1.5e-8, Double.NaN))
                .hasToString("Tensor[4] [1.0, 0.333333, 1.5e-08, NaN]");
    }
}
