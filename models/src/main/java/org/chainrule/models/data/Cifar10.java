package org.chainrule.models.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;

/**
 * Reads the CIFAR-10 binary format (the {@code data_batch_1.bin … test_batch.bin} files of
 * https://www.cs.toronto.edu/~kriz/cifar.html) into a {@link Dataset}. Nothing is downloaded.
 *
 * <p>A file is a run of 3073-byte records, one per 32 × 32 colour image:
 * <pre>
 *   byte 0            the label, 0 (airplane) … 9 (truck)
 *   bytes 1 … 1024    red,   row by row (32 rows of 32)
 *   bytes 1025 … 2048 green, row by row
 *   bytes 2049 … 3072 blue,  row by row
 * </pre>
 * Each image is kept <b>flattened</b> in that order, as the notes' 32 × 32 × 3 = 3072 numbers:
 * pixel (channel c, row r, column k) is feature {@code 1024·c + 32·r + k}, scaled from 0…255 to
 * [0, 1]. In Chainrule's {@code X·W} convention the features X are {@code [n, 3072]}, so a linear
 * classifier's W is {@code [3072, 10]} (the notes' W is its transpose, 10 × 3072, because they
 * write {@code W·x} for one column image x). {@code features.take(new int[] {i}).reshape(3, 32, 32)}
 * gives image i back as channels × rows × columns.
 *
 * <p>Memory: one file of 10,000 images becomes 30.72 million doubles (about 246 MB).
 */
public final class Cifar10 {
    /** The ten classes, in label order. */
    public static final List<String> CLASS_NAMES = List.of("airplane", "automobile", "bird", "cat",
            "deer", "dog", "frog", "horse", "ship", "truck");
    /** Side of an image in pixels. */
    public static final int SIDE = 32;
    /** Numbers per image: 32 × 32 pixels × 3 channels (red, green, blue). */
    public static final int PIXELS = SIDE * SIDE * 3;
    /** Bytes per record: 1 label byte + 3072 pixel bytes. */
    public static final int RECORD_BYTES = 1 + PIXELS;
    /** The largest pixel byte; features are {@code byte / 255}. */
    private static final double MAX_PIXEL = 255.0;

    private Cifar10() {
    }

    /**
     * Reads one or more CIFAR-10 binary files, in order, into one data set.
     *
     * @param files e.g. {@code data_batch_1.bin}; each must hold a whole number of 3073-byte records
     * @return features {@code [n, 3072]} in [0, 1], n labels 0–9, class names airplane … truck
     * @throws DataFileException if a file is missing, empty, truncated mid-record, or has a label above 9
     */
    public static Dataset read(Path... files) {
        if (files.length == 0) {
            throw new IllegalArgumentException(
                    "Cifar10.read: no files given; pass e.g. Path.of(\"data_batch_1.bin\").");
        }
        byte[][] contents = new byte[files.length][];
        long records = 0;
        for (int f = 0; f < files.length; f++) {
            contents[f] = bytes(files[f]);
            records += contents[f].length / RECORD_BYTES;
        }
        if (records > Integer.MAX_VALUE / PIXELS) {
            throw new IllegalArgumentException(String.format("Cifar10.read: %d images of %d numbers do not fit "
                    + "in one tensor (at most %d images); read fewer files.",
                    records, PIXELS, Integer.MAX_VALUE / PIXELS));
        }
        int n = (int) records;
        double[] x = new double[n * PIXELS];
        int[] labels = new int[n];
        for (int f = 0, first = 0; f < files.length; f++) {
            first += decode(files[f].getFileName().toString(), contents[f], x, labels, first);
        }
        return new Dataset(Tensor.of(Shape.of(n, PIXELS), x), labels, CLASS_NAMES);
    }

    /** A file's bytes, after checking it holds a whole, non-zero number of records. */
    private static byte[] bytes(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataFileException(String.format("%s: no such file (looked for %s).",
                    name, file.toAbsolutePath()), e);
        } catch (IOException e) {
            throw new DataFileException(String.format("%s: cannot be read (%s).", name, e.getMessage()), e);
        }
        if (bytes.length == 0) {
            throw new DataFileException(name + ": the file is empty; a CIFAR-10 file holds records of "
                    + RECORD_BYTES + " bytes (1 label + " + PIXELS + " pixels).");
        }
        int whole = bytes.length / RECORD_BYTES;
        if (bytes.length % RECORD_BYTES != 0) {
            throw new DataFileException(String.format("%s: record %d (from byte offset %d) is truncated: the "
                    + "file ends after %d of its %d bytes (1 label + %d pixels); %d bytes is not a whole "
                    + "number of records.", name, whole, (long) whole * RECORD_BYTES,
                    bytes.length % RECORD_BYTES, RECORD_BYTES, PIXELS, bytes.length));
        }
        return bytes;
    }

    /** Decodes a file's records into rows {@code first, first + 1, …}; returns how many. */
    private static int decode(String name, byte[] bytes, double[] x, int[] labels, int first) {
        int count = bytes.length / RECORD_BYTES;
        for (int r = 0; r < count; r++) {
            int offset = r * RECORD_BYTES;
            int label = bytes[offset] & 0xFF;
            if (label >= CLASS_NAMES.size()) {
                throw new DataFileException(String.format("%s: record %d (byte offset %d) has label %d; "
                        + "CIFAR-10 labels go from 0 (airplane) to 9 (truck).", name, r, offset, label));
            }
            labels[first + r] = label;
            int row = (first + r) * PIXELS;
            for (int p = 0; p < PIXELS; p++) {
                x[row + p] = (bytes[offset + 1 + p] & 0xFF) / MAX_PIXEL;
            }
        }
        return count;
    }
}
