package org.chainrule.autograd;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a gradient property with the gate class(es) it checks; {@link EveryGateIsCoveredTest}
 * compares these marks with the gate classes found in the package, so a new gate cannot be added
 * without a gradient property.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Covers {
    Class<? extends Gate>[] value();
}
