package org.chainrule.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PointsTest {
    @Test
    void theViewExtendsAShareOfTheRangeOnBothSides() {
        // range 2, margin 0.15 · 2 = 0.3
        assertThat(Points.range(new double[] {3, 1, 2})).containsExactly(new double[] {0.7, 3.3}, within(1e-12));
        // range 4, margin 0.25 · 4 = 1
        assertThat(Points.range(new double[] {-1, 3, 2}, 0.25)).containsExactly(new double[] {-2, 4}, within(1e-12));
    }

    @Test
    void equalValuesGetAViewOfOneEitherSide() {
        assertThat(Points.range(new double[] {5})).containsExactly(4, 6);
        assertThat(Points.range(new double[] {2, 2, 2}, 0.25)).containsExactly(1, 3);
    }
}
