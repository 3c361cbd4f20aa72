package org.chainrule.models;

/**
 * The line where a two-feature logistic model is undecided, {@code P(y = 1) = 0.5}, i.e. where its
 * logit is 0:
 * <pre>
 *   w0·x + w1·y + b = 0   ⇔   y = −(w0 / w1)·x − b / w1
 * </pre>
 * the notes' {@code slope = w_hat[0]/w_hat[1]; yy = -slope*xx - b_hat/w_hat[1]}.
 *
 * @param slope {@code −w0 / w1}
 * @param intercept {@code −b / w1}
 */
public record DecisionBoundary(double slope, double intercept) {

    /** The boundary's second coordinate at first coordinate {@code x}: {@code slope·x + intercept}. */
    public double y(double x) {
        return slope * x + intercept;
    }
}
