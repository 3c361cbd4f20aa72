package org.chainrule.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

class ExerciseTest {
    private static final Exercise MATMUL = Exercise.of("E01", "TensorsByHand.matmul");

    /** A wrong "matmul" that forgets the last term of every sum. */
    private static Tensor forgetfulMatmul(Tensor a, Tensor b) {
        return a.matmul(b).sub(a.matmul(b).mul(a.shape().dim(1) > 1 ? 0.5 : 0.0));
    }

    @Test
    void aFailingPropertyIsOneBlockWithTheShrunkInputExpectedGotWorstAndSeed() {
        Throwable failure = catchThrowable(() -> MATMUL.qt()
                .forAll(TensorGen.pairs(Shapes.matmulPairs(3), Values.between(1, 2)))
                .checkAssert(p -> MATMUL.assertClose("Tensor.matmul", p.a().matmul(p.b()),
                        forgetfulMatmul(p.a(), p.b()), 1e-12)));

        String[] lines = failure.getMessage().split(System.lineSeparator());
        assertThat(lines[0]).isEqualTo("E01 TensorsByHand.matmul: differs from Tensor.matmul");
        assertThat(lines[1]).startsWith("  input:    a = [1, 2] [[");      // shrunk: k = 2 is the smallest that fails
        assertThat(lines[2]).startsWith("  expected: [1, 1] [[").endsWith("(Tensor.matmul)");
        assertThat(lines[3]).startsWith("  got:      [1, 1] [[");
        assertThat(lines[4]).startsWith("  worst:    element [0, 0]: expected ").contains("(allowed ");
        assertThat(lines[5]).startsWith("  replay:   seed 2020 ");
        assertThat(lines).hasSize(6);
    }

    @Test
    void codeThatThrowsIsNamedWithItsMessage() {
        Throwable failure = catchThrowable(() -> MATMUL.qt()
                .forAll(TensorGen.tensors(Shapes.matrices(2), Values.between(-1, 1)))
                .checkAssert(x -> {
                    throw new UnsupportedOperationException("E01 TensorsByHand.matmul: not done yet");
                }));

        assertThat(failure.getMessage())
                .startsWith("E01 TensorsByHand.matmul: threw UnsupportedOperationException")
                .contains("  got:      UnsupportedOperationException: E01 TensorsByHand.matmul: not done yet")
                .contains("  input:    [1, 1] [[")                 // shrunk to the smallest matrix
                .contains("  replay:   seed 2020");
    }

    @Test
    void aWrongShapeSaysSoBeforeComparingElements() {
        Throwable failure = catchThrowable(() -> MATMUL.given("a = [2, 3], b = [3, 1]")
                .assertClose("Tensor.matmul", Tensor.zeros(2, 1), Tensor.zeros(1, 2), 1e-12));

        assertThat(failure).hasMessage(String.join(System.lineSeparator(),
                "E01 TensorsByHand.matmul: has the wrong shape: [1, 2] instead of [2, 1]",
                "  input:    a = [2, 3], b = [3, 1]",
                "  expected: [2, 1] [[0.0], [0.0]]   (Tensor.matmul)",
                "  got:      [1, 2] [[0.0, 0.0]]"));
    }

    @Test
    void closeIsAbsoluteNearZeroAndRelativeForLargeValuesAndNanOnlyMatchesNan() {
        assertThatCode(() -> MATMUL.assertClose("x", Tensor.of(1e6, 0, Double.NaN),
                Tensor.of(1e6 + 0.5, 1e-7, Double.NaN), 1e-6)).doesNotThrowAnyException();
        assertThat(catchThrowable(() -> MATMUL.assertClose("x", Tensor.of(1, 2), Tensor.of(1, Double.NaN), 1e-6)))
                .hasMessageContaining("worst:    element [1]: expected 2.0, got NaN");
        assertThat(catchThrowable(() -> MATMUL.assertClose("x", 1.0, 1.1, 1e-3)))
                .hasMessageContaining("off by 0.10000000000000009 (allowed 0.002)");
        assertThatCode(() -> MATMUL.assertClose("central differences", Tensor.of(100), Tensor.of(100.09), 1e-5, 1e-3))
                .doesNotThrowAnyException();
        assertThat(catchThrowable(() -> MATMUL.assertClose("central differences", Tensor.of(100), Tensor.of(100.2), 1e-5, 1e-3)))
                .hasMessageContaining("(allowed 0.10001)");
    }

    @Test
    void assertThrowsPinsTheTypeAndTheExactMessage() {
        assertThatCode(() -> MATMUL.assertThrows(ShapeException.class, "bad",
                () -> {
                    throw new ShapeException("bad");
                })).doesNotThrowAnyException();
        assertThat(catchThrowable(() -> MATMUL.assertThrows(ShapeException.class, "bad", () -> { })))
                .hasMessage(String.join(System.lineSeparator(),
                        "E01 TensorsByHand.matmul: should throw ShapeException with the exact message below",
                        "  expected: ShapeException: bad",
                        "  got:      no exception"));
        assertThat(catchThrowable(() -> MATMUL.assertThrows(ShapeException.class, "bad",
                () -> {
                    throw new ShapeException("worse");
                }))).hasMessageContaining("  got:      ShapeException: worse");
    }

    @Test
    void theWorstElementIsTheFurthestRelativeToItsSize() {
        assertThat(Elements.worst(new double[] {100, 1, 5}, new double[] {101, 1.5, 5}, 1e-3, 1e-3)).isEqualTo(1);
        assertThat(Elements.index(new int[] {2, 3, 4}, 23)).containsExactly(1, 2, 3);
        assertThat(Elements.index(new int[] {}, 0)).isEmpty();
    }

    @Test
    void longValuesAreCut() {
        String cut = Feedback.cut("x".repeat(Feedback.MAX_LINE + 5));
        assertThat(cut).endsWith(" … (5 more characters)").hasSize(Feedback.MAX_LINE + 22);
    }

    @Test
    void idsAreCheckedSoMessagesStayUniform() {
        assertThat(catchThrowable(() -> Exercise.of("1", "X.y"))).isInstanceOf(IllegalArgumentException.class);
    }
}
