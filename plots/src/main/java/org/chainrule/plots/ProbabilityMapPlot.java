package org.chainrule.plots;

import static org.chainrule.plots.DecisionRegionsPlot.CELL;
import static org.chainrule.plots.DecisionRegionsPlot.LEFT;
import static org.chainrule.plots.DecisionRegionsPlot.PLOT;
import static org.chainrule.plots.DecisionRegionsPlot.TOP;

import java.awt.Color;
import java.nio.file.Path;
import java.util.function.Function;
import org.chainrule.core.Tensor;
import org.chainrule.models.data.Dataset;

/**
 * What a binary model believes at every point of the plane: the background is coloured by the
 * probability h(x) = P(y = 1 | x) it gives there — blue for 0, white for 1/2, red for 1 (the
 * classes' colours) — with the labelled points on top and a colour bar for reading it.
 *
 * <pre>
 *   ProbabilityMapPlot.write(xor, model::probabilities, "XOR: logistic regression", "x0", "x1",
 *           Path.of("out/xor-probability.png"));
 * </pre>
 *
 * Unlike {@link DecisionRegionsPlot}, no class border is drawn: where a model is undecided
 * (h ≈ 1/2) the picture is white, and a border drawn there would only show how rounding broke
 * the ties.
 */
public final class ProbabilityMapPlot {
    static final int WIDTH = DecisionRegionsPlot.WIDTH;
    static final int HEIGHT = DecisionRegionsPlot.HEIGHT;
    /** Where the colour bar starts, right of the plot area. */
    static final int BAR_LEFT = LEFT + PLOT + 40;
    private static final int BAR_WIDTH = 24;

    private ProbabilityMapPlot() {
    }

    /**
     * Colours the plane by h(x), draws the points, writes a PNG of 720 × 600 pixels.
     *
     * @param data the points, features {@code [n, 2]}, n at least 1, with labels 0/1 and the two class names
     * @param probability the model: features {@code [m, 2]} → P(y = 1) as {@code [m, 1]} or {@code [m]},
     *     e.g. {@code model::probabilities}
     * @param title the line above the picture
     * @param xName what column 0 of the features is
     * @param yName what column 1 of the features is
     * @param file where to write the PNG; missing parent folders are created
     * @return {@code file}
     * @throws IllegalArgumentException if probability does not give one number per point
     */
    public static Path write(Dataset data, Function<Tensor, Tensor> probability, String title, String xName,
            String yName, Path file) {
        double[][] xy = Points.columns("ProbabilityMapPlot", data);
        double[] xr = Points.range(xy[0], DecisionRegionsPlot.MARGIN);
        double[] yr = Points.range(xy[1], DecisionRegionsPlot.MARGIN);
        Tensor cells = DecisionRegionsPlot.cellCentres(xr, yr);
        double[] h = probability.apply(cells).toArray();
        if (h.length != cells.shape().dim(0)) {
            throw new IllegalArgumentException(String.format("ProbabilityMapPlot: probability returned %d numbers "
                    + "for %d points [%d, 2]; it must return one P(y = 1) per row.", h.length,
                    cells.shape().dim(0), cells.shape().dim(0)));
        }
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        int side = PLOT / CELL;
        for (int i = 0; i < h.length; i++) {
            canvas.g.setColor(colour(h[i]));
            canvas.g.fillRect(LEFT + (i % side) * CELL, TOP + (i / side) * CELL, CELL, CELL);
        }
        DecisionRegionsPlot.drawPoints(canvas, xy, data.labels(), xr, yr);
        DecisionRegionsPlot.drawAxes(canvas, xr, yr, xName, yName);
        drawBar(canvas);
        canvas.font(18, true);
        canvas.centred(title, LEFT + PLOT / 2.0, TOP / 2.0, Color.BLACK);
        return Png.write(canvas.finish(), file);
    }

    /** Blue at h = 0, white at 1/2, red at 1. */
    static Color colour(double h) {
        return Palette.diverging(2 * h - 1);
    }

    /** A vertical bar from h = 1 (top) to h = 0, with ticks at 0, 0.25, 0.5, 0.75 and 1. */
    private static void drawBar(Canvas canvas) {
        for (int y = 0; y < PLOT; y++) {
            canvas.g.setColor(colour(1 - (y + 0.5) / PLOT));
            canvas.g.fillRect(BAR_LEFT, TOP + y, BAR_WIDTH, 1);
        }
        canvas.g.setColor(Color.GRAY);
        canvas.g.drawRect(BAR_LEFT, TOP, BAR_WIDTH, PLOT);
        canvas.font(12, false);
        for (int q = 0; q <= 4; q++) {
            int y = TOP + PLOT - q * PLOT / 4;
            canvas.g.setColor(Color.GRAY);
            canvas.g.drawLine(BAR_LEFT + BAR_WIDTH, y, BAR_LEFT + BAR_WIDTH + 5, y);
            canvas.rightAligned(Ticks.label(q / 4.0), BAR_LEFT + BAR_WIDTH + 40, y, Color.BLACK);
        }
        canvas.font(14, false);
        canvas.vertical("h(x) = P(y = 1)", BAR_LEFT + BAR_WIDTH + 62, TOP + PLOT / 2.0, Color.BLACK);
    }
}
