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
    void largeArraysAreSummarisedLikeNumpy() {
        // 1001 numbers (more than NumPy's threshold of 1000): first 3, ..., last 3.
        Tensor big = Tensor.arange(1001);
        assertThat(StepLog.array(big)).isEqualTo("[0.0 1.0 2.0 ... 998.0 999.0 1000.0]");
        Tensor matrix = Tensor.arange(1001 * 2).reshape(1001, 2);
        assertThat(StepLog.array(matrix)).isEqualTo("[[0.0 1.0] [2.0 3.0] [4.0 5.0] ... [1996.0 1997.0] [1998.0 1999.0] [2000.0 2001.0]]");
        assertThat(StepLog.array(Tensor.arange(1000))).doesNotContain("...");
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
