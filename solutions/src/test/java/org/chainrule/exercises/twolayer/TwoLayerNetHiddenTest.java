package org.chainrule.exercises.twolayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Points;
import org.chainrule.testkit.TensorGen;
import org.chainrule.testkit.Theories;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** E10's hidden tests: large scores, other seeds, and the shape and label errors. */
class TwoLayerNetHiddenTest {

    @Test
    @Points(1)
    @DisplayName("scores near ±1000 give a finite loss and the same gradients as Node (softmax subtracts the row maximum)")
    void largeScoresStayFinite() {
        Theories.qt(50).forAll(TwoLayerNetTest.cases(Values.awayFromZero(-2, 2, 0.5))).checkAssert(small -> {
            TwoLayerNetTest.Case c = small.with(2, small.params()[2].mul(400)).with(3, small.params()[3].mul(400));
            Gradients g = c.net().gradients(c.x(), c.labels());
            List<Node> leaves = TwoLayerNetTest.Reference.leaves(c);
            Node loss = TwoLayerNetTest.Reference.loss(c.x(), c.labels(), leaves);
            loss.backward();
            assertThat(g.loss()).as(TwoLayerNetTest.block("gradients", c, "loss " + loss.item(), "loss " + g.loss()))
                    .isCloseTo(loss.item(), org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, loss.item())));
            Tensor[] got = TwoLayerNetTest.of(g);
            for (int p = 0; p < 4; p++) {
                Tensor expected = leaves.get(p).grad();
                assertThat(got[p].allClose(expected, TwoLayerNetTest.SAME_MATH, TwoLayerNetTest.SAME_MATH)).as(TwoLayerNetTest.block("gradients", c,
                        "d" + TwoLayerNetTest.NAMES[p] + " = " + TensorGen.describe(expected),
                        "d" + TwoLayerNetTest.NAMES[p] + " = " + TensorGen.describe(got[p]))).isTrue();
            }
        });
    }

    @Test
    @Points(1)
    @DisplayName("XOR is solved from other seeds too (1 to 5), not only the handout's")
    void xorFromOtherSeeds() {
        for (long seed = 1; seed <= 5; seed++) {
            assertThat(TwoLayerNetTest.trainXor(seed)).as("E10 TwoLayerNet on XOR from Rng.seed(" + seed + ")")
                    .isEqualTo(1.0);
        }
    }

    @Test
    @Points(1)
    @DisplayName("a label outside [0, k), or one label too few, is refused with a message that names it")
    void badLabelsRefused() {
        TwoLayerNet net = new TwoLayerNet(Tensor.zeros(2, 3), Tensor.zeros(3), Tensor.zeros(3, 2), Tensor.zeros(2));
        Tensor x = Tensor.zeros(2, 2);
        assertThatThrownBy(() -> net.gradients(x, new int[] {0, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2");
        assertThatThrownBy(() -> net.gradients(x, new int[] {-1, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> net.gradients(x, new int[] {0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1");
    }

    @Test
    @Points(1)
    @DisplayName("parameters that do not fit together are refused with a message that prints their shapes")
    void misfitParametersRefused() {
        assertThatThrownBy(() -> new TwoLayerNet(Tensor.zeros(2, 3), Tensor.zeros(3), Tensor.zeros(4, 2), Tensor.zeros(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContainingAll("[2, 3]", "[4, 2]");
        assertThatThrownBy(() -> new TwoLayerNet(Tensor.zeros(2, 3), Tensor.zeros(2), Tensor.zeros(3, 2), Tensor.zeros(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContainingAll("[2, 3]", "[2]");
        assertThatThrownBy(() -> new TwoLayerNet(Tensor.zeros(2, 3), Tensor.zeros(3), Tensor.zeros(3, 2), Tensor.zeros(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContainingAll("[3, 2]", "[3]");
        assertThatThrownBy(() -> new TwoLayerNet(Tensor.zeros(2, 3), Tensor.zeros(1, 3), Tensor.zeros(3, 2), Tensor.zeros(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[1, 3]");
        assertThatThrownBy(() -> new TwoLayerNet(Tensor.zeros(2, 3), Tensor.zeros(3), Tensor.zeros(3, 2), Tensor.zeros(1, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[1, 2]");
        assertThatThrownBy(() -> new TwoLayerNet(Tensor.zeros(6), Tensor.zeros(3), Tensor.zeros(3, 2), Tensor.zeros(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[6]");
        assertThatThrownBy(() -> new TwoLayerNet(Tensor.zeros(2, 3), Tensor.zeros(3), Tensor.zeros(6), Tensor.zeros(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[6]");
    }

    @Test
    @Points(1)
    @DisplayName("x with the wrong number of features is refused with a message that prints x's and W1's shapes")
    void wrongWidthRefused() {
        TwoLayerNet net = new TwoLayerNet(Tensor.zeros(2, 3), Tensor.zeros(3), Tensor.zeros(3, 2), Tensor.zeros(2));
        assertThatThrownBy(() -> net.scores(Tensor.zeros(4, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContainingAll("[4, 3]", "[2, 3]");
        assertThatThrownBy(() -> net.gradients(Tensor.zeros(4, 5), new int[4]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContainingAll("[4, 5]", "[2, 3]");
        assertThatThrownBy(() -> net.scores(Tensor.zeros(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2]");
    }
}
