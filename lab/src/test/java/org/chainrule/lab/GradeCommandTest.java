package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainrule.lab.CliRun.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.chainrule.grader.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grade}, {@code submit} and {@code gradescope} on this instructor repository. */
class GradeCommandTest {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private static double fullMarks() throws Exception {
        return Registry.load(REPO.resolve("exercises")).exercises().stream()
                .mapToDouble(e -> e.publicPoints() + e.hiddenPoints()).sum();
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    @Test
    void theSolutionsGetFullMarksAndTheStubsZeroInOneRun() throws Exception {
        Path out = tmp.resolve("grading");
        String[] r = run("grade", REPO.resolve("solutions/src/main/java").toString(), REPO.resolve("exercises/src/main/java").toString(),
                "--out", out.toString(), "--jobs", "2", "--root", REPO.toString());

        assertThat(r[0]).as(r[1] + r[2]).isEqualTo("0");
        List<String> gradebook = Files.readAllLines(out.resolve("gradebook.csv"));
        String full = plain(fullMarks());
        assertThat(gradebook.get(0)).startsWith("submission,E01,").endsWith(",total");
        assertThat(gradebook.get(1)).startsWith(REPO.resolve("solutions/src/main/java") + ",").endsWith("," + full);
        assertThat(gradebook.get(2)).startsWith(REPO.resolve("exercises/src/main/java") + ",").endsWith(",0");
        assertThat(out.resolve("java/results.json")).content().contains("\"score\": " + full + ",");
        assertThat(out.resolve("java-2/feedback.md")).content().startsWith("# Feedback: java-2\n\nScore: **0 / " + full + "**");
        assertThat(r[1]).contains("grade: 2 submission(s) in").contains("gradebook.csv");
    }

    @Test
    void usageMistakesAreExitCode2() {
        String[] missing = run("grade", tmp.resolve("nope.zip").toString(), "--root", REPO.toString());
        assertThat(missing[0]).isEqualTo("2");
        assertThat(missing[2]).contains("grade: " + tmp.resolve("nope.zip") + " does not exist; a submission is a folder, a .zip or a .java file");
        String[] suite = run("grade", tmp.toString(), "--tests", "some", "--root", REPO.toString());
        assertThat(suite[0]).isEqualTo("2");
        assertThat(suite[2]).contains("grade: --tests is 'some'; choose public or all");
        String[] help = run("grade", "--help");
        assertThat(help[1]).contains("0   graded (whatever the scores)", "1   the grader itself failed", "2   usage error");
    }

    @Test
    void submitPacksExactlyTheDeclaredClasses() throws Exception {
        Path zip = tmp.resolve("upload/chainrule-submission.zip");
        String[] r = run("submit", "--out", zip.toString(), "--root", REPO.toString());

        assertThat(r[0]).as(r[2]).isEqualTo("0");
        List<String> expected = Registry.load(REPO.resolve("exercises")).exercises().stream()
                .flatMap(e -> e.classes().stream().map(c -> e.packagePath() + "/" + c + ".java")).sorted().toList();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.stream().map(e -> e.getName()).sorted().toList()).isEqualTo(expected);
        }
        assertThat(r[1]).startsWith("submit: packed " + expected.size() + " file(s) into " + zip + ":");
    }

    /** The bundle's run_autograder on a temporary /autograder (setup.sh needs Gradescope's image: not run here). */
    @Test
    void theGradescopeBundleGradesASubmissionIntoResultsJson() throws Exception {
        Path bundle = tmp.resolve("gradescope");
        String[] r = run("gradescope", "--out", bundle.toString(), "--root", REPO.toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        try (ZipFile z = new ZipFile(bundle.resolve("autograder.zip").toFile())) {
            assertThat(z.getEntry("setup.sh")).isNotNull();
            assertThat(z.getEntry("run_autograder")).isNotNull();
            assertThat(z.getEntry("exercises/registry.properties")).isNotNull();
            assertThat(z.getEntry("solutions/src/main/java/org/chainrule/exercises/tensors/TensorsByHand.java")).isNotNull();
            assertThat(z.stream().map(e -> e.getName())).noneMatch(n -> n.contains("/target/") || n.startsWith(".git/"));
        }

        Path root = tmp.resolve("autograder");
        Path submission = Files.createDirectories(root.resolve("submission"));
        Files.copy(REPO.resolve("solutions/src/main/java/org/chainrule/exercises/tensors/TensorsByHand.java"),
                submission.resolve("TensorsByHand.java"));
        Files.writeString(root.resolve("submission_metadata.json"),
                "{\"users\": [{\"email\": \"a@example.com\", \"id\": 4242, \"name\": \"Ada Kim\"}]}");
        Path launcher = Files.writeString(tmp.resolve("chainrule"), "#!/bin/sh\nexec '"
                + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '" + System.getProperty("java.class.path")
                + "' -Dchainrule.root='" + REPO + "' org.chainrule.lab.Chainrule \"$@\"\n");
        launcher.toFile().setExecutable(true);
        ProcessBuilder pb = new ProcessBuilder("bash", bundle.resolve("run_autograder").toString()).redirectErrorStream(true);
        pb.environment().put("AUTOGRADER_ROOT", root.toString());
        pb.environment().put("CHAINRULE", launcher.toString());
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(log).isZero();

        String results = Files.readString(root.resolve("results/results.json"));
        assertThat(results).as(log).contains("\"name\": \"E01 TensorsByHand: ").contains("\"visibility\": \"after_published\"");
        assertThat(Files.readAllLines(root.resolve("results/chainrule/gradebook.csv")).get(1))
                .startsWith(root.resolve("submission") + ",Ada Kim,4242,15,");
    }
}
