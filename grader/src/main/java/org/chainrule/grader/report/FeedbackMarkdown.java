package org.chainrule.grader.report;

/**
 * A submission's {@code feedback.md}: the score per exercise, then for each failure the
 * property's block (counterexample, expected vs got and, for public tests, the replay seed),
 * what the code printed, and the files the grader did not use. Hidden tests show their name only.
 * Student text is capped per test and fenced, so it can neither flood nor break the page.
 */
public final class FeedbackMarkdown {
    /** Per failure message (a property's block is well under this). */
    static final int MESSAGE_BYTES = 8_192;
    /** Per test, what the code printed. */
    static final int PRINTED_BYTES = 4_096;
    private static final int IGNORED_EXAMPLES = 20;

    private FeedbackMarkdown() {
    }

    /** The Markdown text. */
    public static String render(SubmissionOutcome s) {
        StringBuilder out = new StringBuilder();
        out.append("# Feedback: ").append(Texts.printable(s.name())).append("\n\n");
        out.append("Score: **").append(Decimals.plain(s.points())).append(" / ").append(Decimals.plain(s.maxPoints()))
                .append("**\n\n");
        if (!s.problem().isEmpty()) {
            out.append("The submission could not be graded: ").append(Texts.printable(s.problem())).append("\n\n");
        }
        out.append("| exercise | points | tests passed |\n|---|---|---|\n");
        for (ExerciseOutcome e : s.exercises()) {
            out.append("| ").append(e.id()).append(' ').append(e.title().replace("|", "\\|")).append(" | ")
                    .append(Decimals.plain(e.points())).append(" / ").append(Decimals.plain(e.maxPoints())).append(" | ")
                    .append(e.passed()).append(" / ").append(e.tests().size()).append(" |\n");
        }
        for (ExerciseOutcome e : s.exercises()) {
            exercise(out, e);
        }
        if (!s.ignored().isEmpty()) {
            out.append("\n## Files the grader did not use\n\n");
            ResultsJson.ignoredByReason(s.ignored(), IGNORED_EXAMPLES).forEach(l -> out.append("- ").append(l).append('\n'));
        }
        if (!s.isolation().isEmpty()) {
            out.append("\n---\nIsolation in force: ").append(s.isolation()).append('\n');
        }
        return out.toString();
    }

    private static void exercise(StringBuilder out, ExerciseOutcome e) {
        if (e.passed() == e.tests().size() && !e.tests().isEmpty() && e.problem().isEmpty()) {
            return;
        }
        out.append("\n## ").append(e.id()).append(' ').append(e.title()).append(" — ").append(Decimals.plain(e.points()))
                .append(" / ").append(Decimals.plain(e.maxPoints())).append("\n\n");
        if (!e.problem().isEmpty()) {
            out.append(Texts.fenced(Texts.cap(e.problem(), MESSAGE_BYTES))).append("\n\n");
        }
        for (TestOutcome t : e.tests()) {
            if (t.passed()) {
                continue;
            }
            out.append("### ✗ ").append(t.hidden() ? "(hidden) " : "").append(t.subject()).append(": ")
                    .append(t.displayName()).append(" — 0 / ").append(Decimals.plain(t.maxPoints())).append("\n\n");
            if (t.hidden() && t.status() == TestOutcome.Status.FAILED) {
                out.append("A hidden test: its input and expected value stay hidden.\n\n");
                continue;
            }
            if (!e.problem().isEmpty() && (t.message().isEmpty() || t.message().endsWith(e.problem()))) {
                out.append("Not run: ").append(ResultsJson.headline(e.problem())).append(" (see above).\n\n");
                continue;
            }
            out.append(Texts.fenced(Texts.cap(t.message().isEmpty() ? "failed" : t.message(), MESSAGE_BYTES))).append("\n\n");
            if (!t.hidden() && !t.output().isEmpty()) {
                out.append("Your code printed:\n\n").append(Texts.fenced(Texts.cap(t.output(), PRINTED_BYTES))).append("\n\n");
            }
        }
    }
}
