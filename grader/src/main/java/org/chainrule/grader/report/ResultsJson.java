package org.chainrule.grader.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.grader.intake.IgnoredFile;

/**
 * A submission's {@code results.json} in Gradescope's autograder schema: {@code score},
 * {@code execution_time}, {@code output}, and per test {@code name} ({@code E02 MulGate: } + the
 * description), {@code number} ({@code 2.N}), {@code score}, {@code max_score}, {@code status},
 * {@code output}, {@code output_format} ({@code md}) and {@code visibility} ({@code visible} for
 * public tests, {@code after_published} for hidden ones).
 *
 * <p>A hidden test's output names the property and never its input, expected value or what the
 * student's code printed. The file stays under {@link #MAX_BYTES} whatever the student printed:
 * each test's output is capped, and the cap halves until the whole file fits.
 */
public final class ResultsJson {
    /** Gradescope's limit on results.json, with room to spare. */
    public static final int MAX_BYTES = 1_000_000;
    /** Per test, before any halving: a property block and a screenful of printing. */
    static final int TEST_OUTPUT_BYTES = 8_192;
    /** The summary at the top. */
    static final int SUMMARY_BYTES = 16_384;
    private static final int MIN_TEST_OUTPUT_BYTES = 128;
    private static final int IGNORED_EXAMPLES = 5;

    private ResultsJson() {
    }

    /** The JSON text, at most {@link #MAX_BYTES} bytes of UTF-8. */
    public static String render(SubmissionOutcome submission) {
        String json = render(submission, TEST_OUTPUT_BYTES);
        for (int cap = TEST_OUTPUT_BYTES / 2; Texts.utf8Length(json) > MAX_BYTES && cap >= MIN_TEST_OUTPUT_BYTES; cap /= 2) {
            json = render(submission, cap);
        }
        return Texts.utf8Length(json) > MAX_BYTES ? render(submission, 0) : json;
    }

    private static String render(SubmissionOutcome submission, int testCap) {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"score\": ").append(Json.number(submission.points())).append(",\n");
        out.append("  \"execution_time\": ").append(Math.round(submission.seconds())).append(",\n");
        out.append("  \"output\": ").append(Json.quote(Texts.cap(summary(submission), SUMMARY_BYTES))).append(",\n");
        out.append("  \"output_format\": \"md\",\n");
        out.append("  \"tests\": [");
        String separator = "\n";
        for (ExerciseOutcome exercise : submission.exercises()) {
            for (String test : tests(exercise, testCap)) {
                out.append(separator).append(test);
                separator = ",\n";
            }
        }
        return out.append("\n  ]\n}\n").toString();
    }

    private static List<String> tests(ExerciseOutcome exercise, int testCap) {
        List<String> tests = new ArrayList<>();
        int n = 0;
        for (TestOutcome t : exercise.tests()) {
            String output = testCap == 0 ? "" : Texts.cap(output(t, exercise.problem(), testCap), testCap);
            tests.add(test(exercise.id() + " " + t.subject() + ": " + t.displayName(), exercise.number() + "." + ++n,
                    t.points(), t.maxPoints(), t.passed(), output, t.hidden()));
        }
        if (tests.isEmpty()) {
            String why = exercise.problem().isEmpty() ? "no test ran" : exercise.problem();
            tests.add(test(exercise.id() + ": " + exercise.title(), exercise.number() + ".1", 0, exercise.maxPoints(),
                    false, testCap == 0 ? "" : Texts.cap(Texts.fenced(Texts.cap(why, testCap)), testCap), false));
        }
        return tests;
    }

    private static String test(String name, String number, double score, double max, boolean passed, String output,
                               boolean hidden) {
        return "    {\"name\": " + Json.quote(name) + ", \"number\": " + Json.quote(number)
                + ", \"score\": " + Json.number(score) + ", \"max_score\": " + Json.number(max)
                + ", \"status\": \"" + (passed ? "passed" : "failed") + "\""
                + ", \"output\": " + Json.quote(output) + ", \"output_format\": \"md\""
                + ", \"visibility\": \"" + (hidden ? "after_published" : "visible") + "\"}";
    }

    /** What a student may read about one test; the student's texts cut to {@code cap} bytes first. */
    static String output(TestOutcome t, String problem, int cap) {
        if (t.passed()) {
            return "";
        }
        String message = Texts.cap(t.message().isEmpty() ? problem : t.message(), cap);
        if (t.hidden() && t.status() == TestOutcome.Status.FAILED) {
            return "Hidden test **" + t.displayName() + "** failed. Hidden tests name the property they check; "
                    + "their inputs and expected values stay hidden.";
        }
        if (t.hidden()) {
            return message; // the grader's own words ("not run: time limit …"), never the test's
        }
        String text = Texts.fenced(message.isEmpty() ? "failed" : message);
        return t.output().isEmpty() ? text : text + "\n\nYour code printed:\n\n" + Texts.fenced(Texts.cap(t.output(), cap));
    }

    /** The top of the page: score, each exercise, problems, ignored files, isolation. */
    static String summary(SubmissionOutcome s) {
        StringBuilder out = new StringBuilder();
        out.append("**Score: ").append(Decimals.plain(s.points())).append(" / ").append(Decimals.plain(s.maxPoints()))
                .append("**\n\n");
        if (!s.problem().isEmpty()) {
            out.append("The submission could not be graded: ").append(Texts.printable(s.problem())).append("\n\n");
        }
        for (ExerciseOutcome e : s.exercises()) {
            out.append("- ").append(e.id()).append(' ').append(e.title()).append(": ").append(Decimals.plain(e.points()))
                    .append(" / ").append(Decimals.plain(e.maxPoints()))
                    .append(e.problem().isEmpty() ? "" : " — " + Texts.printable(headline(e.problem()))).append('\n');
        }
        if (!s.ignored().isEmpty()) {
            out.append("\nFiles the grader did not use:\n");
            ignoredByReason(s.ignored(), IGNORED_EXAMPLES).forEach(line -> out.append("- ").append(line).append('\n'));
        }
        if (!s.isolation().isEmpty()) {
            out.append("\nIsolation: ").append(s.isolation()).append('\n');
        }
        return out.toString();
    }

    /** The first two lines of a problem on one line ({@code does not compile: MulGate.java:12: ';' expected}), at most 200 characters. */
    static String headline(String text) {
        String[] lines = text.split("\n", 3);
        String head = lines.length > 1 ? lines[0] + " " + lines[1] : lines[0];
        return head.length() > 200 ? head.substring(0, 200) + " …" : head;
    }

    /** One line per reason: {@code reason: a, b, c and 4 more}. */
    static List<String> ignoredByReason(List<IgnoredFile> ignored, int examples) {
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        for (IgnoredFile f : ignored) {
            byReason.computeIfAbsent(f.reason(), k -> new ArrayList<>()).add(f.path());
        }
        List<String> lines = new ArrayList<>();
        byReason.forEach((reason, paths) -> {
            List<String> shown = paths.subList(0, Math.min(examples, paths.size())).stream()
                    .map(p -> "`" + Texts.printable(p).replace("`", "'") + "`").toList();
            String more = paths.size() > examples ? " and " + (paths.size() - examples) + " more" : "";
            lines.add(String.join(", ", shown) + more + " — " + Texts.printable(reason));
        });
        return lines;
    }
}
