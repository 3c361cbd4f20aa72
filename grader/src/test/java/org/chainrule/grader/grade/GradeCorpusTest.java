package org.chainrule.grader.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.chainrule.grader.ExerciseSpec;
import org.chainrule.grader.TestSuite;
import org.chainrule.grader.intake.ZipBuilder;
import org.chainrule.grader.report.ExerciseOutcome;
import org.chainrule.grader.report.ResultsJson;
import org.chainrule.grader.report.SubmissionOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code chainrule grade} on one batch: honest submissions and the attack corpus
 * ({@code src/test/resources/corpus/attacks.txt}), all built from this repository's reference
 * solutions at test time, so the corpus follows the curriculum. Every attack is contained with its
 * reason in feedback.md, the honest submissions score exactly, and the canary outside the
 * workspace never changes. The table of what the grader said is written to
 * {@code target/attack-report.md}.
 */
class GradeCorpusTest {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final String INJECT_AFTER = "// BEGIN SOLUTION";

    @TempDir
    static Path tmp;

    private static Course course;
    private static ExerciseSpec target;
    private static String targetClass;
    private static Path canary;
    private static List<Attack> attacks;
    private static final Map<String, SubmissionOutcome> OUTCOMES = new LinkedHashMap<>();
    private static final Map<String, String> FEEDBACK = new LinkedHashMap<>();
    private static final Map<String, String> RESULTS = new LinkedHashMap<>();
    private static double batchSeconds;

    /** One block of attacks.txt. */
    record Attack(String name, String what, String where, String points, String expect, String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void gradeTheCorpus() throws Exception {
        course = Course.at(REPO);
        target = course.registry().find("E02").orElse(course.exercises().get(0));
        targetClass = target.classes().get(target.classes().contains("MulGate") ? target.classes().indexOf("MulGate") : 0);
        canary = Files.writeString(tmp.resolve("canary.txt"), "the grader's host is untouched");
        attacks = readAttacks();

        Path subs = Files.createDirectories(tmp.resolve("submissions"));
        Map<String, Path> batch = new LinkedHashMap<>();
        batch.put("honest-full", copySolutions(subs.resolve("honest-full"), course.exercises(), Map.of()));
        batch.put("honest-partial", copySolutions(subs.resolve("honest-partial"), course.exercises(),
                Map.of("method", "if (Boolean.TRUE) { throw new UnsupportedOperationException(\"not yet\"); }")));
        batch.put("honest-compile-error", copySolutions(subs.resolve("honest-compile-error"), course.exercises(),
                Map.of("method", "int broken = ;")));
        batch.put("honest-zip", zip(copySolutions(tmp.resolve("zip-src"), course.exercises(), Map.of()), subs.resolve("honest-zip.zip")));
        batch.put("honest-repo", repository(subs.resolve("honest-repo")));
        batch.put("honest-flat", flat(copySolutions(tmp.resolve("flat-src"), flatExercises(), Map.of()), subs.resolve("honest-flat")));
        batch.put("stubs", course.stubs());
        for (Attack a : attacks) {
            batch.put(a.name(), switch (a.where()) {
                case "build" -> build(a.name(), subs.resolve(a.name()));
                default -> copySolutions(subs.resolve(a.name()), List.of(target),
                        Map.of(a.where(), a.code().replace("CANARY", canary.toString())));
            });
        }
        List<Path> paths = new ArrayList<>(batch.values());
        List<String> names = Reports.names(paths);
        List<Submission> submissions = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            submissions.add(new Submission(paths.get(i), paths.get(i).toString(), names.get(i), List.of()));
        }
        Path work = Files.createDirectories(tmp.resolve("work"));
        Grading grading = Grading.prepare(course, new Grading.Options(TestSuite.ALL, 2, null), work, line -> { });
        long start = System.nanoTime();
        List<SubmissionOutcome> outcomes = grading.grade(submissions, work, name -> { });
        batchSeconds = (System.nanoTime() - start) / 1e9;
        Path out = tmp.resolve("grading");
        Reports.write(out, course.exercises().stream().map(ExerciseSpec::id).toList(), outcomes);
        List<String> keys = new ArrayList<>(batch.keySet());
        for (int i = 0; i < outcomes.size(); i++) {
            OUTCOMES.put(keys.get(i), outcomes.get(i));
            FEEDBACK.put(keys.get(i), Files.readString(out.resolve(names.get(i)).resolve("feedback.md")));
            RESULTS.put(keys.get(i), Files.readString(out.resolve(names.get(i)).resolve("results.json")));
        }
        writeReport(grading.isolation());
        copyTree(out, Path.of("target/corpus-grading"));
    }

