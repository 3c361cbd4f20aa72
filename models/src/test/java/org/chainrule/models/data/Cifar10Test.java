package org.chainrule.models.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chainrule.core.Rng;
import org.chainrule.core.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CIFAR-10 binary reader, on records these tests write themselves (nothing is downloaded). */
class Cifar10Test {
    @TempDir
    Path dir;

    @Test
    void generatedRecordsRoundTrip() {
        qt().withFixedSeed(2020).withExamples(30)
                .forAll(integers().between(1, 5), longs().all())
                .checkAssert((n, seed) -> {
                    byte[] bytes = randomRecords(n, Rng.seed(seed));
                    Dataset data = Cifar10.read(write("data_batch_1.bin", bytes));

                    assertThat(data.features().shape()).isEqualTo(Shape.of(n, 3072));
                    assertThat(data.classNames()).hasSize(10);
                    for (int i = 0; i < n; i++) {
                        int offset = i * Cifar10.RECORD_BYTES;
                        assertThat(data.labels()[i]).isEqualTo(bytes[offset]);
                        for (int p = 0; p < Cifar10.PIXELS; p++) {
                            assertThat(data.features().get(i, p)).isEqualTo((bytes[offset + 1 + p] & 0xFF) / 255.0);
                        }
                    }
                });
    }

    @Test
    void pixelsKeepTheChannelRowColumnOrder() {
        byte[] record = new byte[Cifar10.RECORD_BYTES];
        record[0] = 3;
        record[1 + 2 * 1024 + 5 * 32 + 7] = (byte) 255; // blue, row 5, column 7
        record[1 + 31 * 32 + 31] = (byte) 51;           // red, bottom-right corner

        Dataset data = Cifar10.read(write("one.bin", record));

        var image = data.features().take(new int[] {0}).reshape(3, 32, 32);
        assertThat(image.get(2, 5, 7)).isEqualTo(1.0);
        assertThat(image.get(0, 31, 31)).isEqualTo(0.2);
        assertThat(data.features().sum().item()).isEqualTo(1.2);
        assertThat(data.classNames().get(data.labels()[0])).isEqualTo("cat");
    }

    @Test
    void severalFilesAreReadInOrder() {
        byte[] a = randomRecords(2, Rng.seed(1));
        byte[] b = randomRecords(3, Rng.seed(2));

        Dataset both = Cifar10.read(write("a.bin", a), write("b.bin", b));

        assertThat(both.size()).isEqualTo(5);
        assertThat(both.features().rows(0, 2)).isEqualTo(Cifar10.read(write("a.bin", a)).features());
        assertThat(both.features().rows(2, 5)).isEqualTo(Cifar10.read(write("b.bin", b)).features());
    }

    @Test
    void theClassesAreCifarTensInLabelOrder() {
        assertThat(Cifar10.CLASS_NAMES).containsExactly("airplane", "automobile", "bird", "cat", "deer", "dog",
                "frog", "horse", "ship", "truck");
        assertThat(Cifar10.PIXELS).isEqualTo(32 * 32 * 3);
    }

    @Test
    void aTruncatedFileNamesTheRecordAndByteOffset() {
        byte[] bytes = new byte[2 * Cifar10.RECORD_BYTES + 4];

        assertThatThrownBy(() -> Cifar10.read(write("data_batch_2.bin", bytes))).isInstanceOf(DataFileException.class)
                .hasMessage("data_batch_2.bin: record 2 (from byte offset 6146) is truncated: the file ends after 4 "
                        + "of its 3073 bytes (1 label + 3072 pixels); 6150 bytes is not a whole number of records.");
    }

    @Test
    void aLabelAbove9NamesTheRecord() {
        byte[] bytes = randomRecords(3, Rng.seed(3));
        bytes[Cifar10.RECORD_BYTES] = 12;

        assertThatThrownBy(() -> Cifar10.read(write("test_batch.bin", bytes))).hasMessage("test_batch.bin: record 1 "
                + "(byte offset 3073) has label 12; CIFAR-10 labels go from 0 (airplane) to 9 (truck).");
    }

    @Test
    void emptyMissingAndNoFilesAreExplained() {
        Path missing = dir.resolve("missing.bin");

        assertThatThrownBy(() -> Cifar10.read(write("empty.bin", new byte[0]))).hasMessage("empty.bin: the file is "
                + "empty; a CIFAR-10 file holds records of 3073 bytes (1 label + 3072 pixels).");
        assertThatThrownBy(() -> Cifar10.read(missing))
                .hasMessage("missing.bin: no such file (looked for " + missing.toAbsolutePath() + ").");
        assertThatThrownBy(Cifar10::read)
                .hasMessage("Cifar10.read: no files given; pass e.g. Path.of(\"data_batch_1.bin\").");
    }

    /** n records: a label 0–9, then 3072 pixel bytes 0–255. */
    private static byte[] randomRecords(int n, Rng rng) {
        byte[] bytes = new byte[n * Cifar10.RECORD_BYTES];
        for (int i = 0; i < n; i++) {
            int offset = i * Cifar10.RECORD_BYTES;
            bytes[offset] = (byte) rng.nextInt(10);
            for (int p = 1; p < Cifar10.RECORD_BYTES; p++) {
                bytes[offset + p] = (byte) rng.nextInt(256);
            }
        }
        return bytes;
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
