package org.chainrule.lab;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.core.Rng;
import org.chainrule.core.Tensor;
import org.chainrule.models.Activation;
import org.chainrule.models.Mlp;
import org.chainrule.plots.CostScalingPlot;

/**
 * {@code chainrule demo backprop-cost}: the gradient of the loss with respect to every parameter,
 * two ways, for networks of growing size.
 * <pre>
 *   central differences:  ∂L/∂w ≈ (L(w + h) − L(w − h)) / 2h     two forward passes per parameter
 *   backpropagation:      one forward pass, then one backward pass for all parameters at once
 * </pre>
 * The notes: backpropagation stores the upstream gradient and reuses it, where the forward way
 * recomputes W1's part for every parameter.
 */
final class BackpropCostDemo implements Demo {
    /** Hidden widths of the networks 16-h-4. */
    static final int[] WIDTHS = {1, 2, 4, 8, 16, 32, 64, 128};
    static final int ROWS = 32;
    static final int FEATURES = 16;
    static final int CLASSES = 4;
    /** Sweeps of central differences timed per network; the fastest is reported. */
    static final int SWEEPS = 2;
    /** The step h of the central differences (as GradCheck's). */
    static final double STEP = 1e-6;

    @Override
    public String name() {
        return "backprop-cost";
    }

    @Override
    public String summary() {
        return "every parameter's gradient: central differences (2 forward passes each) vs one backward pass";
    }

    /** One network's measurements. */
    record Row(int width, int parameters, long forwardPasses, double forwardMs, double backpropMs, double differencesMs,
               double worstGap) {
    }

    @Override
    public void run(Context context) {
        PrintStream out = context.out();
        Rng rng = Rng.seed(context.seed() == null ? 2020 : context.seed());
        Tensor x = rng.normal(0, 1, ROWS, FEATURES);
        int[] labels = new int[ROWS];
        for (int i = 0; i < ROWS; i++) {
            labels[i] = i % CLASSES;
        }
        out.printf("The gradient of the cross-entropy of an MLP %d-h-%d (tanh), batch %d, with respect to every parameter:%n",
                FEATURES, CLASSES, ROWS);
        out.println("central differences nudge one parameter at a time (two forward passes each); backpropagation does one");
        out.println("forward and one backward pass for all of them. Same gradients, different cost (times: the fastest");
        out.println("of a few turns, which a busy machine disturbs least):");
        out.println();
        out.println("  width  parameters  forward passes  1 forward   backprop  central diff.   cd / bp  backprop in     max gap");
        out.println("                    of central diff.         ms         ms             ms            forward passes");
        double[] sizes = new double[WIDTHS.length];
        double[] bp = new double[WIDTHS.length];
        double[] cd = new double[WIDTHS.length];
        for (int w = 0; w < WIDTHS.length; w++) {
            Row row = measure(WIDTHS[w], x, labels);
            sizes[w] = row.parameters();
            bp[w] = row.backpropMs();
            cd[w] = row.differencesMs();
            out.printf("  %5d  %10d  %14d  %9.4f  %9.4f  %13.2f  %7.0f×  %14.1f  %10.1e%n", row.width(), row.parameters(),
                    row.forwardPasses(), row.forwardMs(), row.backpropMs(), row.differencesMs(),
                    row.differencesMs() / row.backpropMs(), row.backpropMs() / row.forwardMs(), row.worstGap());
        }
        Path png = CostScalingPlot.write("Gradient of every parameter: cost against network size", "parameters",
                "milliseconds (log)", sizes, List.of(new CostScalingPlot.Line("central differences (2 forward passes each)", cd),
                        new CostScalingPlot.Line("backpropagation (one backward pass)", bp)),
                context.outDir().resolve("backprop-cost.png"));
        out.println();
        out.println("Central differences cost two forward passes per parameter, and a forward pass grows with the network,");
        out.println("so their cost grows like parameters² (slope 2 on the picture). Backpropagation costs a few forward");
        out.println("passes whatever the number of parameters (slope 1). Max gap: the largest |difference − backprop| /");
        out.println("max(1, |backprop|) over all parameters: the two agree.");
        out.println("  picture: " + png + " (log-log)");
        out.println();
        out.println("The backward pass reuses the upstream instead of recomputing: each gate's upstream gradient is computed");
        out.println("once and handed to every input below it, where the forward way recomputes W1's part for every parameter.");
    }

    /** Times the three computations on one network and compares the two gradients. */
    static Row measure(int width, Tensor x, int[] labels) {
        Mlp model = new Mlp(new int[] {FEATURES, width, CLASSES}, Activation.TANH, Rng.seed(width));
        List<Node> params = model.parameters();
        Node input = Node.constant(x);
        double[] ms = Clock.perCallInTurns(5, 10, () -> model.loss(input, labels).item(), () -> {
            for (Node p : params) {
                p.zeroGrad();
            }
            model.loss(input, labels).backward();
        });
        double forwardMs = ms[0];
        double backpropMs = ms[1];
        for (Node p : params) {
            p.zeroGrad();
        }
        model.loss(input, labels).backward();
        long[] passes = {0};
        double[][] numeric = new double[params.size()][];
        double differencesMs = Double.POSITIVE_INFINITY;
        for (int sweep = 0; sweep < SWEEPS; sweep++) {         // the best sweep: the least disturbed
            passes[0] = 0;
            long start = System.nanoTime();
            for (int k = 0; k < params.size(); k++) {
                numeric[k] = centralDifferences(model, params.get(k), input, labels, passes);
            }
            differencesMs = Math.min(differencesMs, (System.nanoTime() - start) / 1e6);
        }
        double worst = 0;
        int parameters = 0;
        for (int k = 0; k < params.size(); k++) {
            double[] exact = params.get(k).grad().toArray();
            parameters += exact.length;
            for (int i = 0; i < exact.length; i++) {
                worst = Math.max(worst, Math.abs(numeric[k][i] - exact[i]) / Math.max(1, Math.abs(exact[i])));
            }
        }
        return new Row(width, parameters, passes[0], forwardMs, backpropMs, differencesMs, worst);
    }

    /** ∂L/∂p for every element of {@code p}, two forward passes each, counted in {@code passes}. */
    private static double[] centralDifferences(Mlp model, Node p, Node input, int[] labels, long[] passes) {
        Tensor original = p.value();
        double[] at = original.toArray();
        double[] slope = new double[at.length];
        for (int i = 0; i < at.length; i++) {
            double[] moved = at.clone();
            moved[i] = at[i] + STEP;
            p.assign(Tensor.of(original.shape(), moved));
            double up = model.loss(input, labels).item();
            moved[i] = at[i] - STEP;
            p.assign(Tensor.of(original.shape(), moved));
            double down = model.loss(input, labels).item();
            passes[0] += 2;
            slope[i] = (up - down) / (2 * STEP);
        }
        p.assign(original);
        return slope;
    }
}
