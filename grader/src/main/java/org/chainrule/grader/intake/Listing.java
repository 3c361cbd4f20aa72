package org.chainrule.grader.intake;

import java.util.ArrayList;
import java.util.List;

/** What a folder or a zip holds: its files (sources read, the rest named) and what was refused. */
final class Listing {
    final List<SubmittedFile> files = new ArrayList<>();
    final List<IgnoredFile> ignored = new ArrayList<>();
    private final IntakeLimits limits;
    private long javaBytes;
    private int entries;

    Listing(IntakeLimits limits) {
        this.limits = limits;
    }

    /** Counts one more entry, refusing the submission past {@link IntakeLimits#maxEntries()}. */
    void countEntry() throws RejectedSubmissionException {
        if (++entries > limits.maxEntries()) {
            throw new RejectedSubmissionException("the submission holds more than " + limits.maxEntries()
                    + " files and folders; submit the exercises' sources only (./chainrule submit packs them)");
        }
    }

    /** Counts a source's bytes, refusing the submission past {@link IntakeLimits#maxTotalBytes()}. */
    void countJavaBytes(long bytes) throws RejectedSubmissionException {
        javaBytes += bytes;
        if (javaBytes > limits.maxTotalBytes()) {
            throw new RejectedSubmissionException("the submission's .java files add up to more than "
                    + limits.maxTotalBytes() + " bytes; submit the exercises' sources only (./chainrule submit packs them)");
        }
    }

    IntakeLimits limits() {
        return limits;
    }

    /**
     * Folders never looked into, with the reason, or {@code null} for a folder to enter: version
     * control, build output, IDE settings and archive metadata hold no source a grader needs.
     */
    static String skippedFolder(String name) {
        return switch (name) {
            case ".git", ".hg", ".svn" -> "version control data: not graded";
            case "target", "build", "out", "bin", "node_modules" -> "build output: the grader compiles your sources itself";
            case ".idea", ".vscode", ".settings", ".mvn", ".gradle" -> "IDE or build-tool settings: not graded";
            case "__MACOSX" -> "macOS archive metadata: not graded";
            default -> null;
        };
    }

    /**
     * The reason an entry name is refused outright, or {@code null} when it is a plain relative
     * path: no {@code ..} segment, not absolute, no drive letter, no NUL.
     */
    static String unsafeName(String name) {
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            return "an empty name or a NUL character in the name: refused";
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return "an absolute path: refused (entries must be relative to the zip's root)";
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return "a '..' segment would leave the unpacking folder: refused";
            }
        }
        return null;
    }
}
