package org.chainrule.lab;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder given with {@code --out}: made if missing and tried with a throw-away file before the
 * first demo runs, so that a folder that cannot be written fails at once, in one line, instead of
 * after a page of output.
 */
final class OutputFolder {
    private OutputFolder() {
    }

    /**
     * Makes {@code dir} (and its parents) and checks that a file can be written in it.
     *
     * @throws CommandFailure saying why it cannot be used, e.g. {@code 'out' is a file, not a folder}
     */
    static void prepare(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".chainrule-", ".probe");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new CommandFailure("cannot write pictures to '" + dir + "': " + why(dir, e)
                    + " Choose a folder you can write with --out DIR.", e);
        }
    }

    /** The reason in plain words, found from the nearest part of the path that exists. */
    private static String why(Path dir, Exception e) {
        Path existing = dir.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            return "'" + existing + "' is a file, not a folder.";
        }
        if (e instanceof AccessDeniedException || existing != null && !Files.isWritable(existing)) {
            return "you do not have permission to write in '" + existing + "'.";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return "the system says: " + f.getReason() + ".";
        }
        return "no folder can be made or written inside '" + existing + "'.";
    }
}
