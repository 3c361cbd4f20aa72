package org.chainrule.models.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.chainrule.autograd.GradCheck;
import org.chainrule.autograd.GradReport;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Theories;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.Test;

class ExponentialLossTest {

    @Test
    void itIsEToTheMinusMargin() {
        // y = [1, 0] → signs [+1, −1]; s = [ln 2, ln 2] → margins [ln 2, −ln 2] → e^−m = [0.5, 2], mean 1.25
        Tensor s = Tensor.of(Math.log(2), Math.log(2)).reshape(2, 1);
        int[] y = {1, 0};
        assertThat(ExponentialLoss.of(Node.constant(s), y).item()).isCloseTo(1.25, within(1e-15));
    }

    @Test
    void theGradientMatchesCentralDifferences() {
        Theories.qt().forAll(BinaryCase.batches(Values.between(-3, 3))).checkAssert(c -> {
            GradReport r = GradCheck.check(in -> ExponentialLoss.of(in.get(0), c.y()), c.s());
            assertThat(r.passed()).as("%s", r).isTrue();
        });
    }

    @Test
    void itPunishesAWrongSideHarderThanTheLogLoss() {
        // e^−m ≥ log(1 + e^−m) for every margin m (log(1 + x) ≤ x), and it grows exponentially as m goes
        // negative: the notes' stronger penalty for mistakes. Like every surrogate, it bounds the 0/1 loss.
        Theories.qt().forAll(BinaryCase.batches(Values.between(-3, 3))).checkAssert(c -> {
            Node s = Node.constant(c.s());
            assertThat(ExponentialLoss.of(s, c.y()).item()).isGreaterThanOrEqualTo(LogLoss.ofLogits(s, c.y()).item());
            assertThat(ExponentialLoss.of(s, c.y()).item()).isGreaterThanOrEqualTo(ZeroOneLossTest.zeroOne(c.s(), c.y()));
        });
    }
}
