package org.chainrule.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.stream.IntStream;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The seeded generator. The pinned numbers below were computed outside Chainrule, straight from
 * commons-math3: {@code new Well19937c(new int[] {0, 2020})} and its {@code nextGaussian()},
 * {@code nextDouble()} and a Fisher–Yates shuffle with {@code nextInt(i + 1)}. If they change,
 * every seeded run in the course changes too.
 */
class RngTest {

    @Test
    void seed2020NormalIsPinned() {
        assertThat(Rng.seed(2020).normal(0, 1, 5).toArray()).containsExactly(
                0.4282871783819094, 1.2860947023331257, 0.12788113132222234,
                1.384813194628711, -1.1250879350271432);
    }

    @Test
    void seed2020UniformIsPinned() {
        assertThat(Rng.seed(2020).uniform(0, 1, 5).toArray()).containsExactly(
                0.19883759475412166, 0.39902358831017737, 0.2353443380312219,
                0.3802103663113492, 0.4458116225896631);
        assertThat(Rng.seed(2020).uniform(-1, 3, 5).toArray()).containsExactly(
                -0.20464962098351336, 0.5960943532407095, -0.0586226478751124,
                0.5208414652453968, 0.7832464903586525);
    }

    @Test
    void seed2020PermutationIsPinned() {
        assertThat(Rng.seed(2020).permutation(10)).containsExactly(6, 0, 7, 1, 9, 5, 8, 3, 4, 2);
    }

    @Test
    void seedIsWell19937cSeededWithTheTwoHalvesOfTheLong() {
        Well19937c reference = new Well19937c(new int[] {0, 2020});
        double[] expected = new double[100];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = reference.nextGaussian();
        }
        assertThat(Rng.seed(2020).normal(0, 1, 10, 10).toArray()).containsExactly(expected);

        Well19937c high = new Well19937c(new int[] {1, 2});
        assertThat(Rng.seed((1L << 32) | 2).nextDouble()).isEqualTo(high.nextDouble());
    }

    @Test
    void normalScalesAndShifts() {
        Tensor z = Rng.seed(2020).normal(0, 1, 2, 3);
        Tensor x = Rng.seed(2020).normal(5, 2, 2, 3);

        assertThat(z.shape()).isEqualTo(Shape.of(2, 3));
        assertThat(x).isEqualTo(z.map(v -> 5 + 2 * v));
    }

    @Test
    void sameSeedGivesBitIdenticalTensors() {
        qt().withFixedSeed(6001L).withExamples(50)
                .forAll(Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE))
                .checkAssert(seed -> {
                    Rng a = Rng.seed(seed);
                    Rng b = Rng.seed(seed);
                    assertThat(a.normal(0, 1, 3, 4)).describedAs("seed %d", seed).isEqualTo(b.normal(0, 1, 3, 4));
                    assertThat(a.uniform(-1, 1, 7)).describedAs("seed %d", seed).isEqualTo(b.uniform(-1, 1, 7));
                    assertThat(a.permutation(20)).describedAs("seed %d", seed).isEqualTo(b.permutation(20));
                    assertThat(a.nextInt(1000)).describedAs("seed %d", seed).isEqualTo(b.nextInt(1000));
                });
    }

    @Test
    void differentSeedsGiveDifferentNumbers() {
        assertThat(Rng.seed(2020).normal(0, 1, 5)).isNotEqualTo(Rng.seed(2021).normal(0, 1, 5));
        assertThat(Rng.seed(0).normal(0, 1, 5)).as("the high 32 bits count")
                .isNotEqualTo(Rng.seed(1L << 32).normal(0, 1, 5));
    }

    @Test
    void aStreamMovesOn() {
        Rng rng = Rng.seed(2020);
        assertThat(rng.normal(0, 1, 5)).isNotEqualTo(rng.normal(0, 1, 5));
    }

    @Test
    void splitStreamsAreReproducibleAndDifferFromTheParent() {
        Rng parent = Rng.seed(2020);
        Rng child1 = parent.split();
        Rng child2 = parent.split();
        Tensor fromParent = parent.normal(0, 1, 5);
        Tensor fromChild1 = child1.normal(0, 1, 5);
        Tensor fromChild2 = child2.normal(0, 1, 5);

        Rng again = Rng.seed(2020);
        assertThat(again.split().normal(0, 1, 5)).isEqualTo(fromChild1);
        assertThat(again.split().normal(0, 1, 5)).isEqualTo(fromChild2);
        assertThat(again.normal(0, 1, 5)).isEqualTo(fromParent);

        assertThat(fromChild1).isNotEqualTo(fromChild2).isNotEqualTo(fromParent);
        assertThat(fromChild1).isNotEqualTo(Rng.seed(2020).normal(0, 1, 5));
    }

    @Test
    void permutationContainsEveryIndexOnce() {
        qt().withFixedSeed(6002L).withExamples(100)
                .forAll(Generate.range(0, 50), Generate.longRange(0, 1_000_000))
                .checkAssert((n, seed) -> assertThat(Rng.seed(seed).permutation(n))
                        .describedAs("permutation(%d) with seed %d", n, seed)
                        .containsExactlyInAnyOrder(IntStream.range(0, n).toArray()));
    }

    @Test
    void uniformStaysInItsInterval() {
        for (double v : Rng.seed(2020).uniform(-1, 3, 1000).toArray()) {
            assertThat(v).isGreaterThanOrEqualTo(-1).isLessThan(3);
        }
        for (int i = 0; i < 1000; i++) {
            assertThat(Rng.seed(i).nextInt(7)).isBetween(0, 6);
        }
    }

    @Test
    void badBoundsMessages() {
        assertThatThrownBy(() -> Rng.seed(1).nextInt(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nextInt: n is 0; the bound must be positive.");
        assertThatThrownBy(() -> Rng.seed(1).permutation(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("permutation: n is -1; it must be 0 or more.");
        assertThatThrownBy(() -> Rng.seed(1).normal(0, 1, 2, -1))
                .isInstanceOf(ShapeException.class)
                .hasMessage("Shape.of: size of axis 1 is -1; sizes must be 0 or more (got [2, -1]).");
        assertThatThrownBy(() -> Rng.seed(1).normal(0, -1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("normal: mean is 0.0 and std is -1.0; both must be finite and std must be 0 or more.");
        assertThatThrownBy(() -> Rng.seed(1).uniform(1, 0, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("uniform: the range is [1.0, 0.0); lo and hi must be finite with lo <= hi.");
        assertThat(Rng.seed(1).normal(3, 0, 2)).isEqualTo(Tensor.of(3, 3));
    }

    @Test
    void aRangeWiderThanTheLargestDoubleIsRefusedInsteadOfGivingInfinities() {
        assertThatThrownBy(() -> Rng.seed(1).uniform(-Double.MAX_VALUE, Double.MAX_VALUE, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("uniform: the range [-1.7976931348623157E308, 1.7976931348623157E308) is Infinity wide, "
                        + "more than the largest double (1.7976931348623157E308); a sample lo + (hi − lo)·u would be "
                        + "infinite. Use a range narrower than that.");
        for (double v : Rng.seed(1).uniform(0, Double.MAX_VALUE, 100).toArray()) {
            assertThat(v).isFinite();
        }
    }
}
