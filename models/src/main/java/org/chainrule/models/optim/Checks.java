package org.chainrule.models.optim;

/** Argument checks shared by the optimizers (package-private); the learning rate's is {@link Optimizer#checkLearningRate}. */
final class Checks {
    private Checks() {
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
