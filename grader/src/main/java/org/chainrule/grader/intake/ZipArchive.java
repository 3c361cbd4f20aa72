package org.chainrule.grader.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a zip's central directory and inflates its {@code .java} entries into memory — nothing
 * is written to disk, so no entry can land outside the workspace or become a symbolic link.
 *
 * <p>Refused with a reason (listed, not fatal): names with {@code ..} segments or absolute
 * paths, symbolic links (Unix mode {@code 0120000} in the external attributes), encrypted
 * entries, duplicates, and sources over the per-file cap. Fatal (the whole submission): more
 * entries than the cap, more source bytes than the cap, a zip64 or broken archive. Sizes are
 * counted while inflating, never taken from the archive's word.
 */
final class ZipArchive {
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int END_RECORD_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int CENTRAL_HEADER_SIZE = 46;
    private static final int LOCAL_HEADER_SIZE = 30;
    private static final int UNIX_HOST = 3;
    private static final int FILE_TYPE_MASK = 0170000;
    private static final int SYMLINK_TYPE = 0120000;
    private static final int FLAG_ENCRYPTED = 1;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;

    private ZipArchive() {
    }

    static Listing read(Path zip, IntakeLimits limits) throws IOException, RejectedSubmissionException {
        try {
            return readChecked(zip, limits);
        } catch (IndexOutOfBoundsException | IllegalArgumentException truncated) {
            throw broken(zip);
        }
    }

