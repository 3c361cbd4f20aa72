package org.chainrule.plots;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Reads back the PNGs the plot tests write, and names colours (test helper). */
final class Pictures {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Pictures() {
    }

    /** Checks that {@code file} is a PNG of {@code width × height} pixels and returns its image. */
    static BufferedImage readPng(Path file, int width, int height) throws IOException {
        byte[] head = new byte[PNG_SIGNATURE.length];
        System.arraycopy(Files.readAllBytes(file), 0, head, 0, head.length);
        assertThat(head).as("PNG signature of %s", file).isEqualTo(PNG_SIGNATURE);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).as("width").isEqualTo(width);
        assertThat(image.getHeight()).as("height").isEqualTo(height);
        return image;
    }

    static Color at(BufferedImage image, int x, int y) {
        return new Color(image.getRGB(x, y));
    }

    /** Perceived brightness 0 (black) to 255 (white). */
    static double brightness(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }

    static boolean reddish(Color c) {
        return c.getRed() > c.getBlue() + 40;
    }

    static boolean bluish(Color c) {
        return c.getBlue() > c.getRed() + 40;
    }

    /** How many pixels have exactly colour {@code c}. */
    static int count(BufferedImage image, Color c) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += image.getRGB(x, y) == c.getRGB() ? 1 : 0;
            }
        }
        return n;
    }
}
