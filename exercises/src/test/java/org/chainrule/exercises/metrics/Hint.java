package org.chainrule.exercises.metrics;

import org.chainrule.testkit.Exercise;

/** E07's hint for the classic mix-up: precision and recall swapped. */
final class Hint {
    private Hint() {
    }

    /**
     * Fails with a pointed message when precision came out as the recall and recall as the
     * precision (and the two differ); passes otherwise, leaving the plain comparisons to the caller.
     */
    static void precisionRecall(Exercise ex, double precision, double recall, double gotPrecision, double gotRecall) {
        if (precision != recall && gotPrecision == recall && gotRecall == precision) {
            throw ex.fail("precision and recall are swapped. Precision divides by a column (the rows predicted "
                    + "positive: TP + FP); recall divides by a row (the rows truly positive: TP + FN)",
                    "precision " + precision + ", recall " + recall, "precision " + gotPrecision + ", recall " + gotRecall);
        }
    }
}
