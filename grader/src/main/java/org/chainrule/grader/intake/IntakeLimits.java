package org.chainrule.grader.intake;

/**
 * Caps on what a submission may make the grader read, so a zip bomb or a huge folder costs
 * nothing: only {@code .java} files are ever read, each counted as it is inflated (a zip's
 * declared sizes can lie).
 *
 * @param maxEntries     files and folders listed in a zip or walked in a folder
 * @param maxFileBytes   bytes of one {@code .java} file once inflated
 * @param maxTotalBytes  bytes of all {@code .java} files together
 * @param maxArchiveBytes bytes of a {@code .zip} on disk
 */
public record IntakeLimits(int maxEntries, long maxFileBytes, long maxTotalBytes, long maxArchiveBytes) {

    /**
     * Generous for a whole course repository (a few hundred files, sources of a few KB), tiny
     * against a bomb: 20,000 entries, 512 KiB per source, 16 MiB of sources, a 256 MiB zip.
     */
    public static final IntakeLimits DEFAULT =
            new IntakeLimits(20_000, 512 * 1024, 16 * 1024 * 1024, 256L * 1024 * 1024);
}
