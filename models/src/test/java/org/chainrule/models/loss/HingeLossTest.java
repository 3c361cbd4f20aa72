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
import org.quicktheories.core.Gen;

class HingeLossTest {
    /** Scores whose margins y·s stay at least 0.05 away from the kink at 1 (for y = ±1: |s| away from 1). */
    static final Gen<Double> AWAY_FROM_KINK = Values.between(-3, 3).assuming(s -> Math.abs(Math.abs(s) - 1) >= 0.05);

    @Test
    void itChargesOnlyMarginsBelowOne() {
        // y = [1, 1, 0, 0] → signs [+1, +1, −1, −1]; s = [2, 0, 0.5, −3] → margins [2, 0, −0.5, 3]
        // hinge = [0, 1, 1.5, 0], mean 0.625
        Tensor s = Tensor.of(2, 0, 0.5, -3).reshape(4, 1);
        int[] y = {1, 1, 0, 0};
        assertThat(HingeLoss.of(Node.constant(s), y).item()).isCloseTo(0.625, within(1e-15));
    }

    @Test
    void theGradientMatchesCentralDifferencesAwayFromTheKink() {
        Theories.qt().forAll(BinaryCase.batches(AWAY_FROM_KINK)).checkAssert(c -> {
            GradReport r = GradCheck.check(in -> HingeLoss.of(in.get(0), c.y()), c.s());
            assertThat(r.passed()).as("%s", r).isTrue();
            assertThat(r.kinks()).isEmpty();
        });
    }

    @Test
    void itBoundsTheZeroOneLossFromAbove() {
        Theories.qt().forAll(BinaryCase.batches(Values.between(-3, 3))).checkAssert(c -> {
            double hinge = HingeLoss.of(Node.constant(c.s()), c.y()).item();
            assertThat(hinge).isGreaterThanOrEqualTo(ZeroOneLossTest.zeroOne(c.s(), c.y()));
        });
    }
}
