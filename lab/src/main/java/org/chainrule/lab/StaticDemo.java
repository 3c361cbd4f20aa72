package org.chainrule.lab;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.autograd.StaticGraph;
import org.chainrule.core.Rng;
import org.chainrule.core.Tensor;
import org.chainrule.models.Activation;
import org.chainrule.models.Classifier;
import org.chainrule.models.train.History;
import org.chainrule.models.LogisticRegression;
import org.chainrule.models.Mlp;
import org.chainrule.models.train.Trainer;
import org.chainrule.models.train.TrainingConfig;
import org.chainrule.models.data.Dataset;
import org.chainrule.models.data.Datasets;
import org.chainrule.models.data.LabelEncoding;
import org.chainrule.models.data.Standardizer;
import org.chainrule.models.loss.LogLoss;
import org.chainrule.models.optim.Sgd;
import org.chainrule.plots.CostScalingPlot;

/**
 * {@code chainrule demo static}: the notes' "fixing the computation nodes in advance makes
 * backpropagation fast — why TensorFlow 1.0 is inflexible but fast". The same training, eager
 * ({@code Node}, define-by-run) and traced ({@link StaticGraph}, define-then-run), timed side by
 * side, with the same bits; where the time went; and what a static graph cannot do.
 */
final class StaticDemo implements Demo {
    static final int MLP_EPOCHS = 5;
    static final int[] WIDTHS = {8, 32, 128, 512};
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Override
    public String name() {
        return "static";
    }

    @Override
    public String summary() {
        return "trace once, replay: the notes' 5001 steps and an MLP, eager vs traced, same bits, timed";
    }

    @Override
    public void run(Context context) {
        PrintStream out = context.out();
        out.println("The notes: fixing the computation nodes in advance makes backpropagation fast — why TensorFlow 1.0");
        out.println("is inflexible but fast. Eager (Node): every step builds the graph again, a node and a gate per");
        out.println("operation, sorts it for backward, and allocates a tensor for every value and gradient. Traced");
        out.println("(StaticGraph): run the step once, record its gates, then replay them on buffers allocated once.");
        out.println();
        Dataset seed = Datasets.seedTrain();
        LogisticRegression notes = new LogisticRegression(LogisticDemo.W0, LogisticDemo.B0);
        StaticGraph tape = StaticGraph.trace((x, y) -> LogLoss.ofLogits(notes.forward(x), y),
                seed.features(), LabelEncoding.column(seed.labels(), 1));
        out.println("The notes' cost (the log loss, in its stable form from the logits), traced (one line per gate;");
        out.println("the kernel that replays it in brackets):");
        tape.toString().lines().forEach(line -> out.println("  " + line));
        out.println();

        double[] logistic = logisticRun(out, seed);
        double[] mlp = mlpEpochs(out);
        whereTheTimeWent(out, seed, tape.steps(), logistic, mlp);
        Path png = widthSweep(out, context.outDir().resolve("static-graph.png"));
        out.println("  picture: " + png + " (time per training step against the MLP's size, log-log)");
        out.println();
        cannot(out, tape, seed);
    }

    /** The notes' 5001 steps both ways: {eager ms, traced ms}. */
    private static double[] logisticRun(PrintStream out, Dataset seed) {
        TrainingConfig config = TrainingConfig.steps(LogisticDemo.STEPS, TrainingConfig.FULL_BATCH, 0.01, 2020, 0);
        History[] runs = new History[2];
        LogisticRegression[] models = new LogisticRegression[2];
        double[] ms = Clock.interleaved(5, 9, () -> {
            models[0] = new LogisticRegression(LogisticDemo.W0, LogisticDemo.B0);
            runs[0] = new Trainer(config).printingTo(QUIET).fit(models[0], seed);
        }, () -> {
            models[1] = new LogisticRegression(LogisticDemo.W0, LogisticDemo.B0);
            runs[1] = new Trainer(config).traced().printingTo(QUIET).fit(models[1], seed);
        });
        out.printf("1. The notes' run: logistic regression, 6 points, %d full-batch steps, lr 0.01 (best of 9, in turns)%n",
                LogisticDemo.STEPS);
        out.printf("   eager  %8.2f ms   traced  %8.2f ms   %5.1f× faster   final cost %.7f   same bits: %s%n%n",
                ms[0], ms[1], ms[0] / ms[1], runs[1].losses()[LogisticDemo.STEPS - 1], same(runs, models));
        return ms;
    }

