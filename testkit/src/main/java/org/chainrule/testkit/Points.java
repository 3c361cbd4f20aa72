package org.chainrule.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a graded test is worth: {@code @Points(2) @Test void matmulAgreesWithTensor()}.
 *
 * <p>An exercise's public tests ({@code <Class>Test}) sum to 10 points, its hidden tests
 * ({@code <Class>HiddenTest}) to 5; the grader reads this annotation from each test method and
 * gives the points when the test passes, nothing otherwise (no partial credit within a test).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Points {
    /** The points, e.g. {@code 2} or {@code 1.5}; positive. */
    double value();
}
