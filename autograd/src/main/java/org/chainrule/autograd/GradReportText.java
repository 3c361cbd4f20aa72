package org.chainrule.autograd;

import java.util.List;
import java.util.Locale;
import org.chainrule.core.Tensor;

/**
 * Writes a {@link GradReport} in words for a student (package-private): the verdict and the worst
 * element on the first line (or that nothing was compared: inconclusive); for a failure the
 * evidence (the inputs, both gradients of the worst input; values when small, else shapes) and at
 * most one hint; then kinks and unused inputs.
 */
final class GradReportText {
    private GradReportText() {
    }

    static String of(GradReport r, Measurement m) {
        StringBuilder sb = new StringBuilder();
        if (!Double.isFinite(m.value())) {
            sb.append(String.format("gradient check FAILED: f = %s at these inputs, not a finite number, "
                    + "so it has no gradient to check.", m.value()));
            for (int i = 0; i < m.inputs().size(); i++) {
                sb.append(String.format("\n  input %d = %s", i, Explain.brief(m.inputs().get(i))));
            }
            return sb.toString();
        }
        sb.append(headline(r, m));
        if (!r.passed() && r.input() >= 0) {
            for (int k = 0; k < m.inputs().size(); k++) {
                sb.append(String.format("\n  input %d              = %s", k, Explain.brief(m.inputs().get(k))));
            }
            int i = r.input();
            sb.append(String.format("\n  analytic ∂f/∂input %d = %s", i, Explain.brief(m.analytic().get(i))));
            sb.append(String.format("\n  numeric  ∂f/∂input %d = %s", i, Explain.brief(m.numeric().get(i))));
            String hint = hint(r, m);
            if (hint != null) {
                sb.append("\n  hint: ").append(hint);
            }
        }
        appendKinks(sb, m.kinks());
        appendUnused(sb, m);
        return sb.toString();
    }

    private static String headline(GradReport r, Measurement m) {
        if (r.input() < 0) {
            return inconclusive(r.checked());
        }
        String counts = counts(r, m);
        String worst = String.format("input %d (shape %s)%s: analytic %s, numeric %s (|a − n| = %s %s atol + rtol·|n| = %s)",
                r.input(), m.inputs().get(r.input()).shape(), r.index().isEmpty() ? "" : " at " + r.index(),
                number(r.analytic()), number(r.numeric()), error(r.absoluteError()),
                r.passed() ? "≤" : ">", error(r.allowedError()));
        return r.passed()
                ? "gradient check passed for " + counts + "; the worst is " + worst + "."
                : "gradient check FAILED for " + worst + ". Checked " + counts + ".";
    }

    /** Nothing was compared, so nothing was proved: no elements, or every one on a kink. */
    private static String inconclusive(int checked) {
        if (checked == 0) {
            return "gradient check INCONCLUSIVE: the inputs have no elements, so nothing was compared.";
        }
        String which = checked == 1 ? "the only element sits" : "every one of the " + checked + " elements sits";
        return "gradient check INCONCLUSIVE: " + which + " on a kink; move the inputs away from kinks.";
    }

    /** "12 elements of 2 inputs", or with kinks "11 of 12 elements of 2 inputs (1 kink flagged, not compared)". */
    private static String counts(GradReport r, Measurement m) {
        String all = String.format("%d element%s of %d input%s", r.checked(), plural(r.checked()),
                m.inputs().size(), plural(m.inputs().size()));
        int kinks = m.kinks().size();
        return kinks == 0 ? all : String.format("%d of %s (%d kink%s flagged, not compared)",
                r.checked() - kinks, all, kinks, plural(kinks));
    }

    /** One hint for the most likely cause, or null. */
    private static String hint(GradReport r, Measurement m) {
        if (!m.reached().get(r.input())) {
            return String.format("no gradient reached input %d, so its analytic gradient is 0. Does f use "
                    + "it, and does every gate list it in inputs()?", r.input());
        }
        if (!Double.isFinite(r.analytic())) {
            return "backward produced a non-finite gradient; backwardCheckingFinite() names the gate.";
        }
        if (!Double.isFinite(r.numeric())) {
            return String.format("f is not finite at x ± h (h = %s): is x at the edge of f's domain? "
                    + "Keep inputs inside it, e.g. positive for log and sqrt.", error(GradCheck.STEP));
        }
        return null;
    }

    private static void appendKinks(StringBuilder sb, List<GradReport.Kink> kinks) {
        if (kinks.isEmpty()) {
            return;
        }
        sb.append(String.format("\n  flagged %d kink%s, not compared (the slope jumps within ±h, and as much "
                + "within ±h/10: a ReLU at 0 or a max tie?):", kinks.size(), plural(kinks.size())));
        for (GradReport.Kink k : kinks) {
            sb.append(String.format("\n    input %d at %s: slope %s below, %s above",
                    k.input(), k.index(), number(k.below()), number(k.above())));
        }
    }

    /** Notes inputs that f ignores: no gradient reached them and nudging them changes nothing. */
    private static void appendUnused(StringBuilder sb, Measurement m) {
        for (int i = 0; i < m.inputs().size(); i++) {
            Tensor n = m.numeric().get(i);
            if (!m.reached().get(i) && n.equals(Tensor.zeros(n.shape())) && n.size() > 0) {
                sb.append(String.format("\n  note: input %d does not affect f (no gradient reached it and "
                        + "nudging it changes nothing); is it used?", i));
            }
        }
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /** A value in up to 6 significant digits, trailing zeros dropped: 0.4213, -0.1187, 1.5e-8, 2e6. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + (e < 0 ? "" : "e" + Integer.parseInt(s.substring(e + 1).replace("+", "")));
    }

    /** An error in 2 significant digits, scientific when small or large: 0.54, 1.1e-4, 3e-11. */
    static String error(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return v == 0 ? "0" : Double.toString(v);
        }
        int exp = (int) Math.floor(Math.log10(Math.abs(v)));
        if (exp >= -3 && exp < 4) {
            return number(Double.parseDouble(String.format(Locale.ROOT, "%.2g", v)));
        }
        String mantissa = String.format(Locale.ROOT, "%.1f", v / Math.pow(10, exp));
        if (mantissa.startsWith("10")) {          // 9.96e-5 rounds up to 1.0e-4
            mantissa = "1.0";
            exp++;
        }
        return mantissa.replaceAll("\\.0$", "") + "e" + exp;
    }
}
