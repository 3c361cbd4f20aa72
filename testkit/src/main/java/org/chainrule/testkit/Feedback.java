package org.chainrule.testkit;

/**
 * One failure of a graded test, as one block a student can act on (package-private; built by
 * {@link Exercise}):
 * <pre>
 * E01 TensorsByHand.matmul: differs from Tensor.matmul
 *   input:    a = [1, 2] [[1.0, 2.0]], b = [2, 1] [[3.0], [4.0]]
 *   expected: [1, 1] [[11.0]]   (Tensor.matmul)
 *   got:      [1, 1] [[3.0]]
 *   worst:    element [0, 0]: expected 11.0, got 3.0, off by 8.0 (allowed 1.2E-8)
 *   replay:   seed 2020 ...
 * </pre>
 * Lines without content are left out; every value is cut at {@link #MAX_LINE} characters so a
 * large tensor cannot flood the report.
 *
 * @param subject the exercise and method, e.g. {@code E01 TensorsByHand.matmul}
 * @param problem what went wrong, e.g. {@code differs from Tensor.matmul}
 * @param input the (shrunk) input, or {@code null}
 * @param expected the expected value (with its oracle), or {@code null}
 * @param got what the student's code gave or threw, or {@code null}
 * @param worst the worst element, or {@code null}
 * @param replay how to replay the case (the seed), or {@code null}
 */
record Feedback(String subject, String problem, String input, String expected, String got, String worst,
                String replay) {
    /** The longest value printed on one line; longer ones are cut and say how much was cut. */
    static final int MAX_LINE = 800;

    Feedback withInput(String newInput) {
        return new Feedback(subject, problem, newInput, expected, got, worst, replay);
    }

    Feedback withReplay(String newReplay) {
        return new Feedback(subject, problem, input, expected, got, worst, newReplay);
    }

    Feedback withProblem(String newProblem) {
        return new Feedback(subject, newProblem, input, expected, got, worst, replay);
    }

    /** The block: a header line, then one indented line per known field. */
    String block() {
        StringBuilder sb = new StringBuilder(subject).append(": ").append(problem);
        line(sb, "input:   ", input);
        line(sb, "expected:", expected);
        line(sb, "got:     ", got);
        line(sb, "worst:   ", worst);
        line(sb, "replay:  ", replay);
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, String value) {
        if (value != null) {
            sb.append(System.lineSeparator()).append("  ").append(label).append(' ').append(cut(value));
        }
    }

    /** {@code value}, or its first {@link #MAX_LINE} characters and how many were left out. */
    static String cut(String value) {
        String oneLine = value.replace("\r", "").replace("\n", " ⏎ ");
        if (oneLine.length() <= MAX_LINE) {
            return oneLine;
        }
        return oneLine.substring(0, MAX_LINE) + " … (" + (oneLine.length() - MAX_LINE) + " more characters)";
    }
}
