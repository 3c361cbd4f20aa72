package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Checks the pictures a demo says it wrote (test helper). */
final class DemoPictures {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private DemoPictures() {
    }

    /** The file exists and starts with the PNG signature. */
    static void assertPng(Path file) throws IOException {
        assertThat(file).exists();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length).as("size of %s", file).isGreaterThan(1000);
        assertThat(Arrays.copyOf(bytes, PNG_SIGNATURE.length)).as("PNG signature of %s", file).isEqualTo(PNG_SIGNATURE);
    }
}
