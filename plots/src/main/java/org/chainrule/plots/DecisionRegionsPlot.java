package org.chainrule.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.chainrule.models.data.Dataset;

/**
 * What a classifier says about every point of the plane: the background is painted in the pale
 * colour of the class predicted there, the class borders are traced, and the labelled points go on
 * top. Where a binary logistic model draws one straight line, softmax regression draws several
 * straight borders meeting at corners, and an MLP bends them (XOR, spirals).
 *
 * <pre>
 *   DecisionRegionsPlot.write(xor, mlp::predict, "MLP 2-8-2 on XOR", Path.of("out/xor-regions.png"));
 * </pre>
 *
 * How: the view is cut into cells of {@value #CELL} × {@value #CELL} pixels; the centres of all
 * cells go to {@code predict} as one batch (one matrix product per layer, not a loop of points).
 */
public final class DecisionRegionsPlot {
    static final int WIDTH = 720;
    static final int HEIGHT = 600;
    /** Pixels from the picture's left edge to the plot area (room for the y ticks). */
    static final int LEFT = 70;
    /** Pixels from the top edge to the plot area (room for the title). */
    static final int TOP = 50;
    /** The side of the square plot area. */
    static final int PLOT = 480;
    /** The side in pixels of one cell of the prediction grid. */
    static final int CELL = 2;
    /** The view extends this share of the points' range beyond them on every side. */
    static final double MARGIN = 0.25;
    private static final int DOT = 11;

    private DecisionRegionsPlot() {
    }

    /**
     * Paints the predicted class over the plane, draws the points, writes a PNG of 720 × 600 pixels.
     *
     * @param data the points, features {@code [n, 2]} (x is column 0, y column 1), n at least 1, with
     *     their true labels and the k class names
     * @param predict the model: features {@code [m, 2]} → m class indices, e.g. {@code model::predict}
     * @param title the line above the picture
     * @param file where to write the PNG; missing parent folders are created
     * @return {@code file}
     * @throws IllegalArgumentException if the points are not in the plane, or predict does not answer every row
     */
    public static Path write(Dataset data, Function<Tensor, int[]> predict, String title, Path file) {
        return write(data, predict, title, "x0", "x1", file);
    }

    /**
     * The same, with the axes named after the features, e.g. {@code "petal length (cm)"}.
     *
     * @param data the points, features {@code [n, 2]}, with their true labels and the k class names
     * @param predict the model: features {@code [m, 2]} → m class indices
     * @param title the line above the picture
     * @param xName what column 0 of the features is
     * @param yName what column 1 of the features is
     * @param file where to write the PNG; missing parent folders are created
     * @return {@code file}
     */
    public static Path write(Dataset data, Function<Tensor, int[]> predict, String title, String xName, String yName,
            Path file) {
        double[][] xy = Points.columns("DecisionRegionsPlot", data);
        double[] xr = Points.range(xy[0], MARGIN);
        double[] yr = Points.range(xy[1], MARGIN);
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        int[][] regions = predictGrid(predict, xr, yr);
        paintRegions(canvas, regions);
        drawPoints(canvas, xy, data.labels(), xr, yr);
        drawAxes(canvas, xr, yr, xName, yName);
        canvas.font(18, true);
        canvas.centred(title, LEFT + PLOT / 2.0, TOP / 2.0, Color.BLACK);
        drawLegend(canvas, data.classNames());
        return Png.write(canvas.finish(), file);
    }

    /** The centres of all cells, row by row from the top: {@code [side², 2]}, side = PLOT / CELL. */
    static Tensor cellCentres(double[] xr, double[] yr) {
        int side = PLOT / CELL;
        double[] grid = new double[2 * side * side];
        for (int row = 0; row < side; row++) {
            for (int col = 0; col < side; col++) {
                int i = row * side + col;
                grid[2 * i] = xr[0] + (col + 0.5) / side * (xr[1] - xr[0]);
                grid[2 * i + 1] = yr[1] - (row + 0.5) / side * (yr[1] - yr[0]);
            }
        }
        return Tensor.of(Shape.of(side * side, 2), grid);
    }

