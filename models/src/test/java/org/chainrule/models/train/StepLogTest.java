package org.chainrule.models.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

class StepLogTest {

    @Test
    void numbersPrintLikePythonsRepr() {
        assertThat(StepLog.repr(0.5)).isEqualTo("0.5");
        assertThat(StepLog.repr(1.0)).isEqualTo("1.0");
        assertThat(StepLog.repr(-4.039375)).isEqualTo("-4.039375");
        assertThat(StepLog.repr(0.0001)).isEqualTo("0.0001");
        assertThat(StepLog.repr(0.00001)).isEqualTo("1e-05");
        assertThat(StepLog.repr(1.5e-7)).isEqualTo("1.5e-07");
        assertThat(StepLog.repr(12345678.0)).isEqualTo("12345678.0");
        assertThat(StepLog.repr(1e16)).isEqualTo("1e+16");
        assertThat(StepLog.repr(-0.0)).isEqualTo("-0.0");
        assertThat(StepLog.repr(Double.NaN)).isEqualTo("nan");
        assertThat(StepLog.repr(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    }

    @Test
    void arraysPrintLikeTheNotes() {
        assertThat(StepLog.array(Tensor.of(new double[][] {{-0.10415223}, {0.68125504}}))).isEqualTo("[[-0.10415223] [0.68125504]]");
        assertThat(StepLog.array(Tensor.of(0.3810195))).isEqualTo("[0.3810195]");
        assertThat(StepLog.array(Tensor.of(new double[][] {{1, 2}, {3, 4}}))).isEqualTo("[[1.0 2.0] [3.0 4.0]]");
    }

    @Test
    void upToTwelveNumbersPrintInFull() {
        assertThat(StepLog.array(Tensor.arange(12).reshape(3, 4)))
                .isEqualTo("[[0.0 1.0 2.0 3.0] [4.0 5.0 6.0 7.0] [8.0 9.0 10.0 11.0]]");
    }

    @Test
    void moreThanTwelveNumbersAreShapeNormAndTheFirstThree() {
        // 13 numbers 0..12: norm √(0² + 1² + … + 12²) = √650 = 25.4951 → 4 digits 25.5
        assertThat(StepLog.array(Tensor.arange(13))).isEqualTo("[13] norm=25.5 first=[0.0 1.0 2.0 ...]");
        Tensor w = Tensor.of(new double[][] {{0.123456789, -2.5e-7, 3}, {4, 5, 6}, {7, 8, 9}, {10, 11, 12}, {13, 14, 15}});
        // Σ i² for 3..15 plus 0.123456789² and (2.5e-7)²: 1235.015241..., √ = 35.1428...
        assertThat(StepLog.array(w)).isEqualTo("[5, 3] norm=35.14 first=[0.1235 -2.5e-07 3.0 ...]");
    }

    @Test
    void anMlpLogLineStaysShort() {
        Node w = Node.of(Tensor.ones(64, 128).mul(0.123456789012345)).named("W1");
        Node b = Node.of(Tensor.ones(128).mul(-0.98765432109876)).named("b1");
        String line = StepLog.line(100, 0.5, List.of(w, b));
        assertThat(line).isEqualTo("Step=100, Cost = 0.5, W1=[64, 128] norm=11.17 first=[0.1235 0.1235 0.1235 ...], "
                + "b1 = [128] norm=11.17 first=[-0.9877 -0.9877 -0.9877 ...]");
    }

    @Test
    void weightsGetTheNotesEqualsSignAndBiasesTheirSpacedOne() {
        Node w = Node.of(Tensor.of(new double[][] {{1}, {2}})).named("W1");
        Node b = Node.of(Tensor.of(0.5)).named("b1");
        Node unnamed = Node.of(Tensor.of(3.0));
        assertThat(StepLog.line(7, 0.25, List.of(w, b, unnamed)))
                .isEqualTo("Step=7, Cost = 0.25, W1=[[1.0] [2.0]], b1 = [0.5], param2 = [3.0]");
    }
}
