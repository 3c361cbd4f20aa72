package org.chainrule.autograd;

import static org.chainrule.autograd.GradientAssertions.assertGradientsAgree;
import static org.chainrule.autograd.Readout.weighted;
import static org.chainrule.testkit.Theories.qt;

import java.util.List;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Labels;
import org.chainrule.testkit.Shapes;
import org.chainrule.testkit.TensorGen;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * One property per gate: backward's gradient equals the central difference on generated inputs,
 * broadcast shapes included. Non-scalar outputs are read with fixed random weights
 * ({@link Readout}). {@link EveryGateIsCoveredTest} checks that every gate has a property here.
 */
class GateGradientsTest {
    private static final Gen<Double> ANY = Values.between(-3, 3);
    private static final Gen<Double> POSITIVE = Values.positive(0.2, 3);
    private static final Gen<Tensor> SMALL_TENSORS = TensorGen.tensors(Shapes.shapes(3, 3), ANY);

    /** A tensor and one of its axes, for reductions and softmax along an axis. */
    record Along(Tensor x, int axis) {
        @Override
        public String toString() {
            return "x = " + TensorGen.describe(x) + ", axis " + axis;
        }
    }

    private static Gen<Along> withAxis(int maxSize) {
        Gen<Along> gen = in -> {
            Tensor x = TensorGen.tensors(Shapes.shapes(1, 3, maxSize), ANY).generate(in);
            return new Along(x, Shapes.axes(x.shape()).generate(in));
        };
        return gen.describedAs(Along::toString);
    }

    // ---------------------------------------------------------------- binary, broadcasting

    @Test
    @Covers(Add.class)
    void add() {
        qt().forAll(TensorGen.pairs(Shapes.broadcastPairs(3, 3), ANY)).checkAssert(p -> assertGradientsAgree(
                Add.class, in -> weighted(in.get(0).add(in.get(1))), p.a(), p.b()));
    }

    @Test
    @Covers(Sub.class)
    void sub() {
        qt().forAll(TensorGen.pairs(Shapes.broadcastPairs(3, 3), ANY)).checkAssert(p -> assertGradientsAgree(
                Sub.class, in -> weighted(in.get(0).sub(in.get(1))), p.a(), p.b()));
    }

    @Test
    @Covers(Mul.class)
    void mul() {
        qt().forAll(TensorGen.pairs(Shapes.broadcastPairs(3, 3), ANY)).checkAssert(p -> assertGradientsAgree(
                Mul.class, in -> weighted(in.get(0).mul(in.get(1))), p.a(), p.b()));
    }

    @Test
    @Covers(Div.class)
    void div() {
        Gen<Double> divisors = Values.awayFromZero(-3, 3, 0.5);
        qt().forAll(TensorGen.pairs(Shapes.broadcastPairs(3, 3), ANY, divisors)).checkAssert(p -> assertGradientsAgree(
                Div.class, in -> weighted(in.get(0).div(in.get(1))), p.a(), p.b()));
    }

    @Test
    @Covers(Max.class)
    void max() {
        qt().forAll(TensorGen.separatedPairs(Shapes.broadcastPairs(3, 3), -3, 3, 0.1)).checkAssert(p ->
                assertGradientsAgree(Max.class, in -> weighted(in.get(0).maximum(in.get(1))), p.a(), p.b()));
    }

    @Test
    @Covers(MatMul.class)
    void matmul() {
        qt().forAll(TensorGen.pairs(Shapes.matmulPairs(4), ANY)).checkAssert(p -> assertGradientsAgree(
                MatMul.class, in -> weighted(in.get(0).matmul(in.get(1))), p.a(), p.b()));
    }

    // ---------------------------------------------------------------- elementwise, one input

    @Test
    @Covers(Neg.class)
    void neg() {
        qt().forAll(SMALL_TENSORS).checkAssert(x -> assertGradientsAgree(Neg.class, in -> weighted(in.get(0).neg()), x));
    }

    @Test
    @Covers(Exp.class)
    void exp() {
        qt().forAll(SMALL_TENSORS).checkAssert(x -> assertGradientsAgree(Exp.class, in -> weighted(in.get(0).exp()), x));
    }

    @Test
    @Covers(Log.class)
    void log() {
        qt().forAll(TensorGen.tensors(Shapes.shapes(3, 3), POSITIVE)).checkAssert(x ->
                assertGradientsAgree(Log.class, in -> weighted(in.get(0).log()), x));
    }

    @Test
    @Covers(Sqrt.class)
    void sqrt() {
        qt().forAll(TensorGen.tensors(Shapes.shapes(3, 3), POSITIVE)).checkAssert(x ->
                assertGradientsAgree(Sqrt.class, in -> weighted(in.get(0).sqrt()), x));
    }

    @Test
    @Covers(Pow.class)
    void powOfAPositiveBase() {
        Gen<Double> exponents = Generate.pick(List.of(2.0, 3.0, -1.0, 0.5, 1.5, -2.5));
        qt().forAll(TensorGen.tensors(Shapes.shapes(3, 3), POSITIVE), exponents).checkAssert((x, p) ->
                assertGradientsAgree(Pow.class, in -> weighted(in.get(0).pow(p)), x));
    }

    @Test
    @Covers(Pow.class)
    void powOfAnyBaseWithAWholeExponent() {
        Gen<Double> exponents = Generate.pick(List.of(2.0, 3.0, 4.0));
        qt().forAll(SMALL_TENSORS, exponents).checkAssert((x, p) ->
                assertGradientsAgree(Pow.class, in -> weighted(in.get(0).pow(p)), x));
    }

