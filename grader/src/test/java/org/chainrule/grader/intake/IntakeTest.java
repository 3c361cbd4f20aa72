package org.chainrule.grader.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeTest {
    private static final ExerciseDeclaration GATES = new ExerciseDeclaration("E02", "org.chainrule.exercises.gates",
            "Gates", List.of("AddGate", "MulGate", "MaxGate"), List.of("org.chainrule.core", "org.chainrule.autograd"));
    private static final ExerciseDeclaration ENGINE = new ExerciseDeclaration("E03", "org.chainrule.exercises.engine",
            "Engine", List.of("Value"), List.of());
    private static final Intake INTAKE = new Intake(List.of(GATES, ENGINE), IntakeLimits.DEFAULT);

    @TempDir
    Path tmp;

    private static String source(String pkg, String cls) {
        return "package " + pkg + ";\n\npublic final class " + cls + " {\n}\n";
    }

    private static final String MUL = source("org.chainrule.exercises.gates", "MulGate");

    private Path write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static Map<String, String> reasons(IntakeResult result) {
        return result.ignored().stream().collect(Collectors.toMap(IgnoredFile::path, IgnoredFile::reason, (a, b) -> a));
    }

    private static List<String> kept(IntakeResult result) {
        return result.kept().stream().map(k -> k.exercise().id() + " " + k.className() + " <- " + k.submitted()).toList();
    }

    @Test
    void aByteOrderMarkIsDroppedAndUtf16BecomesUtf8SoTheCompilerAcceptsTheFile() throws Exception {
        Path flat = tmp.resolve("windows");
        String add = "// Korean comment: 덧셈 게이트\n" + source("org.chainrule.exercises.gates", "AddGate");
        Files.createDirectories(flat);
        Files.write(flat.resolve("MulGate.java"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                MUL.getBytes(StandardCharsets.UTF_8)));
        Files.write(flat.resolve("AddGate.java"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                add.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(flat.resolve("MaxGate.java"), concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                source("org.chainrule.exercises.gates", "MaxGate").getBytes(StandardCharsets.UTF_16BE)));

        IntakeResult result = INTAKE.collect(flat, tmp.resolve("work"));

        assertThat(kept(result)).containsExactlyInAnyOrder("E02 AddGate <- AddGate.java", "E02 MulGate <- MulGate.java",
                "E02 MaxGate <- MaxGate.java");
        Path sources = tmp.resolve("work/sources/org/chainrule/exercises/gates");
        assertThat(Files.readAllBytes(sources.resolve("MulGate.java"))).isEqualTo(MUL.getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readAllBytes(sources.resolve("AddGate.java"))).isEqualTo(add.getBytes(StandardCharsets.UTF_8));
        assertThat(sources.resolve("MaxGate.java")).hasContent(source("org.chainrule.exercises.gates", "MaxGate").strip());
    }

    @Test
    void aFileWithoutAMarkIsKeptByteForByte() throws Exception {
        byte[] latin1 = ("// caf\u00e9\n" + MUL).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(SourceBytes.utf8(latin1)).isSameAs(latin1);
        byte[] notUtf16 = {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8};     // a lone high surrogate
        assertThat(SourceBytes.utf8(notUtf16)).isEqualTo(notUtf16);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aWholeRepositoryKeepsTheDeclaredClassesAndListsTheRestWithReasons() throws Exception {
        Path repo = tmp.resolve("alice");
        String main = "exercises/src/main/java/org/chainrule/exercises/";
        write(repo, main + "gates/MulGate.java", MUL);
        write(repo, main + "gates/AddGate.java", source("org.chainrule.exercises.gates", "AddGate"));
        write(repo, main + "gates/Helper.java", source("org.chainrule.exercises.gates", "Helper"));
        write(repo, main + "engine/Value.java", source("org.chainrule.exercises.engine", "Value"));
        write(repo, "exercises/src/test/java/org/chainrule/exercises/gates/MulGateTest.java",
                source("org.chainrule.exercises.gates", "MulGateTest"));
        write(repo, "core/src/main/java/org/chainrule/core/Tensor.java", source("org.chainrule.core", "Tensor"));
        write(repo, "evil/Assertions.java", source("org.junit.jupiter.api", "Assertions"));
        write(repo, "evil/System.java", source("java.lang", "System"));
        write(repo, "pom.xml", "<project/>");
        write(repo, "exercises/src/main/resources/META-INF/services/org.junit.platform.launcher.LauncherSessionListener", "x.Y");
        write(repo, "exercises/src/test/resources/junit-platform.properties", "junit.jupiter.extensions.autodetection.enabled=true");
        write(repo, "MaxGate.java", source("org.chainrule.exercises", "MaxGate"));
        write(repo, "MulGate.java", MUL);
        write(repo, ".git/objects/ab/cdef", "blob");
        write(repo, "exercises/target/classes/Foo.class", "cafebabe");

        IntakeResult result = INTAKE.collect(repo, tmp.resolve("work"));

        assertThat(kept(result)).containsExactly(
                "E02 AddGate <- " + main + "gates/AddGate.java",
                "E02 MulGate <- " + main + "gates/MulGate.java",
                "E03 Value <- " + main + "engine/Value.java");
        assertThat(result.kept().get(1).file())
                .isEqualTo(tmp.resolve("work/sources/org/chainrule/exercises/gates/MulGate.java"))
                .hasContent(MUL.strip());
        Map<String, String> reasons = reasons(result);
        assertThat(reasons.get(main + "gates/Helper.java"))
                .isEqualTo("Helper is not one of E02's classes (AddGate, MulGate, MaxGate): only those are graded, so put helper code inside one of them");
        assertThat(reasons.get("exercises/src/test/java/org/chainrule/exercises/gates/MulGateTest.java"))
                .isEqualTo("a test class: the grader runs its own tests, never submitted ones");
        assertThat(reasons.get("core/src/main/java/org/chainrule/core/Tensor.java"))
                .isEqualTo("would shadow the framework class org.chainrule.core.Tensor: the grader always uses its own framework");
        assertThat(reasons.get("evil/Assertions.java")).isEqualTo("would shadow org.junit.jupiter.api.Assertions of JUnit: refused");
        assertThat(reasons.get("evil/System.java")).isEqualTo("would shadow java.lang.System of the JDK: refused");
        assertThat(reasons.get("pom.xml")).startsWith("a build file");
        assertThat(reasons.get("exercises/src/main/resources/META-INF/services/org.junit.platform.launcher.LauncherSessionListener"))
                .startsWith("a service registration");
        assertThat(reasons.get("exercises/src/test/resources/junit-platform.properties")).startsWith("a JUnit configuration file");
        assertThat(reasons.get("MaxGate.java"))
                .isEqualTo("declares package org.chainrule.exercises, but E02's MaxGate belongs in package org.chainrule.exercises.gates: move it there");
        assertThat(reasons.get("MulGate.java")).isEqualTo("another copy of E02 MulGate; the grader kept " + main + "gates/MulGate.java");
        assertThat(reasons.get(".git/")).isEqualTo("version control data: not graded");
        assertThat(reasons.get("exercises/target/")).startsWith("build output");
        assertThat(reasons).doesNotContainKey(".git/objects/ab/cdef");
    }

    @Test
    void flatFilesArePlacedByTheirPackageLine() throws Exception {
        Path flat = tmp.resolve("upload");
        write(flat, "MulGate.java", "// my gate\n/* v2 */ package org.chainrule.exercises.gates ;\nclass MulGate {}\n");
        write(flat, "Value.java", "\uFEFF\\u0070ackage org.chainrule.exercises.engine;\nclass Value {}\n");
        write(flat, "Stray.java", "class Stray {}\n");
        IntakeResult result = INTAKE.collect(flat, tmp.resolve("work"));
        assertThat(kept(result)).containsExactly("E02 MulGate <- MulGate.java", "E03 Value <- Value.java");
        assertThat(reasons(result)).containsEntry("Stray.java", "not one of the exercises' classes (no package): not graded");
    }

    @Test
    void aSingleJavaFileAndAZipInsideAnUploadFolderAreAccepted() throws Exception {
        Path one = write(tmp, "in/MulGate.java", MUL);
        assertThat(kept(INTAKE.collect(one, tmp.resolve("w1")))).containsExactly("E02 MulGate <- MulGate.java");

        Path upload = tmp.resolve("submission");
        new ZipBuilder().add("org/chainrule/exercises/gates/MulGate.java", MUL).write(upload.resolve("chainrule-submission.zip"));
        assertThat(kept(INTAKE.collect(upload, tmp.resolve("w2"))))
                .containsExactly("E02 MulGate <- org/chainrule/exercises/gates/MulGate.java");
    }

    @Test
    void aZipMadeByJavaWithDataDescriptorsIsRead() throws Exception {
        Path zip = tmp.resolve("bob.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("src/main/java/org/chainrule/exercises/gates/"));
            out.putNextEntry(new ZipEntry("src/main/java/org/chainrule/exercises/gates/MulGate.java"));
            out.write(MUL.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("README.md"));
            out.write("hi".getBytes(StandardCharsets.UTF_8));
        }
        IntakeResult result = INTAKE.collect(zip, tmp.resolve("work"));
        assertThat(kept(result)).containsExactly("E02 MulGate <- src/main/java/org/chainrule/exercises/gates/MulGate.java");
        assertThat(result.kept().get(0).file()).hasContent(MUL.strip());
        assertThat(reasons(result)).containsEntry("README.md", "not a Java source: not graded");
    }

    @Test
    void hostileZipEntriesAreRefusedAndNothingLandsOutsideTheWorkspace() throws Exception {
        Path canary = write(tmp, "canary.txt", "untouched");
        Path zip = new ZipBuilder()
                .add("../../canary.txt", "overwritten")
                .add("gates/../../../MulGate.java", MUL)
                .add("/tmp/abs/MulGate.java", MUL)
                .add("C:\\Windows\\MulGate.java", MUL)
                .symlink("org/chainrule/exercises/gates/AddGate.java", "/etc/passwd")
                .add("org/chainrule/exercises/gates/MulGate.java", MUL)
                .add("org/chainrule/exercises/gates/MulGate.java", source("org.chainrule.exercises.gates", "Other"))
                .write(tmp.resolve("in/mallory.zip"));
        Path work = tmp.resolve("work");

        IntakeResult result = INTAKE.collect(zip, work);

        assertThat(kept(result)).containsExactly("E02 MulGate <- org/chainrule/exercises/gates/MulGate.java");
        assertThat(result.kept().get(0).file()).hasContent(MUL.strip());
        Map<String, String> reasons = reasons(result);
        assertThat(reasons.get("../../canary.txt")).isEqualTo("a '..' segment would leave the unpacking folder: refused");
        assertThat(reasons.get("gates/../../../MulGate.java")).startsWith("a '..' segment");
        assertThat(reasons.get("/tmp/abs/MulGate.java")).startsWith("an absolute path: refused");
        assertThat(reasons.get("C:/Windows/MulGate.java")).startsWith("an absolute path: refused");
        assertThat(reasons.get("org/chainrule/exercises/gates/AddGate.java")).isEqualTo("a symbolic link: never followed or created");
        assertThat(result.ignored()).contains(new IgnoredFile("org/chainrule/exercises/gates/MulGate.java",
                "a second entry with the same name: only the first is read"));
        assertThat(canary).hasContent("untouched");
        try (var files = Files.walk(work)) {
            assertThat(files.filter(Files::isRegularFile).map(work::relativize).map(Path::toString))
                    .containsExactly("sources/org/chainrule/exercises/gates/MulGate.java");
        }
        assertThat(Files.exists(Path.of("/tmp/abs/MulGate.java"))).isFalse();
    }

    @Test
    void aSymbolicLinkInAFolderIsNeverFollowed() throws Exception {
        Path secret = write(tmp, "secret/MulGateHiddenSolution.java", MUL);
        Path folder = tmp.resolve("carol");
        Files.createDirectories(folder.resolve("org/chainrule/exercises/gates"));
        Files.createSymbolicLink(folder.resolve("org/chainrule/exercises/gates/MulGate.java"), secret);
        Files.createSymbolicLink(folder.resolve("everything"), tmp.resolve("secret"));

        IntakeResult result = INTAKE.collect(folder, tmp.resolve("work"));

        assertThat(result.kept()).isEmpty();
        assertThat(reasons(result))
                .containsEntry("org/chainrule/exercises/gates/MulGate.java", "a symbolic link: never followed")
                .containsEntry("everything", "a symbolic link: never followed");
    }

    @Test
    void aZipBombIsNeverInflatedPastTheCaps() throws Exception {
        byte[] zeros = new byte[64 * 1024 * 1024];
        Path bomb = new ZipBuilder()
                .add("org/chainrule/exercises/gates/MulGate.java", zeros, true, ZipBuilder.REGULAR)
                .add("org/chainrule/exercises/gates/AddGate.java", source("org.chainrule.exercises.gates", "AddGate"))
                .write(tmp.resolve("bomb.zip"));
        assertThat(Files.size(bomb)).isLessThan(200_000);

        IntakeResult result = INTAKE.collect(bomb, tmp.resolve("work"));

        assertThat(kept(result)).containsExactly("E02 AddGate <- org/chainrule/exercises/gates/AddGate.java");
        assertThat(reasons(result)).containsEntry("org/chainrule/exercises/gates/MulGate.java",
                "larger than 524288 bytes once unpacked: not read (an exercise's source is a few KB)");
    }

    @Test
    void tooManyEntriesOrTooManySourceBytesRefuseTheWholeSubmission() throws Exception {
        ZipBuilder many = new ZipBuilder();
        for (int i = 0; i < 30; i++) {
            many.add("f" + i + ".txt", "x");
        }
        Path zip = many.write(tmp.resolve("many.zip"));
        Intake small = new Intake(List.of(GATES), new IntakeLimits(20, 1000, 3000, 1_000_000));
        assertThatThrownBy(() -> small.collect(zip, tmp.resolve("w1")))
                .isInstanceOf(RejectedSubmissionException.class)
                .hasMessage("the submission holds more than 20 files and folders; submit the exercises' sources only (./chainrule submit packs them)");

        Path folder = tmp.resolve("big");
        for (int i = 0; i < 4; i++) {
            write(folder, "A" + i + ".java", "x".repeat(900));
        }
        assertThatThrownBy(() -> small.collect(folder, tmp.resolve("w2")))
                .isInstanceOf(RejectedSubmissionException.class)
                .hasMessageStartingWith("the submission's .java files add up to more than 3000 bytes");
    }

    @Test
    void aFileThatIsNotAZipIsRefusedWithAReason() throws Exception {
        Path fake = Files.writeString(tmp.resolve("dave.zip"), "not a zip at all");
        assertThatThrownBy(() -> INTAKE.collect(fake, tmp.resolve("w")))
                .isInstanceOf(RejectedSubmissionException.class)
                .hasMessage("dave.zip is not a readable zip archive; zip the folder again with a plain zip tool");
    }

    @Test
    void theRegistryFileGivesTheDeclarationsInIdOrder() throws Exception {
        Path registry = Files.writeString(tmp.resolve("registry.properties"), String.join("\n",
                "E03.package = org.chainrule.exercises.engine",
                "E03.classes = Value",
                "E02.package = org.chainrule.exercises.gates",
                "E02.title = Gates by hand: add distributes, mul swaps, max routes",
                "E02.classes = AddGate, MulGate, MaxGate",
                "E02.allowed = org.chainrule.core, org.chainrule.autograd",
                "E02.points.public = 10", ""), StandardCharsets.UTF_8);
        List<ExerciseDeclaration> declarations = RegistryFile.read(registry);
        assertThat(declarations).containsExactly(
                new ExerciseDeclaration("E02", "org.chainrule.exercises.gates", "Gates by hand: add distributes, mul swaps, max routes",
                        List.of("AddGate", "MulGate", "MaxGate"), List.of("org.chainrule.core", "org.chainrule.autograd")),
                new ExerciseDeclaration("E03", "org.chainrule.exercises.engine", "", List.of("Value"), List.of()));
        Files.writeString(registry, "E04.package = org.chainrule.exercises.activations\n");
        assertThatThrownBy(() -> RegistryFile.read(registry))
                .hasMessageEndingWith("E04.classes is missing or empty; every exercise declares its package and its classes");
    }
}
