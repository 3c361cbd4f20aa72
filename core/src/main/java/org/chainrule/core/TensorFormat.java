package org.chainrule.core;

import java.util.Locale;

/**
 * Prints a tensor like NumPy (package-private): nested brackets, one row per line, long axes
 * summarised with {@code ...}. Numbers show up to 6 significant digits; use {@code get} for all 17.
 */
final class TensorFormat {
    /** Axes longer than this are summarised as first three, {@code ...}, last three. */
    private static final int SUMMARY_THRESHOLD = 10;
    private static final int EDGE_ITEMS = 3;

    private TensorFormat() {
    }

    static String format(Tensor t) {
        StringBuilder sb = new StringBuilder("Tensor").append(t.shape()).append(' ');
        if (t.rank() == 0) {
            return sb.append(number(t.data[0])).toString();
        }
        appendAxis(sb, t, 0, 0, "Tensor".length() + t.shape().toString().length() + 1);
        return sb.toString();
    }

    private static void appendAxis(StringBuilder sb, Tensor t, int axis, int offset, int indent) {
        int[] dims = t.shape().dims();
        int[] strides = t.shape().strides();
        int n = dims[axis];
        boolean summarise = n > SUMMARY_THRESHOLD;
        sb.append('[');
        for (int i = 0; i < n; i++) {
            if (summarise && i == EDGE_ITEMS) {
                sb.append(axis == dims.length - 1 ? "..., " : "...,\n" + " ".repeat(indent + axis + 1));
                i = n - EDGE_ITEMS;
            }
            if (axis == dims.length - 1) {
                sb.append(number(t.data[offset + i]));
            } else {
                appendAxis(sb, t, axis + 1, offset + i * strides[axis], indent);
            }
            if (i < n - 1) {
                sb.append(axis == dims.length - 1 ? ", " : ",\n" + " ".repeat(indent + axis + 1));
            }
        }
        sb.append(']');
    }

    /** A number in at most 6 significant digits, trailing zeros dropped: 1.0, 0.333333, 1.5e-08. */
    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return (long) v + ".0";
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String exponent = e < 0 ? "" : s.substring(e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", ".0");
        }
        return mantissa + exponent;
    }
}
