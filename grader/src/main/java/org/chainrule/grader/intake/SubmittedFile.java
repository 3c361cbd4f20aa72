package org.chainrule.grader.intake;

/**
 * One file of a submission: its path and, for a {@code .java} file, its bytes (other files are
 * only named, never read).
 *
 * @param path    {@code /}-separated, relative to the submission's root
 * @param content the bytes of a {@code .java} file, as UTF-8 without a byte-order mark
 *                ({@link SourceBytes}); {@code null} for any other file
 */
record SubmittedFile(String path, byte[] content) {
    SubmittedFile {
        content = content == null ? null : SourceBytes.utf8(content);
    }

    /** The last path segment, e.g. {@code MulGate.java}. */
    String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    boolean isJava() {
        return path.endsWith(".java");
    }
}
