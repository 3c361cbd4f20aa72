package org.chainrule.plots;

import java.awt.Color;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.List;
import org.chainrule.core.Tensor;

/**
 * A linear classifier's weights, one picture per class — the notes: "visualise the learned W and
 * you see the shape of what it classifies". For images flattened to d = height·width features,
 * class j's score is {@code Σ_p x_p·W[p, j]}: column j of W holds one weight per pixel, so it can
 * be drawn back as a height × width image, the class's <em>template</em>.
 *
 * <p>Red pixels push the score up when ink is there (evidence for the class), blue pixels push it
 * down, white ones do not matter. All templates share one scale, {@code ±max |W|}, so their
 * colours compare. On 8 × 8 digits the red strokes trace the digit.
 */
public final class WeightImagesPlot {
    /** The side in pixels of each template image. */
    static final int TILE = 160;
    /** Pixels from the top edge to the first row of templates (title). */
    static final int TOP = 56;
    /** Pixels from the left edge to the first column of templates. */
    static final int LEFT = 20;
    /** Room above each template for its name. */
    static final int LABEL = 24;
    static final int GAP = 16;
    /** At most this many templates side by side. */
    static final int COLUMNS = 5;
    private static final int BAR = 22;
    private static final int FOOTER = 44;

    private WeightImagesPlot() {
    }

    /**
     * Draws every column of W as a height × width image in a grid (5 per row) and writes the PNG.
     *
     * @param w the weights, shape {@code [d, k]} with {@code d = height·width}: column j is class
     *     j's template, pixel (r, c) being feature {@code width·r + c} (row by row, as flatten does)
     * @param height rows of each image, e.g. 8
     * @param width columns of each image, e.g. 8
     * @param classNames k names, {@code [k]}, one per column, written above the templates
     * @param title the line above the picture
     * @param file where to write the PNG; missing parent folders are created
     * @return {@code file}
     * @throws IllegalArgumentException if W is not {@code [height·width, k]} with k names
     */
    public static Path write(Tensor w, int height, int width, List<String> classNames, String title, Path file) {
        int k = check(w, height, width, classNames);
        double[] v = w.toArray();
        double scale = 0;
        for (double x : v) {
            scale = Math.max(scale, Math.abs(x));
        }
        int columns = Math.min(k, COLUMNS);
        int rows = (k + columns - 1) / columns;
        int gridRight = LEFT + columns * (TILE + GAP);
        Canvas canvas = new Canvas(gridRight + 90, TOP + rows * (LABEL + TILE + GAP) + FOOTER);
        canvas.font(18, true);
        canvas.centred(title, gridRight / 2.0, TOP / 2.0 - 4, Color.BLACK);
        for (int j = 0; j < k; j++) {
            Rectangle r = tile(k, j);
            canvas.font(14, false);
            canvas.centred(classNames.get(j), r.getCenterX(), r.y - LABEL / 2.0, Color.BLACK);
            drawTemplate(canvas, v, k, j, height, width, scale, r);
        }
        drawColourBar(canvas, gridRight + 10, TOP + LABEL, rows * (LABEL + TILE + GAP) - LABEL - GAP, scale);
        canvas.font(13, false);
        canvas.centred(String.format("red: evidence for the class · blue: against · white: 0   (shared scale ±%.3g)",
                scale), canvas.image.getWidth() / 2.0, canvas.image.getHeight() - FOOTER / 2.0, Color.DARK_GRAY);
        return Png.write(canvas.finish(), file);
    }

    /** Where template j of k goes: the image area, below its name. */
    static Rectangle tile(int k, int j) {
        int columns = Math.min(k, COLUMNS);
        int x = LEFT + (j % columns) * (TILE + GAP);
        int y = TOP + (j / columns) * (LABEL + TILE + GAP) + LABEL;
        return new Rectangle(x, y, TILE, TILE);
    }

    /** Pixel (r, c) of template j is {@code W[width·r + c, j]}, i.e. {@code v[(width·r + c)·k + j]}. */
    private static void drawTemplate(Canvas canvas, double[] v, int k, int j, int height, int width,
            double scale, Rectangle area) {
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                double weight = v[(width * r + c) * k + j];
                canvas.g.setColor(Palette.diverging(scale == 0 ? 0 : weight / scale));
                int x0 = area.x + c * area.width / width;
                int y0 = area.y + r * area.height / height;
                canvas.g.fillRect(x0, y0, area.x + (c + 1) * area.width / width - x0,
                        area.y + (r + 1) * area.height / height - y0);
            }
        }
        canvas.g.setColor(Color.GRAY);
        canvas.g.drawRect(area.x, area.y, area.width - 1, area.height - 1);
    }

    /** A vertical bar from −scale (blue, bottom) through 0 (white) to +scale (red, top). */
    private static void drawColourBar(Canvas canvas, int x, int top, int length, double scale) {
        for (int y = 0; y < length; y++) {
            canvas.g.setColor(Palette.diverging(1 - 2.0 * y / (length - 1)));
            canvas.g.fillRect(x, top + y, BAR, 1);
        }
        canvas.g.setColor(Color.GRAY);
        canvas.g.drawRect(x, top, BAR, length - 1);
        canvas.font(12, false);
        String[] labels = {String.format("+%.2g", scale), "0", String.format("−%.2g", scale)};
        for (int i = 0; i < 3; i++) {
            double y = top + (length - 1) * i / 2.0;
            canvas.g.setColor(Color.GRAY);                  // centred() below leaves the colour black
            canvas.g.drawLine(x + BAR, (int) y, x + BAR + 4, (int) y);
            canvas.centred(labels[i], x + BAR + 8 + canvas.width(labels[i]) / 2.0, y, Color.BLACK);
        }
    }

    private static int check(Tensor w, int height, int width, List<String> names) {
        if (height < 1 || width < 1 || w.rank() != 2 || w.shape().dim(0) != height * width) {
            throw new IllegalArgumentException(String.format("WeightImagesPlot: W is %s; to draw %d × %d "
                    + "images it must be [%d, k], one row per pixel and one column per class.",
                    w.shape(), height, width, height * width));
        }
        int k = w.shape().dim(1);
        if (names.size() != k) {
            throw new IllegalArgumentException(String.format("WeightImagesPlot: W is %s (%d classes) but "
                    + "there are %d class names; give one per column.", w.shape(), k, names.size()));
        }
        return k;
    }
}