    /** An MLP 64-128-10 on the digits, both ways: {eager ms per epoch, traced ms per epoch}. */
    private static double[] mlpEpochs(PrintStream out) {
        Dataset data = digits();
        TrainingConfig config = TrainingConfig.epochs(MLP_EPOCHS, 64, 0.1, 2020, 0);
        History[] runs = new History[2];
        Mlp[] models = new Mlp[2];
        double[] ms = Clock.interleaved(1, 3, () -> {
            models[0] = new Mlp(new int[] {64, 128, 10}, Activation.RELU, Rng.seed(2020));
            runs[0] = new Trainer(config).printingTo(QUIET).fit(models[0], data);
        }, () -> {
            models[1] = new Mlp(new int[] {64, 128, 10}, Activation.RELU, Rng.seed(2020));
            runs[1] = new Trainer(config).traced().printingTo(QUIET).fit(models[1], data);
        });
        out.printf("2. MLP 64-128-10 (ReLU) on the %d digits, batch 64, lr 0.1, %d epochs (best of 3, in turns)%n",
                data.size(), MLP_EPOCHS);
        out.printf("   eager  %8.2f ms/epoch   traced  %8.2f ms/epoch   %5.1f× faster   same bits: %s%n%n",
                ms[0] / MLP_EPOCHS, ms[1] / MLP_EPOCHS, ms[0] / ms[1], same(runs, models));
        return new double[] {ms[0] / MLP_EPOCHS, ms[1] / MLP_EPOCHS};
    }

    static Dataset digits() {
        Dataset raw = Datasets.digits();
        return Standardizer.fit(raw.features()).transform(raw);
    }

    /** "yes" when both runs have the same losses and parameters, bit for bit. */
    private static String same(History[] runs, Classifier[] models) {
        boolean same = Arrays.equals(runs[0].losses(), runs[1].losses());
        for (int i = 0; i < models[0].parameters().size(); i++) {
            same &= models[0].parameters().get(i).value().equals(models[1].parameters().get(i).value());
        }
        return same ? "yes" : "NO";
    }

    /** Allocation and graph building per step, measured, and the sentence that explains the timings. */
    private static void whereTheTimeWent(PrintStream out, Dataset seed, int gates, double[] logistic, double[] mlp) {
        long[] notesBytes = bytesPerStep(new LogisticRegression(LogisticDemo.W0, LogisticDemo.B0), seed);
        Dataset batch = digits().take(range(64));
        long[] mlpBytes = bytesPerStep(new Mlp(new int[] {64, 128, 10}, Activation.RELU, Rng.seed(2020)), batch);
        out.println("3. Where the time went, per training step (allocation measured by the JVM):");
        out.printf("   notes' run: eager builds %d nodes and allocates %,d bytes; traced builds none and allocates %,d bytes%n",
                gates, notesBytes[0], notesBytes[1]);
        out.printf("   MLP step:   eager allocates %,d bytes; traced allocates %,d bytes%n", mlpBytes[0], mlpBytes[1]);
        out.printf("   For six points the arithmetic is a few hundred additions, so an eager step is nearly all overhead —%n");
        out.printf("   allocation, building and sorting %d nodes, and dispatch through the Node and Tensor methods — and%n", gates);
        out.printf("   replaying the tape removes most of it (%.1f× faster). In the MLP the matrix products dominate and both%n",
                logistic[0] / logistic[1]);
        out.printf("   ways pay them alike, so the gain is smaller (%.1f×). The same step for other widths (the picture):%n%n",
                mlp[0] / mlp[1]);
    }

    /** Bytes allocated by one training step, {eager, traced}, averaged over 200 steps after warming up. */
    static long[] bytesPerStep(Classifier model, Dataset batch) {
        int steps = 200;
        Sgd sgd = new Sgd(1e-9);
        List<Node> params = model.parameters();
        Node x = Node.constant(batch.features());
        Runnable eager = () -> {
            for (int i = 0; i < steps; i++) {
                sgd.zeroGrad(params);
                Node loss = model.loss(x, batch.labels());
                loss.backward();
                sgd.step(params);
            }
        };
        StaticGraph graph = traceLoss(model, batch);
        Tensor targets = targets(model, batch);
        Runnable traced = () -> {
            for (int i = 0; i < steps; i++) {
                graph.forward(batch.features(), targets);
                graph.backward();
                sgd.step(graph);
            }
        };
        graph.checkPaths(false);
        eager.run();
        traced.run();
        return new long[] {Clock.allocatedBy(eager) / steps, Clock.allocatedBy(traced) / steps};
    }

