package org.chainrule.models.metrics;

import java.util.List;
import java.util.Locale;

/** Text layouts of a {@link ConfusionMatrix} (package-private). */
final class ConfusionTable {
    /** The corner of the matrix table, naming both axes. */
    static final String CORNER = "True \\ Predicted";
    /** Columns are separated by this many spaces. */
    private static final int GAP = 2;

    private ConfusionTable() {
    }

    /**
     * <pre>
     *   True \ Predicted  Negative  Positive
     *   Negative                 2         2
     *   Positive                 1         1
     * </pre>
     */
    static String matrix(ConfusionMatrix cm) {
        List<String> names = cm.classNames();
        int first = CORNER.length();
        int width = String.valueOf(cm.total()).length();
        for (String name : names) {
            first = Math.max(first, name.length());
            width = Math.max(width, name.length());
        }
        StringBuilder sb = new StringBuilder(pad(CORNER, -first));
        for (String name : names) {
            sb.append(" ".repeat(GAP)).append(pad(name, width));
        }
        for (int a = 0; a < names.size(); a++) {
            sb.append('\n').append(pad(names.get(a), -first));
            for (int p = 0; p < names.size(); p++) {
                sb.append(" ".repeat(GAP)).append(pad(String.valueOf(cm.count(a, p)), width));
            }
        }
        return sb.toString();
    }

    /**
     * Like scikit-learn's {@code classification_report}, with 4 decimals:
     * <pre>
     *              precision  recall  f1-score  support
     *   Negative      0.6667  0.5000    0.5714        4
     *   Positive      0.3333  0.5000    0.4000        2
     *
     *   macro avg     0.5000  0.5000    0.4857        6
     *   accuracy                        0.5000        6
     * </pre>
     */
    static String report(ConfusionMatrix cm) {
        int first = "macro avg".length();
        for (String name : cm.classNames()) {
            first = Math.max(first, name.length());
        }
        String row = "%-" + first + "s  %9s  %6s  %8s  %7s";
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, row, "", "precision", "recall", "f1-score", "support"));
        for (int c = 0; c < cm.numClasses(); c++) {
            sb.append('\n').append(String.format(Locale.ROOT, row, cm.classNames().get(c),
                    num(cm.precision(c)), num(cm.recall(c)), num(cm.f1(c)), cm.support(c)));
        }
        sb.append("\n\n").append(String.format(Locale.ROOT, row, "macro avg",
                num(cm.macroPrecision()), num(cm.macroRecall()), num(cm.macroF1()), cm.total()));
        sb.append('\n').append(String.format(Locale.ROOT, row, "accuracy", "", "", num(cm.accuracy()), cm.total()));
        return sb.toString();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** Right-aligns {@code s} in {@code width} characters; a negative width left-aligns. */
    private static String pad(String s, int width) {
        return String.format("%" + width + "s", s);
    }
}
