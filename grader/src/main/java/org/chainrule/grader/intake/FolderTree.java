package org.chainrule.grader.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Walks a submitted folder without following symbolic links; reads its {@code .java} files into
 * memory (each opened with {@code NOFOLLOW_LINKS}, counted against the caps) and names the rest.
 */
final class FolderTree {
    private FolderTree() {
    }

    static Listing read(Path root, IntakeLimits limits) throws IOException, RejectedSubmissionException {
        Listing listing = new Listing(limits);
        RejectedSubmissionException[] rejected = new RejectedSubmissionException[1];
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                String reason = Listing.skippedFolder(dir.getFileName().toString());
                if (reason != null) {
                    listing.ignored.add(new IgnoredFile(relative(root, dir) + "/", reason));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return count();
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String path = relative(root, file);
                if (attrs.isSymbolicLink()) {
                    listing.ignored.add(new IgnoredFile(path, "a symbolic link: never followed"));
                } else if (!attrs.isRegularFile()) {
                    listing.ignored.add(new IgnoredFile(path, "not a regular file: not read"));
                } else if (!path.endsWith(".java")) {
                    listing.files.add(new SubmittedFile(path, null));
                } else if (attrs.size() > limits.maxFileBytes()) {
                    listing.ignored.add(new IgnoredFile(path, "larger than " + limits.maxFileBytes()
                            + " bytes: not read (an exercise's source is a few KB)"));
                } else {
                    byte[] content = readCapped(file, limits.maxFileBytes());
                    if (content == null) {
                        listing.ignored.add(new IgnoredFile(path, "grew past " + limits.maxFileBytes() + " bytes while read: not read"));
                    } else {
                        try {
                            listing.countJavaBytes(content.length);
                        } catch (RejectedSubmissionException e) {
                            rejected[0] = e;
                            return FileVisitResult.TERMINATE;
                        }
                        listing.files.add(new SubmittedFile(path, content));
                    }
                }
                return count();
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                listing.ignored.add(new IgnoredFile(relative(root, file), "could not be read: " + exc.getClass().getSimpleName()));
                return FileVisitResult.CONTINUE;
            }

            private FileVisitResult count() {
                try {
                    listing.countEntry();
                    return FileVisitResult.CONTINUE;
                } catch (RejectedSubmissionException e) {
                    rejected[0] = e;
                    return FileVisitResult.TERMINATE;
                }
            }
        });
        if (rejected[0] != null) {
            throw rejected[0];
        }
        return listing;
    }

    /** A single submitted {@code .java} file, as if it were a folder holding only it. */
    static Listing readOne(Path file, IntakeLimits limits) throws IOException, RejectedSubmissionException {
        Listing listing = new Listing(limits);
        String name = file.getFileName().toString();
        byte[] content = readCapped(file, limits.maxFileBytes());
        if (content == null) {
            listing.ignored.add(new IgnoredFile(name, "larger than " + limits.maxFileBytes() + " bytes: not read"));
        } else {
            listing.countJavaBytes(content.length);
            listing.files.add(new SubmittedFile(name, content));
        }
        return listing;
    }

    private static byte[] readCapped(Path file, long cap) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] content = in.readNBytes((int) cap + 1);
            return content.length > cap ? null : content;
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