    /** The model's loss traced with the batch's features and targets as inputs. */
    static StaticGraph traceLoss(Classifier model, Dataset batch) {
        if (model instanceof LogisticRegression logistic) {
            return StaticGraph.trace((x, y) -> LogLoss.ofLogits(logistic.forward(x), y),
                    batch.features(), targets(model, batch));
        }
        return StaticGraph.trace((x, t) -> Node.crossEntropy(model.forward(x), t.value()),
                batch.features(), targets(model, batch));
    }

    private static Tensor targets(Classifier model, Dataset batch) {
        return model instanceof LogisticRegression ? LabelEncoding.column(batch.labels(), 1)
                : LabelEncoding.oneHot(batch.labels(), 10);
    }

    static int[] range(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    /** Time per step of MLPs 64-h-10 for growing h, eager and traced; writes the log-log picture. */
    private static Path widthSweep(PrintStream out, Path file) {
        Dataset batch = digits().take(range(64));
        double[] sizes = new double[WIDTHS.length];
        double[] eagerMs = new double[WIDTHS.length];
        double[] tracedMs = new double[WIDTHS.length];
        out.println("   hidden width   parameters   eager µs/step   traced µs/step   traced is");
        for (int w = 0; w < WIDTHS.length; w++) {
            Mlp model = new Mlp(new int[] {64, WIDTHS[w], 10}, Activation.RELU, Rng.seed(1));
            List<Node> params = model.parameters();
            Sgd sgd = new Sgd(1e-9);
            Node x = Node.constant(batch.features());
            StaticGraph graph = traceLoss(model, batch).checkPaths(false);
            Tensor targets = targets(model, batch);
            Runnable eager = () -> {
                sgd.zeroGrad(params);
                model.loss(x, batch.labels()).backward();
                sgd.step(params);
            };
            Runnable traced = () -> {
                graph.forward(batch.features(), targets);
                graph.backward();
                sgd.step(graph);
            };
            double[] ms = Clock.perCallInTurns(3, 20, eager, traced);
            eagerMs[w] = ms[0];
            tracedMs[w] = ms[1];
            sizes[w] = 0;
            for (Node p : params) {
                sizes[w] += p.value().size();
            }
            out.printf("   %12d   %10.0f   %13.1f   %14.1f   %4.1f× faster%n", WIDTHS[w], sizes[w], eagerMs[w] * 1e3,
                    tracedMs[w] * 1e3, eagerMs[w] / tracedMs[w]);
        }
        return CostScalingPlot.write("One training step of an MLP 64-h-10, batch 64", "parameters",
                "milliseconds per step (log)", sizes, List.of(new CostScalingPlot.Line("eager (Node)", eagerMs),
                        new CostScalingPlot.Line("traced (StaticGraph)", tracedMs)), file);
    }

    /** The two things a static graph refuses, with its own words. */
    private static void cannot(PrintStream out, StaticGraph tape, Dataset seed) {
        out.println("4. What a static graph cannot do (the notes: inflexible):");
        try {
            tape.forward(seed.features().rows(0, 5), LabelEncoding.column(Arrays.copyOf(seed.labels(), 5), 1));
        } catch (RuntimeException e) {
            out.println("   another shape:  " + e.getMessage());
        }
        Node w = Node.of(Tensor.of(1.0, 1.0)).named("w");
        StaticGraph branchy = StaticGraph.trace(x -> x.sum().item() > 0 ? x.mul(w).sum() : x.neg().mul(w).sum(),
                Tensor.of(1.0, 2.0));
        try {
            branchy.forward(Tensor.of(-1.0, -2.0));
        } catch (RuntimeException e) {
            out.println("   an if on values (x -> x.sum().item() > 0 ? x.mul(w).sum() : x.neg().mul(w).sum()):");
            out.println("                   " + e.getMessage());
        }
        out.println();
        out.println("Eager graphs follow any Java code and any shape, which is why PyTorch (and TensorFlow 2) made them the");
        out.println("default; a traced graph gives that up for speed, and tf.function / torch.jit.trace bring it back on request.");
    }
}
