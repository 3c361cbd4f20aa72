package org.chainrule.grader.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points as a person writes them: no exponent, no trailing zeros, at most {@value #PLACES} decimals. */
final class Decimals {
    /** Enough for thirds of a point; hides the binary noise of sums such as 0.1 + 0.2. */
    static final int PLACES = 4;

    private Decimals() {
    }

    /** {@code 10.0} → {@code 10}, {@code 2.50} → {@code 2.5}, {@code 1/3} → {@code 0.3333}, {@code -0.0} → {@code 0}. */
    static String plain(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("points must be finite, got " + value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(PLACES, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
