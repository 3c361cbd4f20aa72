package org.chainrule.plots;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Writes a picture to a PNG file, creating the folders on the way (package-private). */
final class Png {
    private Png() {
    }

    /**
     * Saves an XChart chart as PNG at its own width and height.
     *
     * @param chart the finished chart
     * @param file where to write; missing parent folders are created
     * @return {@code file}
     */
    static Path write(Chart<?, ?> chart, Path file) {
        return write(BitmapEncoder.getBufferedImage(chart), file);
    }

    /**
     * Saves an image as PNG.
     *
     * @param image the picture
     * @param file where to write (used as given: no extension is added); missing parent folders are created
     * @return {@code file}
     * @throws UncheckedIOException if the file cannot be written, naming it
     */
    static Path write(BufferedImage image, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IOException("no PNG writer is installed in this JVM");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("plot: cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
