package org.chainrule.grader.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes what the grader grades out of a submission: a folder or a {@code .zip} holding a whole
 * student repository, the {@code exercises/src/main/java} tree, {@code org/chainrule/exercises/…},
 * or the {@code .java} files flat (Gradescope's drag-and-drop upload).
 *
 * <p>Each source is placed by its {@code package} line and file name. Only the classes the
 * registry declares are kept; they are written to {@code <workspace>/sources/<package>/<Class>.java}
 * under names the grader builds itself, never under names taken from the submission. Everything
 * else — tests, poms, service files, JUnit configuration, classes that would shadow the JDK,
 * JUnit, the test libraries or the framework, helper classes, files in the wrong package — is
 * listed with a reason. Zips are read in memory ({@link ZipArchive}), folders without following
 * links ({@link FolderTree}); both within {@link IntakeLimits}.
 */
public final class Intake {
    private final List<ExerciseDeclaration> exercises;
    private final IntakeLimits limits;

    /**
     * @param exercises the registry's declarations
     * @param limits    caps on entries and bytes, usually {@link IntakeLimits#DEFAULT}
     */
    public Intake(List<ExerciseDeclaration> exercises, IntakeLimits limits) {
        this.exercises = List.copyOf(exercises);
        this.limits = limits;
    }

    /**
     * Reads {@code submission} and writes the kept sources under {@code workspace/sources}.
     *
     * @param submission a folder, a {@code .zip}, or a single {@code .java} file
     * @param workspace  a folder of the grader's own; created if missing
     * @throws RejectedSubmissionException when the submission as a whole is refused (the reason a student can act on)
     * @throws IOException when the grader cannot read the submission or write the workspace
     */
    public IntakeResult collect(Path submission, Path workspace) throws IOException, RejectedSubmissionException {
        Listing listing = list(submission);
        List<Sorter.Candidate> candidates = new ArrayList<>();
        List<IgnoredFile> ignored = new ArrayList<>(listing.ignored);
        new Sorter(exercises).sort(listing.files, candidates, ignored);
        List<KeptSource> kept = new ArrayList<>();
        for (Sorter.Candidate c : candidates) {
            Path file = workspace.resolve("sources").resolve(c.exercise().packagePath()).resolve(c.className() + ".java");
            Files.createDirectories(file.getParent());
            Files.write(file, c.file().content());
            kept.add(new KeptSource(c.exercise(), c.className(), file, c.file().path()));
        }
        return new IntakeResult(kept, ignored);
    }

    private Listing list(Path submission) throws IOException, RejectedSubmissionException {
        String name = submission.getFileName() == null ? "" : submission.getFileName().toString();
        if (Files.isDirectory(submission)) {
            Listing folder = FolderTree.read(submission, limits);
            Path inner = singleZip(submission, folder);
            return inner == null ? folder : ZipArchive.read(inner, limits);
        }
        if (!Files.isRegularFile(submission)) {
            throw new RejectedSubmissionException(submission + " is neither a folder, a .zip nor a .java file");
        }
        if (name.endsWith(".zip")) {
            return ZipArchive.read(submission, limits);
        }
        if (name.endsWith(".java")) {
            return FolderTree.readOne(submission, limits);
        }
        throw new RejectedSubmissionException(name + " is neither a folder, a .zip nor a .java file");
    }

    /** A folder holding one {@code .zip} and no source (an upload of the zip itself): that zip. */
    private static Path singleZip(Path folder, Listing listing) {
        List<SubmittedFile> zips = listing.files.stream().filter(f -> f.path().endsWith(".zip")).toList();
        boolean noSources = listing.files.stream().noneMatch(SubmittedFile::isJava);
        return zips.size() == 1 && noSources && !zips.get(0).path().contains("/")
                ? folder.resolve(zips.get(0).path()) : null;
    }
}
