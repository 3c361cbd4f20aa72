package org.chainrule.models;

import org.chainrule.core.Tensor;

/** Reads classes off scores (package-private). */
final class Targets {
    private Targets() {
    }

    /**
     * The index of the largest entry of each row (ties: the first).
     *
     * @param scores shape {@code [n, k]}
     * @return n column indices
     */
    static int[] argmaxRows(Tensor scores) {
        double[] best = scores.argmax(1).toArray();
        int[] classes = new int[best.length];
        for (int i = 0; i < best.length; i++) {
            classes[i] = (int) best[i];
        }
        return classes;
    }
}
