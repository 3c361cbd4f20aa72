package org.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainrule.testkit.Theories.qt;

import org.chainrule.core.Tensor;
import org.chainrule.testkit.ShapePair;
import org.chainrule.testkit.Shapes;
import org.chainrule.testkit.TensorGen;
import org.chainrule.testkit.TensorPair;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The notes' four patterns of gradient flow, one property each, with an upstream that is not all
 * ones (fixed random weights of the output's shape) so that "unchanged" means something:
 * add distributes, mul swaps, copy adds, max routes.
 */
class GatePatternsTest {
    private static final Gen<Double> ANY = Values.between(-3, 3);
    private static final Gen<ShapePair> SAME_SHAPES = Shapes.shapes(3, 3).map(s -> new ShapePair(s, s));

    /** Backpropagates {@code upstream} from {@code out}. */
    private static void backward(Node out, Tensor upstream) {
        out.backward(upstream);
    }

    @Test
    void addHandsTheUpstreamUnchangedToBothInputs() {
        qt().forAll(TensorGen.pairs(SAME_SHAPES, ANY)).checkAssert(p -> {
            Node a = Node.of(p.a());
            Node b = Node.of(p.b());
            Tensor upstream = Readout.weights(p.a().shape());
            backward(a.add(b), upstream);
            assertThat(a.grad()).isEqualTo(upstream);
            assertThat(b.grad()).isEqualTo(upstream);
        });
    }

    @Test
    void addSumsTheUpstreamBackOverABroadcast() {
        qt().forAll(TensorGen.pairs(Shapes.broadcastsTo(3, 3), ANY)).checkAssert(p -> {
            Node small = Node.of(p.a());
            Node big = Node.of(p.b());
            Tensor upstream = Readout.weights(p.b().shape());
            backward(small.add(big), upstream);
            assertThat(big.grad()).isEqualTo(upstream);
            assertThat(small.grad().shape()).isEqualTo(p.a().shape());
            assertThat(small.grad().sum().item()).isCloseTo(upstream.sum().item(), org.assertj.core.data.Offset.offset(1e-12));
        });
    }

    @Test
    void mulSwapsItsInputs() {
        qt().forAll(TensorGen.pairs(SAME_SHAPES, ANY)).checkAssert(p -> {
            Node a = Node.of(p.a());
            Node b = Node.of(p.b());
            Tensor upstream = Readout.weights(p.a().shape());
            backward(a.mul(b), upstream);
            assertThat(a.grad()).isEqualTo(upstream.mul(p.b()));
            assertThat(b.grad()).isEqualTo(upstream.mul(p.a()));
        });
    }

    @Test
    void copyAddsTheGradientsOfEveryUse() {
        qt().forAll(TensorGen.tensors(Shapes.shapes(3, 3), ANY)).checkAssert(x -> {
            Tensor upstream = Readout.weights(x.shape());
            Node viaExp = Node.of(x);
            backward(viaExp.exp(), upstream);
            Node viaSigmoid = Node.of(x);
            backward(viaSigmoid.sigmoid(), upstream);

            Node both = Node.of(x);
            backward(both.exp().add(both.sigmoid()), upstream);     // one node, two uses
            assertThat(both.grad()).isEqualTo(viaExp.grad().add(viaSigmoid.grad()));

            Node twice = Node.of(x);
            backward(twice.add(twice), upstream);
            assertThat(twice.grad()).isEqualTo(upstream.mul(2));

            Node squared = Node.of(x);
            backward(squared.mul(squared), upstream);               // each copy gets upstream ⊙ the other
            assertThat(squared.grad()).isEqualTo(upstream.mul(x).mul(2));
        });
    }

    @Test
    void maxRoutesTheUpstreamToTheLargerInputAndZeroToTheOther() {
        qt().forAll(TensorGen.separatedPairs(SAME_SHAPES, -3, 3, 0.1)).checkAssert((TensorPair p) -> {
            Node a = Node.of(p.a());
            Node b = Node.of(p.b());
            Tensor upstream = Readout.weights(p.a().shape());
            backward(a.maximum(b), upstream);
            assertThat(a.grad()).isEqualTo(upstream.mul(p.a().gt(p.b())));
            assertThat(b.grad()).isEqualTo(upstream.mul(p.b().gt(p.a())));
            assertThat(a.grad().add(b.grad())).isEqualTo(upstream);
            assertThat(a.grad().mul(b.grad()).abs()).isEqualTo(Tensor.zeros(p.a().shape()));
        });
    }

    @Test
    void aMaxTieGoesToTheFirstInput() {
        Node a = Node.scalar(2.0);
        Node b = Node.scalar(2.0);
        a.maximum(b).mul(3.0).backward();
        assertThat(a.grad().item()).isEqualTo(3.0);
        assertThat(b.grad().item()).isEqualTo(0.0);
    }
}
