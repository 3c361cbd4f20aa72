package org.chainrule.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The points a graded exercise test is worth, e.g. {@code @Points(1.5)}. An exercise's public
 * tests add up to 10 and its hidden tests to 5; the handouts state the same numbers.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Points {
    /** The points earned when the test passes. */
    double value();
}