    @Test
    @Covers(Relu.class)
    void relu() {
        Gen<Double> awayFromKink = Values.awayFromZero(-3, 3, 0.1);
        qt().forAll(TensorGen.tensors(Shapes.shapes(3, 3), awayFromKink)).checkAssert(x ->
                assertGradientsAgree(Relu.class, in -> weighted(in.get(0).relu()), x));
    }

    @Test
    @Covers(Sigmoid.class)
    void sigmoid() {
        qt().forAll(SMALL_TENSORS).checkAssert(x -> assertGradientsAgree(Sigmoid.class, in -> weighted(in.get(0).sigmoid()), x));
    }

    @Test
    @Covers(Tanh.class)
    void tanh() {
        qt().forAll(SMALL_TENSORS).checkAssert(x -> assertGradientsAgree(Tanh.class, in -> weighted(in.get(0).tanh()), x));
    }

    // ---------------------------------------------------------------- moving elements

    @Test
    @Covers(Transpose.class)
    void transpose() {
        qt().forAll(SMALL_TENSORS).checkAssert(x ->
                assertGradientsAgree(Transpose.class, in -> weighted(in.get(0).transpose()), x));
    }

    @Test
    @Covers(Reshape.class)
    void reshape() {
        Gen<Integer> kind = Generate.range(0, 3);
        qt().forAll(SMALL_TENSORS, kind).checkAssert((x, k) -> {
            int[] dims = newDims(x.shape(), k);
            assertGradientsAgree(Reshape.class, in -> weighted(in.get(0).reshape(dims)), x);
        });
    }

    /** Four ways to reshape: flatten, reverse the sizes, add a leading 1, infer the first size. */
    private static int[] newDims(Shape s, int kind) {
        int[] d = s.toArray();
        int[] out = new int[kind == 2 ? d.length + 1 : d.length];
        for (int i = 0; i < d.length; i++) {
            out[kind == 2 ? i + 1 : i] = kind == 1 ? d[d.length - 1 - i] : d[i];
        }
        if (kind == 0) {
            return new int[] {-1};
        }
        if (kind == 2) {
            out[0] = 1;
        }
        if (kind == 3 && out.length > 0) {
            out[0] = -1;
        }
        return out;
    }

    @Test
    @Covers(BroadcastTo.class)
    void broadcastTo() {
        Gen<BroadcastCase> cases = in -> {
            var shapes = Shapes.broadcastsTo(3, 3).generate(in);
            return new BroadcastCase(TensorGen.tensors(shapes.a(), ANY).generate(in), shapes.b());
        };
        qt().forAll(cases.describedAs(BroadcastCase::toString)).checkAssert(c -> assertGradientsAgree(
                BroadcastTo.class, in -> weighted(in.get(0).broadcastTo(c.target())), c.x()));
    }

    /** A tensor and a shape it broadcasts to. */
    record BroadcastCase(Tensor x, Shape target) {
        @Override
        public String toString() {
            return "x = " + TensorGen.describe(x) + " to " + target;
        }
    }

    // ---------------------------------------------------------------- reductions

    @Test
    @Covers(SumAll.class)
    void sumOfAll() {
        qt().forAll(SMALL_TENSORS).checkAssert(x -> assertGradientsAgree(SumAll.class, in -> in.get(0).sum().mul(1.7), x));
    }

    @Test
    @Covers(Sum.class)
    void sumAlongAnAxis() {
        qt().forAll(withAxis(3)).checkAssert(c ->
                assertGradientsAgree(Sum.class, in -> weighted(in.get(0).sum(c.axis())), c.x()));
    }

    @Test
    @Covers(MeanAll.class)
    void meanOfAll() {
        qt().forAll(SMALL_TENSORS).checkAssert(x -> assertGradientsAgree(MeanAll.class, in -> in.get(0).mean().mul(1.7), x));
    }

    @Test
    @Covers(Mean.class)
    void meanAlongAnAxis() {
        qt().forAll(withAxis(3)).checkAssert(c ->
                assertGradientsAgree(Mean.class, in -> weighted(in.get(0).mean(c.axis())), c.x()));
    }

    // ---------------------------------------------------------------- softmax family

    @Test
    @Covers(Softmax.class)
    void softmaxAlongEachAxis() {
        qt().forAll(withAxis(4)).checkAssert(c ->
                assertGradientsAgree(Softmax.class, in -> weighted(in.get(0).softmax(c.axis())), c.x()));
    }

    @Test
    @Covers(LogSoftmax.class)
    void logSoftmaxAlongEachAxis() {
        qt().forAll(withAxis(4)).checkAssert(c ->
                assertGradientsAgree(LogSoftmax.class, in -> weighted(in.get(0).logSoftmax(c.axis())), c.x()));
    }

    @Test
    @Covers(CrossEntropy.class)
    void crossEntropyWithLabels() {
        qt().forAll(Labels.withLogits(4, 5, ANY)).checkAssert(b -> assertGradientsAgree(
                CrossEntropy.class, in -> Node.crossEntropy(in.get(0), b.labels()).mul(1.7), b.logits()));
    }

    @Test
    @Covers(CrossEntropy.class)
    void crossEntropyWithSoftTargets() {
        qt().forAll(Labels.withTargets(4, 5, ANY)).checkAssert(p -> assertGradientsAgree(
                CrossEntropy.class, in -> Node.crossEntropy(in.get(0), p.b()).mul(1.7), p.a()));
    }
}