    private static ExerciseOutcome exercise(String submission, String id) {
        return OUTCOMES.get(submission).exercises().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static double full() {
        return OUTCOMES.get("honest-full").maxPoints();
    }

    @Test
    void honestSubmissionsInTheSameBatchScoreExactly() {
        assertThat(full()).isEqualTo(course.exercises().stream().mapToDouble(e -> e.publicPoints() + e.hiddenPoints()).sum());
        for (String honest : List.of("honest-full", "honest-zip", "honest-repo")) {
            assertThat(OUTCOMES.get(honest).points()).as(honest + "\n" + FEEDBACK.get(honest)).isEqualTo(full());
        }
        double flatPoints = flatExercises().stream().mapToDouble(e -> e.publicPoints() + e.hiddenPoints()).sum();
        assertThat(flatPoints).isPositive();
        assertThat(OUTCOMES.get("honest-flat").points()).as("honest-flat\n" + FEEDBACK.get("honest-flat")).isEqualTo(flatPoints);
        assertThat(OUTCOMES.get("stubs").points()).isZero();
        assertThat(OUTCOMES.get("honest-repo").ignored()).isNotEmpty();
    }

    @Test
    void aBrokenExerciseCostsThatExerciseOnly() {
        for (String broken : List.of("honest-partial", "honest-compile-error")) {
            SubmissionOutcome s = OUTCOMES.get(broken);
            for (ExerciseOutcome e : s.exercises()) {
                if (!e.id().equals(target.id())) {
                    assertThat(e.points()).as(broken + " " + e.id()).isEqualTo(e.maxPoints());
                }
            }
        }
        ExerciseOutcome partial = exercise("honest-partial", target.id());
        assertThat(partial.points()).isGreaterThan(0).isLessThan(partial.maxPoints());
        ExerciseOutcome compileError = exercise("honest-compile-error", target.id());
        assertThat(compileError.points()).isZero();
        assertThat(compileError.problem()).startsWith("does not compile:\n" + targetClass + ".java:");
    }

    static List<Attack> attacks() throws IOException {
        return readAttacks();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void everyAttackIsContainedWithAClearReason(Attack attack) {
        ExerciseOutcome attacked = exercise(attack.name(), target.id());
        String feedback = FEEDBACK.get(attack.name());
        String expect = attack.expect().equals("ROW") ? row(attacked) : attack.expect();
        assertThat(feedback).as(attack.what()).contains(expect);
        switch (attack.points()) {
            case "full" -> assertThat(attacked.points()).as(attack.what() + "\n" + feedback).isEqualTo(attacked.maxPoints());
            case "less" -> assertThat(attacked.points()).as(attack.what() + "\n" + feedback).isLessThan(attacked.maxPoints());
            default -> assertThat(attacked.points()).as(attack.what() + "\n" + feedback).isZero();
        }
        assertThat(RESULTS.get(attack.name()).getBytes(StandardCharsets.UTF_8).length).isLessThan(ResultsJson.MAX_BYTES);
        assertThat(RESULTS.get(attack.name())).doesNotContain("\"score\": 999");
    }

    @Test
    void eachSubmissionReportsItsOwnTimeNotTheBatchsSoFar() {
        assertThat(new ArrayList<>(OUTCOMES.keySet()).indexOf("reflection")).isGreaterThan(OUTCOMES.size() / 2);
        assertThat(OUTCOMES.get("reflection").seconds()).isLessThan(batchSeconds / 2);
        assertThat(OUTCOMES.values()).allSatisfy(o -> assertThat(o.seconds()).isBetween(0.0, batchSeconds));
    }

    @Test
    void theCanaryOutsideTheWorkspaceNeverChanges() throws IOException {
        assertThat(canary).hasContent("the grader's host is untouched");
        assertThat(Path.of("/tmp/chainrule-absolute")).doesNotExist();
        assertThat(OUTCOMES.get("hostile-zip").ignored()).extracting(i -> i.path() + ": " + i.reason()).contains(
                target.packagePath() + "/Secret.java: a symbolic link: never followed or created",
                "everything: a symbolic link: never followed or created");
        assertThat(attacks).extracting(Attack::name).contains("write-outside");
    }

    private static String row(ExerciseOutcome e) {
        String max = plain(e.maxPoints());
        return "| " + e.id() + " " + e.title() + " | " + max + " / " + max + " |";
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    // ---- building the submissions ------------------------------------------------------------

    private static List<Attack> readAttacks() throws IOException {
        List<Attack> list = new ArrayList<>();
        String text = Files.readString(Path.of("src/test/resources/corpus/attacks.txt"));
        for (String block : text.split("\n== ")) {
            if (block.startsWith("#")) {
                continue;
            }
            String[] lines = block.split("\n");
            Map<String, String> fields = new LinkedHashMap<>();
            StringBuilder code = new StringBuilder();
            boolean inCode = false;
            for (int i = 1; i < lines.length; i++) {
                if (inCode) {
                    code.append(lines[i]).append('\n');
                } else if (lines[i].equals("code:")) {
                    inCode = true;
                } else if (lines[i].contains(": ")) {
                    fields.put(lines[i].substring(0, lines[i].indexOf(": ")), lines[i].substring(lines[i].indexOf(": ") + 2));
                }
            }
            list.add(new Attack(lines[0].strip(), fields.get("what"), fields.get("where"), fields.get("points"),
                    fields.get("expect"), code.toString().strip()));
        }
        return list;
    }

    /** The reference solutions of {@code exercises} under {@code dir} (package folders), the target changed as {@code change} says. */
    private static Path copySolutions(Path dir, List<ExerciseSpec> exercises, Map<String, String> change) throws IOException {
        for (ExerciseSpec e : exercises) {
            for (String c : e.classes()) {
                String source = Files.readString(course.solutions().resolve(e.packagePath()).resolve(c + ".java"));
                if (e.equals(target) && c.equals(targetClass)) {
                    source = inject(source, change);
                }
                Path file = dir.resolve(e.packagePath()).resolve(c + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source);
            }
        }
        return dir;
    }

    private static String inject(String source, Map<String, String> change) {
        String out = source;
        if (change.containsKey("method")) {
            int at = out.indexOf(INJECT_AFTER);
            assertThat(at).as("the target has a solution region").isPositive();
            at = out.indexOf('\n', at) + 1;
            out = out.substring(0, at) + "        " + change.get("method") + "\n" + out.substring(at);
        }
        if (change.containsKey("member")) {
            int at = out.lastIndexOf('}');
            out = out.substring(0, at) + "    " + change.get("member") + "\n" + out.substring(at);
        }
        return out;
    }

    private static Path zip(Path tree, Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.walk(tree)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(tree.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
            }
        }
        return zip;
    }

    /**
     * The exercises whose class names no other exercise uses: a flat upload (files without folders,
     * Gradescope's drag and drop) holds one file per name, so E08's and E10's {@code Gradients} cannot
     * travel in the same one.
     */
    private static List<ExerciseSpec> flatExercises() {
        Map<String, Integer> uses = new java.util.HashMap<>();
        course.exercises().forEach(e -> e.classes().forEach(c -> uses.merge(c, 1, Integer::sum)));
        return course.exercises().stream().filter(e -> e.classes().stream().allMatch(c -> uses.get(c) == 1)).toList();
    }

    private static Path flat(Path tree, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    /** A student's whole repository: sources in exercises/src/main/java, public tests, a pom, a framework copy. */
    private static Path repository(Path dir) throws IOException {
        copySolutions(dir.resolve("exercises/src/main/java"), course.exercises(), Map.of());
        copyTree(course.publicTests(), dir.resolve("exercises/src/test/java"));
        copyTree(REPO.resolve("core/src/main/java"), dir.resolve("core/src/main/java"));
        Files.copy(REPO.resolve("pom.xml"), dir.resolve("pom.xml"));
        Files.writeString(dir.resolve("README.md"), "my work\n");
        return dir;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path copy = to.resolve(from.relativize(f).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(f, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Path build(String name, Path at) throws IOException {
        String pkg = target.packagePath();
        switch (name) {
            case "hostile-zip" -> {
                Path honest = copySolutions(tmp.resolve("hostile-src"), List.of(target), Map.of());
                ZipBuilder zip = new ZipBuilder();
                for (String c : target.classes()) {
                    zip.add(pkg + "/" + c + ".java", Files.readString(honest.resolve(pkg).resolve(c + ".java")));
                }
                zip.add("../../" + canary.getFileName(), "pwned")
                        .add("/tmp/chainrule-absolute/" + targetClass + ".java", "pwned")
                        .add("a/../../../" + targetClass + ".java", "pwned")
                        .symlink(pkg + "/Secret.java", canary.toString())
                        .symlink("everything", "/");
                return zip.write(at.resolveSibling(name + ".zip"));
            }
            case "shadow-framework" -> {
                copySolutions(at, List.of(target), Map.of());
                Files.createDirectories(at.resolve("org/chainrule/core"));
                Files.writeString(at.resolve("org/chainrule/core/Tensor.java"),
                        "package org.chainrule.core;\npublic final class Tensor { public static boolean cheat() { return true; } }\n");
                return at;
            }
            case "submitted-test" -> {
                for (String c : target.classes()) {
                    Path file = at.resolve(pkg).resolve(c + ".java");
                    Files.createDirectories(file.getParent());
                    Files.copy(course.stubs().resolve(pkg).resolve(c + ".java"), file);
                }
                Files.writeString(at.resolve(pkg).resolve(targetClass + "Test.java"), "package " + target.packageName()
                        + ";\nclass " + targetClass + "Test { @org.junit.jupiter.api.Test void passes() { } }\n");
                Files.writeString(at.resolve("pom.xml"), "<project/>\n");
                Files.createDirectories(at.resolve("META-INF/services"));
                Files.writeString(at.resolve("META-INF/services/org.junit.platform.engine.TestEngine"), "evil.Engine\n");
                Files.writeString(at.resolve("junit-platform.properties"), "junit.jupiter.extensions.autodetection.enabled=true\n");
                return at;
            }
            default -> throw new IllegalArgumentException("no builder for attack " + name);
        }
    }

    /** target/attack-report.md: each attack and what the grader said about it (for the issue note). */
    private static void writeReport(String isolation) throws IOException {
        StringBuilder md = new StringBuilder("# What `chainrule grade` reported for each attack\n\n")
                .append("Attacked: ").append(target.id()).append(' ').append(targetClass).append(". Isolation: ")
                .append(isolation).append(".\n\n| attack | points | what the grader said |\n|---|---|---|\n");
        for (Attack a : attacks) {
            ExerciseOutcome e = exercise(a.name(), target.id());
            String said = e.problem().isEmpty()
                    ? e.tests().stream().filter(t -> !t.passed()).map(t -> t.message()).findFirst().orElse("all tests pass")
                    : e.problem();
            if (a.where().equals("build")) {
                said = OUTCOMES.get(a.name()).ignored().stream().map(i -> i.path() + ": " + i.reason())
                        .reduce((x, y) -> x + "; " + y).orElse("") + (said.equals("all tests pass") ? "" : " / " + said);
            }
            md.append("| ").append(a.what()).append(" | ").append(plain(e.points())).append(" / ").append(plain(e.maxPoints()))
                    .append(" | ").append(said.replace("\n", " ").replace("|", "\\|")).append(" |\n");
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/attack-report.md"), md.toString());
    }
}
