package org.chainrule.grader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chainrule.grader.intake.IgnoredFile;
import org.chainrule.grader.report.TestOutcome.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
    private static final String SECRET = "expected [[0.125, 7.5]] but got [[0.5, 7.5]]; replay with seed 8080";
    private static final String PUBLIC_BLOCK = String.join("\n",
            "E02 MulGate.backward: gradient of a differs",
            "  input: a = [[1.0, 2.0]], b = [[0.5, 3.0]]",
            "  expected (numerical): [[0.5, 3.0]]  got: [[1.0, 2.0]]",
            "  worst element: [0, 1] expected 3.0 got 2.0",
            "  replay: Theories.SEED = 2020 (MulGateTest.backwardSwapsTheInputs)");

    private static TestOutcome test(String cls, String name, double max, Status status, String message, String output) {
        return new TestOutcome("E02", cls, name, status == Status.PASSED ? max : 0, max, status, message, output,
                cls.endsWith("HiddenTest"));
    }

    private static SubmissionOutcome sample() {
        ExerciseOutcome gates = new ExerciseOutcome("E02", "Gates by hand", List.of(
                test("MulGateTest", "forward multiplies elementwise", 4, Status.PASSED, "", ""),
                test("MulGateTest", "backward swaps the inputs", 6, Status.FAILED, PUBLIC_BLOCK, "debug: a=1.0 ```x```"),
                test("MulGateHiddenTest", "backward on broadcast shapes", 3, Status.FAILED, SECRET, "leaked input 0.125"),
                test("MulGateHiddenTest", "backward on large values", 2, Status.NOT_RUN, "not run: time limit (10 s)", "")),
                "", 15);
        ExerciseOutcome engine = new ExerciseOutcome("E03", "A scalar engine", List.of(),
                "Value.java:12: error: ';' expected", 15);
        return new SubmissionOutcome("subs/alice.zip", "alice", List.of(gates, engine),
                List.of(new IgnoredFile("pom.xml", "a build file: the grader compiles with its own settings, never with yours")),
                "", List.of(), 3.4, "no network (unshare -n)");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        return (Map<String, Object>) new SubmissionMetadata.Reader(json).document();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> tests(Map<String, Object> results) {
        return (List<Map<String, Object>>) results.get("tests");
    }

    @Test
    void resultsJsonFollowsGradescopesSchema() {
        Map<String, Object> results = parse(ResultsJson.render(sample()));
        assertThat(results).containsKeys("score", "execution_time", "output", "tests");
        assertThat(results.get("score").toString()).isEqualTo("4");
        assertThat(results.get("execution_time").toString()).isEqualTo("3");
        List<Map<String, Object>> tests = tests(results);
        assertThat(tests).extracting(t -> t.get("name")).containsExactly(
                "E02 MulGate: forward multiplies elementwise", "E02 MulGate: backward swaps the inputs",
                "E02 MulGate: backward on broadcast shapes", "E02 MulGate: backward on large values",
                "E03: A scalar engine");
        assertThat(tests).extracting(t -> t.get("number")).containsExactly("2.1", "2.2", "2.3", "2.4", "3.1");
        assertThat(tests).extracting(t -> t.get("status")).containsExactly("passed", "failed", "failed", "failed", "failed");
        assertThat(tests).extracting(t -> t.get("score").toString()).containsExactly("4", "0", "0", "0", "0");
        assertThat(tests).extracting(t -> t.get("max_score").toString()).containsExactly("4", "6", "3", "2", "15");
        assertThat(tests).extracting(t -> t.get("visibility"))
                .containsExactly("visible", "visible", "after_published", "after_published", "visible");
        assertThat(tests).allSatisfy(t -> assertThat(t.get("output_format")).isEqualTo("md"));
        assertThat((String) tests.get(1).get("output")).contains(PUBLIC_BLOCK).contains("debug: a=1.0");
        assertThat((String) tests.get(4).get("output")).contains("Value.java:12: error: ';' expected");
        assertThat((String) results.get("output")).contains("**Score: 4 / 30**", "E03 A scalar engine: 0 / 15 — Value.java:12: error",
                "`pom.xml` — a build file", "Isolation: no network (unshare -n)");
    }

    @Test
    void aHiddenTestNamesItsPropertyButNeverItsInputExpectedValueOrPrinting() {
        String json = ResultsJson.render(sample());
        Map<String, Object> hidden = tests(parse(json)).get(2);
        assertThat((String) hidden.get("output")).isEqualTo("Hidden test **backward on broadcast shapes** failed. "
                + "Hidden tests name the property they check; their inputs and expected values stay hidden.");
        assertThat(json).doesNotContain("0.125").doesNotContain("8080");
        assertThat((String) tests(parse(json)).get(3).get("output")).isEqualTo("not run: time limit (10 s)");
        String feedback = FeedbackMarkdown.render(sample());
        assertThat(feedback).doesNotContain("0.125").doesNotContain("8080")
                .contains("### ✗ (hidden) MulGate: backward on broadcast shapes — 0 / 3\n\nA hidden test: its input and "
                        + "expected value stay hidden.");
    }

    @Test
    void studentPrintingCannotPushResultsJsonPastOneMegabyte() {
        String flood = "x".repeat(2_000_000) + "\u0000\u001b[2J\"\\";
        List<TestOutcome> tests = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            tests.add(test("MulGateTest", "property " + i, 0.05, Status.FAILED, flood, flood));
        }
        SubmissionOutcome s = new SubmissionOutcome("bob", "bob", List.of(new ExerciseOutcome("E02", "Gates", tests, "", 15)),
                List.of(), "", List.of(), 1, "");
        String json = ResultsJson.render(s);
        assertThat(json.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(ResultsJson.MAX_BYTES);
        List<Map<String, Object>> parsed = tests(parse(json));
        assertThat(parsed).hasSize(300);
        assertThat((String) parsed.get(0).get("output")).contains("… (cut: the grader keeps at most");
    }

    @Test
    void jsonStringsSurviveQuotesControlCharactersAndBrokenUnicode() {
        String nasty = "a\"b\\c\n\t\u0001\u2028 한국어 😀 \uD800 end";
        String quoted = Json.quote(nasty);
        assertThat(quoted).doesNotContain("\n").doesNotContain("\u0001").doesNotContain("\u2028");
        assertThat(new SubmissionMetadata.Reader(quoted).document()).isEqualTo(nasty.replace('\uD800', '\uFFFD'));
    }

    @Test
    void pointsArePlainDecimals() {
        assertThat(List.of(10.0, 2.5, 0.1 + 0.2, 1.0 / 3, -0.0, 1e7, 0.00001))
                .extracting(Decimals::plain).containsExactly("10", "2.5", "0.3", "0.3333", "0", "10000000", "0");
    }

    @Test
    void feedbackListsPointsFailuresWithSeedsPrintingAndIgnoredFiles() {
        String feedback = FeedbackMarkdown.render(sample());
        assertThat(feedback).startsWith("# Feedback: alice\n\nScore: **4 / 30**\n\n| exercise | points | tests passed |\n"
                + "|---|---|---|\n| E02 Gates by hand | 4 / 15 | 1 / 4 |\n| E03 A scalar engine | 0 / 15 | 0 / 0 |\n");
        assertThat(feedback).contains("### ✗ MulGate: backward swaps the inputs — 0 / 6\n\n```\n" + PUBLIC_BLOCK + "\n```");
        assertThat(feedback).contains("Your code printed:\n\n````\ndebug: a=1.0 ```x```\n````");
        assertThat(feedback).contains("## E03 A scalar engine — 0 / 15\n\n```\nValue.java:12: error: ';' expected\n```");
        assertThat(feedback).contains("## Files the grader did not use\n\n- `pom.xml` — a build file");
        assertThat(feedback).contains("Isolation in force: no network (unshare -n)");
    }

    @Test
    void aStoppedExerciseSaysWhyOnceAndEachTestPointsThere() {
        String problem = "does not compile:\nMulGate.java:12: ';' expected";
        ExerciseOutcome stopped = new ExerciseOutcome("E02", "Gates", List.of(
                test("MulGateTest", "forward multiplies", 4, Status.NOT_RUN, "not run: " + problem, ""),
                test("MulGateHiddenTest", "backward broadcasts", 3, Status.NOT_RUN, "not run: " + problem, "")), problem, 7);
        SubmissionOutcome s = new SubmissionOutcome("x", "x", List.of(stopped), List.of(), "", List.of(), 1, "");
        String feedback = FeedbackMarkdown.render(s);
        assertThat(feedback).contains("## E02 Gates — 0 / 7\n\n```\ndoes not compile:\nMulGate.java:12: ';' expected\n```")
                .contains("### ✗ MulGate: forward multiplies — 0 / 4\n\nNot run: does not compile: MulGate.java:12: ';' expected (see above).")
                .contains("### ✗ (hidden) MulGate: backward broadcasts — 0 / 3\n\nNot run: does not compile:");
        List<Map<String, Object>> tests = tests(parse(ResultsJson.render(s)));
        assertThat((String) tests.get(0).get("output")).contains("MulGate.java:12: ';' expected");
        assertThat((String) tests.get(1).get("output")).isEqualTo("not run: " + problem);
        assertThat((String) parse(ResultsJson.render(s)).get("output")).contains("E02 Gates: 0 / 7 — does not compile: MulGate.java:12");
    }

    @Test
    void gradebookHasOneRowPerSubmissionAndNameColumnsWithMetadata() {
        SubmissionOutcome alice = sample();
        SubmissionOutcome bob = new SubmissionOutcome("subs/bob, the second", "bob", List.of(), List.of(), "", List.of(), 0, "");
        assertThat(Gradebook.render(List.of("E01", "E02", "E03"), List.of(alice, bob))).isEqualTo(
                "submission,E01,E02,E03,total\nsubs/alice.zip,0,4,0,4\n\"subs/bob, the second\",0,0,0,0\n");
        SubmissionOutcome carol = new SubmissionOutcome("/autograder/submission", "submission", alice.exercises(), List.of(), "",
                List.of(new Student("=HYPERLINK(\"x\")", "1234"), new Student("Dan", "99")), 0, "");
        assertThat(Gradebook.render(List.of("E02"), List.of(carol, bob))).isEqualTo(
                "submission,name,id,E02,total\n/autograder/submission,\"'=HYPERLINK(\"\"x\"\"); Dan\",1234; 99,4,4\n"
                        + "\"subs/bob, the second\",,,0,0\n");
    }

    @TempDir
    Path tmp;

    @Test
    void submissionMetadataGivesTheStudents() throws Exception {
        Path file = Files.writeString(tmp.resolve(SubmissionMetadata.FILE), """
                {"id": 123456, "created_at": "2018-07-01T14:22:32.365935-07:00",
                 "assignment": {"id": 25828, "title": "Programming Assignment 1", "total_points": "20.0", "late_due_date": null},
                 "users": [{"email": "student@example.com", "id": 1234, "name": "Student User"},
                           {"email": "b@example.com", "id": 5678, "name": "Kim \\u00e9"}],
                 "previous_submissions": [{"score": 0.0, "results": {"tests": []}}]}
                """);
        assertThat(SubmissionMetadata.read(file)).containsExactly(new Student("Student User", "1234"), new Student("Kim é", "5678"));
        Files.writeString(file, "{\"users\": [");
        assertThatThrownBy(() -> SubmissionMetadata.read(file)).hasMessageContaining("is not valid JSON: unexpected end");
    }
}
