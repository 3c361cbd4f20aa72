package org.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.Function;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

/** The slopes and the kink rule of {@link CentralDifference}, on the numbers of its Javadoc. */
class CentralDifferenceTest {
    private static final double H = GradCheck.STEP;

    private static CentralDifference at(Function<List<Node>, Node> f, double x) {
        Tensor[] point = {Tensor.of(x)};
        return CentralDifference.at(f, point, 0, 0, H, CentralDifference.eval(f, point));
    }

    @Test
    void reluAtZeroIsAKink() {
        CentralDifference d = at(in -> in.get(0).relu().sum(), 0);
        assertThat(d.below()).isZero();
        assertThat(d.above()).isCloseTo(1, within(1e-9));
        assertThat(d.central()).isCloseTo(0.5, within(1e-9));
        assertThat(d.kink()).isTrue();
    }

    @Test
    void highCurvatureIsNotAKink() {
        CentralDifference d = at(in -> in.get(0).log().sum(), 5e-4);      // f'' = −1/x² = −4e6
        assertThat(d.below()).isCloseTo(2002, within(0.01));
        assertThat(d.above()).isCloseTo(1998, within(0.01));
        assertThat(d.gap()).as("h·|f''|").isCloseTo(4, within(0.01));
        assertThat(d.gap()).isGreaterThan(CentralDifference.KINK_JUMP * 2002);   // the first test alone would flag it
        assertThat(d.kink()).isFalse();
        assertThat(d.central()).isCloseTo(2000, within(0.01));
    }

    @Test
    void aKinkWithinTheStepIsFlaggedWhetherTheSmallStepStraddlesItOrNot() {
        Function<List<Node>, Node> relu = in -> in.get(0).relu().sum();
        assertThat(at(relu, H / 40).kink()).as("h/40 away: keeps (1 − 1/4)/(1 − 1/40) = 0.77 of its gap").isTrue();
        assertThat(at(relu, H / 5).kink()).as("h/5 away: straight on both sides at h/10, gap gone").isTrue();
        assertThat(at(relu, 3e-7).kink()).as("3e-7 away: gap gone at h/10").isTrue();
        assertThat(at(relu, 2 * H).kink()).as("2h away: not straddled at all").isFalse();
    }

    @Test
    void aSmoothPointHasNoKink() {
        CentralDifference d = at(in -> in.get(0).exp().sum(), 1);
        assertThat(d.kink()).isFalse();
        assertThat(d.central()).isCloseTo(Math.E, within(1e-8));
    }
}
