package org.chainrule.exercises.sample;

import org.chainrule.testkit.Exercise;
import org.chainrule.testkit.Points;
import org.junit.jupiter.api.Test;

class AdderHiddenTest {
    private static final Exercise ADD = Exercise.of("E01", "Adder.add");

    @Points(5)
    @Test
    void large() {
        ADD.given("1000000, 1").assertEquals("arithmetic", 1000001, Adder.add(1000000, 1));
    }
}