    private static Listing readChecked(Path zip, IntakeLimits limits) throws IOException, RejectedSubmissionException {
        Listing listing = new Listing(limits);
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > limits.maxArchiveBytes()) {
                throw new RejectedSubmissionException(zip.getFileName() + " is " + size + " bytes; at most "
                        + limits.maxArchiveBytes() + " are accepted (submit the exercises' sources only)");
            }
            ByteBuffer end = endRecord(channel, size, zip);
            int entries = Short.toUnsignedInt(end.getShort(10));
            long directorySize = Integer.toUnsignedLong(end.getInt(12));
            long directoryOffset = Integer.toUnsignedLong(end.getInt(16));
            if (entries == 0xFFFF || directoryOffset == 0xFFFFFFFFL) {
                throw new RejectedSubmissionException(zip.getFileName()
                        + " is a zip64 archive; a course submission is small, zip it with a plain zip tool");
            }
            if (directoryOffset + directorySize > size) {
                throw broken(zip);
            }
            ByteBuffer directory = read(channel, directoryOffset, (int) directorySize);
            readEntries(channel, directory, entries, listing, zip);
        }
        return listing;
    }

    private static void readEntries(FileChannel channel, ByteBuffer dir, int entries, Listing listing, Path zip)
            throws IOException, RejectedSubmissionException {
        Set<String> seen = new HashSet<>();
        Set<String> skippedFolders = new HashSet<>();
        int at = 0;
        for (int i = 0; i < entries; i++) {
            listing.countEntry();
            if (at + CENTRAL_HEADER_SIZE > dir.limit() || dir.getInt(at) != CENTRAL_SIGNATURE) {
                throw broken(zip);
            }
            int madeBy = Short.toUnsignedInt(dir.getShort(at + 4)) >>> 8;
            int flags = Short.toUnsignedInt(dir.getShort(at + 8));
            int method = Short.toUnsignedInt(dir.getShort(at + 10));
            long compressed = Integer.toUnsignedLong(dir.getInt(at + 20));
            int nameLength = Short.toUnsignedInt(dir.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(dir.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(dir.getShort(at + 32));
            int mode = dir.getInt(at + 38) >>> 16;
            long localOffset = Integer.toUnsignedLong(dir.getInt(at + 42));
            if (at + CENTRAL_HEADER_SIZE + nameLength > dir.limit()) {
                throw broken(zip);
            }
            byte[] rawName = new byte[nameLength];
            dir.get(at + CENTRAL_HEADER_SIZE, rawName);
            at += CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;

            String name = new String(rawName, StandardCharsets.UTF_8).replace('\\', '/');
            String unsafe = Listing.unsafeName(name);
            if (unsafe != null) {
                listing.ignored.add(new IgnoredFile(name, unsafe));
                continue;
            }
            if (name.endsWith("/") || inSkippedFolder(name, skippedFolders, listing)) {
                continue;
            }
            if (madeBy == UNIX_HOST && (mode & FILE_TYPE_MASK) == SYMLINK_TYPE) {
                listing.ignored.add(new IgnoredFile(name, "a symbolic link: never followed or created"));
                continue;
            }
            if (!seen.add(name)) {
                listing.ignored.add(new IgnoredFile(name, "a second entry with the same name: only the first is read"));
                continue;
            }
            if (!name.endsWith(".java")) {
                listing.files.add(new SubmittedFile(name, null));
                continue;
            }
            if ((flags & FLAG_ENCRYPTED) != 0 || (method != STORED && method != DEFLATED)) {
                listing.ignored.add(new IgnoredFile(name, "encrypted or compressed with an unusual method: zip it with a plain zip tool"));
                continue;
            }
            byte[] content = inflate(channel, localOffset, compressed, method, listing.limits().maxFileBytes(), zip);
            if (content == null) {
                listing.ignored.add(new IgnoredFile(name, "larger than " + listing.limits().maxFileBytes()
                        + " bytes once unpacked: not read (an exercise's source is a few KB)"));
                continue;
            }
            listing.countJavaBytes(content.length);
            listing.files.add(new SubmittedFile(name, content));
        }
    }

    /** True when a segment of the path is a skipped folder; records that folder once. */
    private static boolean inSkippedFolder(String name, Set<String> recorded, Listing listing) {
        String[] segments = name.split("/");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < segments.length - 1; i++) {
            prefix.append(segments[i]).append('/');
            String reason = Listing.skippedFolder(segments[i]);
            if (reason != null) {
                if (recorded.add(prefix.toString())) {
                    listing.ignored.add(new IgnoredFile(prefix.toString(), reason));
                }
                return true;
            }
        }
        return false;
    }

    /** The entry's bytes, or {@code null} when they exceed {@code cap} (counted while inflating). */
    private static byte[] inflate(FileChannel channel, long localOffset, long compressed, int method, long cap, Path zip)
            throws IOException, RejectedSubmissionException {
        ByteBuffer local = read(channel, localOffset, LOCAL_HEADER_SIZE);
        if (local.getInt(0) != LOCAL_SIGNATURE) {
            throw broken(zip);
        }
        long dataOffset = localOffset + LOCAL_HEADER_SIZE
                + Short.toUnsignedInt(local.getShort(26)) + Short.toUnsignedInt(local.getShort(28));
        // Deflate never expands data by more than a few bytes per 64 KiB block.
        if (compressed > cap + cap / 1000 + 1024) {
            return null;
        }
        if (dataOffset + compressed > channel.size()) {
            throw broken(zip);
        }
        byte[] data = new byte[(int) compressed];
        read(channel, dataOffset, (int) compressed).get(data);
        if (method == STORED) {
            return data.length > cap ? null : data;
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                if (out.size() + n > cap) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw broken(zip);
        } finally {
            inflater.end();
        }
    }

    private static ByteBuffer endRecord(FileChannel channel, long size, Path zip)
            throws IOException, RejectedSubmissionException {
        int tail = (int) Math.min(size, END_RECORD_SIZE + MAX_COMMENT);
        ByteBuffer buffer = read(channel, size - tail, tail);
        for (int at = tail - END_RECORD_SIZE; at >= 0; at--) {
            if (buffer.getInt(at) == END_SIGNATURE) {
                return buffer.slice(at, END_RECORD_SIZE).order(ByteOrder.LITTLE_ENDIAN);
            }
        }
        throw broken(zip);
    }

    private static ByteBuffer read(FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                break;
            }
        }
        return buffer.flip().order(ByteOrder.LITTLE_ENDIAN);
    }

    private static RejectedSubmissionException broken(Path zip) {
        return new RejectedSubmissionException(zip.getFileName()
                + " is not a readable zip archive; zip the folder again with a plain zip tool");
    }
}
