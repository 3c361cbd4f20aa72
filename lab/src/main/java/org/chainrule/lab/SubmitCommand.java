package org.chainrule.lab;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.chainrule.grader.grade.Course;
import org.chainrule.grader.intake.Intake;
import org.chainrule.grader.intake.IntakeLimits;
import org.chainrule.grader.intake.IntakeResult;
import org.chainrule.grader.intake.KeptSource;
import org.chainrule.grader.intake.RejectedSubmissionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chainrule submit [--out FILE]}: packs exactly what {@code grade} keeps — the registry's
 * classes, found the way {@code grade} finds them — into a zip to upload, and says what it packed
 * and what it left out.
 */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Pack your exercise classes (exactly what the grader keeps) into a zip to upload.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:packed", "1:the zip could not be written", "2:usage error"},
        footer = {"", "Example: ./chainrule submit --out ~/chainrule-submission.zip"})
final class SubmitCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE", defaultValue = "chainrule-submission.zip",
            description = "The zip to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Mixin
    RepositoryOption repository;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path repo = repository.course(spec, "your Chainrule repository");
        if (!out.getFileName().toString().endsWith(".zip")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "submit: --out " + out + " must end in .zip.");
        }
        Course course = Course.at(repo);
        Path work = Files.createTempDirectory("chainrule-submit");
        IntakeResult taken;
        try {
            taken = new Intake(course.declarations(), IntakeLimits.DEFAULT).collect(course.stubs(), work);
            write(out, taken.kept(), work);
        } catch (RejectedSubmissionException e) {
            System.err.println("submit: " + e.getMessage());
            return 1;
        } finally {
            GradeCommand.delete(work);
        }
        System.out.printf("submit: packed %d file(s) into %s:%n", taken.kept().size(), out);
        for (KeptSource k : taken.kept()) {
            System.out.printf("  %s %s  (%s)%n", k.exercise().id(), k.qualifiedName().replace('.', '/') + ".java", k.submitted());
        }
        List<String> missing = course.exercises().stream().flatMap(e -> e.classes().stream()
                .filter(c -> taken.kept().stream().noneMatch(k -> k.exercise().id().equals(e.id()) && k.className().equals(c)))
                .map(c -> e.id() + " " + c)).toList();
        if (!missing.isEmpty()) {
            System.out.println("submit: not found (they score 0): " + String.join(", ", missing));
        }
        if (!taken.ignored().isEmpty()) {
            System.out.printf("submit: left out %d other file(s) of exercises/src/main/java (the grader would ignore them):%n",
                    taken.ignored().size());
            taken.ignored().forEach(i -> System.out.println("  " + i.path() + ": " + i.reason()));
        }
        return 0;
    }

    /** The kept sources at their package paths ({@code org/chainrule/exercises/<topic>/<Class>.java}). */
    private static void write(Path zip, List<KeptSource> kept, Path work) throws IOException {
        Path parent = zip.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(file)) {
            for (KeptSource k : kept) {
                z.putNextEntry(new ZipEntry(work.resolve("sources").relativize(k.file()).toString().replace('\\', '/')));
                Files.copy(k.file(), z);
                z.closeEntry();
            }
        }
    }
}
