package org.chainrule.exercises.sample;

import org.chainrule.testkit.Exercise;
import org.chainrule.testkit.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.quicktheories.generators.Generate;

@TestMethodOrder(MethodOrderer.MethodName.class)
class AdderTest {
    private static final Exercise ADD = Exercise.of("E01", "Adder.add");

    @Points(2)
    @Test
    @DisplayName("1 + 2 is 3")
    void a_small() {
        ADD.given("1, 2").assertEquals("arithmetic", 3, Adder.add(1, 2));
    }

    @Points(3)
    @Test
    @DisplayName("-1 + -2 is -3")
    void b_negative() {
        ADD.given("-1, -2").assertEquals("arithmetic", -3, Adder.add(-1, -2));
    }

    @Points(5)
    @Test
    @DisplayName("add agrees with + on generated numbers")
    void c_property() {
        ADD.qt().forAll(Generate.range(-100, 100), Generate.range(-100, 100))
                .checkAssert((a, b) -> ADD.assertEquals("a + b", a + b, Adder.add(a, b)));
    }
}
