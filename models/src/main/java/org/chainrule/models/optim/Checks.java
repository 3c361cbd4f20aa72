package org.chainrule.models.optim;

/** Argument checks shared by the optimizers (package-private). */
final class Checks {
    private Checks() {
    }

    /** Returns {@code lr} if it is positive and finite; otherwise says why not. */
    static double learningRate(String optimizer, double lr) {
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new IllegalArgumentException(String.format(
                    "%s: learning rate is %s; it must be a positive, finite number such as 0.01.", optimizer, lr));
        }
        return lr;
    }

    /** Returns {@code beta} if it is a decay rate in [0, 1); otherwise says why not. */
    static double decay(String optimizer, String name, double beta) {
        if (!(beta >= 0 && beta < 1)) {
            throw new IllegalArgumentException(String.format(
                    "%s: %s is %s; a decay rate must be in [0, 1), such as 0.9.", optimizer, name, beta));
        }
        return beta;
    }
}