    /** The class predicted at the centre of every cell: {@code [row][col]}, row 0 at the top. */
    private static int[][] predictGrid(Function<Tensor, int[]> predict, double[] xr, double[] yr) {
        int side = PLOT / CELL;
        int[] classes = predict.apply(cellCentres(xr, yr));
        if (classes.length != side * side) {
            throw new IllegalArgumentException(String.format("DecisionRegionsPlot: predict returned %d "
                    + "classes for %d points; it must return one class per row.", classes.length, side * side));
        }
        int[][] regions = new int[side][side];
        for (int row = 0; row < side; row++) {
            System.arraycopy(classes, row * side, regions[row], 0, side);
        }
        return regions;
    }

    /** Pale class colours, with a dark pixel wherever a cell's class differs from its right or lower neighbour. */
    private static void paintRegions(Canvas canvas, int[][] regions) {
        int side = regions.length;
        for (int row = 0; row < side; row++) {
            for (int col = 0; col < side; col++) {
                int c = regions[row][col];
                boolean border = (col + 1 < side && regions[row][col + 1] != c)
                        || (row + 1 < side && regions[row + 1][col] != c);
                canvas.g.setColor(border ? Color.DARK_GRAY : Palette.region(c));
                canvas.g.fillRect(LEFT + col * CELL, TOP + row * CELL, CELL, CELL);
            }
        }
    }

    static void drawPoints(Canvas canvas, double[][] xy, int[] labels, double[] xr, double[] yr) {
        canvas.g.setStroke(new BasicStroke(1.2f));
        for (int i = 0; i < labels.length; i++) {
            double px = LEFT + (xy[0][i] - xr[0]) / (xr[1] - xr[0]) * PLOT - DOT / 2.0;
            double py = TOP + (yr[1] - xy[1][i]) / (yr[1] - yr[0]) * PLOT - DOT / 2.0;
            canvas.g.setColor(Palette.of(labels[i]));
            canvas.g.fillOval((int) Math.round(px), (int) Math.round(py), DOT, DOT);
            canvas.g.setColor(Color.BLACK);
            canvas.g.drawOval((int) Math.round(px), (int) Math.round(py), DOT, DOT);
        }
    }

    /** A frame, round-number ticks on both axes, and the axis titles. */
    static void drawAxes(Canvas canvas, double[] xr, double[] yr, String xName, String yName) {
        canvas.g.setStroke(new BasicStroke(1f));
        canvas.g.setColor(Color.GRAY);
        canvas.g.drawRect(LEFT, TOP, PLOT, PLOT);
        canvas.font(12, false);
        for (double t : Ticks.between(xr[0], xr[1], 6)) {
            int px = (int) Math.round(LEFT + (t - xr[0]) / (xr[1] - xr[0]) * PLOT);
            canvas.g.setColor(Color.GRAY);
            canvas.g.drawLine(px, TOP + PLOT, px, TOP + PLOT + 5);
            canvas.centred(Ticks.label(t), px, TOP + PLOT + 16, Color.BLACK);
        }
        for (double t : Ticks.between(yr[0], yr[1], 6)) {
            int py = (int) Math.round(TOP + (yr[1] - t) / (yr[1] - yr[0]) * PLOT);
            canvas.g.setColor(Color.GRAY);
            canvas.g.drawLine(LEFT - 5, py, LEFT, py);
            canvas.rightAligned(Ticks.label(t), LEFT - 8, py, Color.BLACK);
        }
        canvas.font(14, false);
        canvas.centred(xName, LEFT + PLOT / 2.0, TOP + PLOT + 40, Color.BLACK);
        canvas.vertical(yName, 18, TOP + PLOT / 2.0, Color.BLACK);
    }

    /** One dot and name per class, right of the plot. */
    static void drawLegend(Canvas canvas, List<String> classNames) {
        int x = LEFT + PLOT + 20;
        canvas.font(13, false);
        for (int c = 0; c < classNames.size(); c++) {
            int y = TOP + 10 + 24 * c;
            canvas.g.setColor(Palette.of(c));
            canvas.g.fillOval(x, y - DOT / 2, DOT, DOT);
            canvas.g.setColor(Color.BLACK);
            canvas.g.drawOval(x, y - DOT / 2, DOT, DOT);
            String name = classNames.get(c);
            canvas.g.drawString(name.length() > 16 ? name.substring(0, 15) + "…" : name, x + DOT + 8, y + 5);
        }
    }
}
