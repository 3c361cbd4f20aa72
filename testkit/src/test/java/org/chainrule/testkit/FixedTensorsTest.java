package org.chainrule.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

class FixedTensorsTest {
    private static final Shape SHAPE = Shape.of(7, 9);

    @Test
    void theUpstreamIsWholeNumbersOneToThreeOfEitherSignNeverZeroTheSameForTheSameShape() {
        Tensor upstream = FixedTensors.wholeUpstream(SHAPE);

        assertThat(upstream.shape()).isEqualTo(SHAPE);
        assertThat(upstream.toArray()).containsOnly(-3, -2, -1, 1, 2, 3).contains(-3, 3);
        assertThat(FixedTensors.wholeUpstream(Shape.of(7, 9)).toArray()).containsExactly(upstream.toArray());
        assertThat(FixedTensors.wholeUpstream(Shape.of(9, 7)).toArray()).isNotEqualTo(upstream.toArray());
    }

    @Test
    void theWeightsAreHalfToOneAndAHalfInSizeWithBothSignsTheSameForTheSameShape() {
        double[] w = FixedTensors.signedWeights(SHAPE).toArray();
        List<Double> values = Arrays.stream(w).boxed().toList();

        assertThat(values).hasSize(63).allSatisfy(v -> assertThat(Math.abs(v)).isBetween(0.5, 1.5))
                .anySatisfy(v -> assertThat(v).isNegative()).anySatisfy(v -> assertThat(v).isPositive());
        assertThat(FixedTensors.signedWeights(Shape.of(7, 9)).toArray()).containsExactly(w);
    }
}
