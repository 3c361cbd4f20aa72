package org.chainrule.lab;

import java.io.PrintStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.core.Rng;
import org.chainrule.core.Tensor;
import org.chainrule.models.Activation;
import org.chainrule.models.Mlp;
import org.chainrule.models.data.Dataset;
import org.chainrule.models.data.Datasets;
import org.chainrule.models.metrics.ConfusionMatrix;
import org.chainrule.models.train.History;
import org.chainrule.models.train.Trainer;
import org.chainrule.models.train.TrainingConfig;

/**
 * {@code chainrule demo seeds}: the notes' {@code tf.random.set_seed} lesson. A small MLP learns
 * XOR from a random start three times: twice with one seed (the runs are bit-identical, every loss
 * and every weight) and once with the next seed (another start, another run — and sometimes
 * another outcome, which is why models are compared from the same start).
 */
final class SeedsDemo implements Demo {
    static final long DEFAULT_SEED = 2020;
    /** The network: 2 inputs, 4 ReLU units, 2 classes — small enough that the start matters. */
    static final int[] SIZES = {2, 4, 2};
    static final int STEPS = 1000;
    static final double LEARNING_RATE = 0.5;

    @Override
    public String name() {
        return "seeds";
    }

    @Override
    public boolean writesFiles() {
        return false;
    }

    @Override
    public String summary() {
        return "set_seed: the same seed twice is bit-identical; another seed is another run";
    }

    @Override
    public void run(Context context) {
        PrintStream out = context.out();
        long seed = context.seed() == null ? DEFAULT_SEED : context.seed();
        Dataset xor = Datasets.xor();
        out.println("The notes' tf.random.set_seed: fix where the random start is, so that two runs — or two models —");
        out.println("are compared from the same point. In Chainrule: Rng.seed(n).");
        out.printf("An MLP %s with ReLU learns XOR: %d full-batch steps, learning rate %s, weights drawn from "
                + "Rng.seed(seed).%n%n", Arrays.toString(SIZES), STEPS, LEARNING_RATE);
        Run a = Run.train(seed, xor);
        Run b = Run.train(seed, xor);
        Run c = Run.train(seed + 1, xor);
        for (Run r : List.of(a, b, c)) {
            out.printf("  seed %d: W1's first row starts %s; final loss %s, accuracy %.2f%n",
                    r.seed, r.startRow, r.history.finalLoss(), r.accuracy);
        }
        out.println();
        out.printf("Seed %d twice: every one of the %d losses and every final weight equal, bit for bit.%n",
                seed, STEPS);
        out.printf("  bit-identical: %s%n", a.sameAs(b));
        out.printf("Seed %d vs seed %d: a different start, so a different run.%n", seed, seed + 1);
        out.printf("  bit-identical: %s; final losses %s vs %s%n", a.sameAs(c), a.history.finalLoss(), c.history.finalLoss());
        out.println();
        for (Run r : List.of(a, c)) {
            if (r.stuckAtLn2()) {
                explainStuck(r, out);
            }
        }
        if (a.accuracy != c.accuracy) {
            out.printf("Same model, same data, same learning rate — yet accuracy %.2f with one seed and %.2f with "
                    + "the other. Compared from different starts, one model could look better than another "
                    + "for no reason of its own: the notes' reason to fix the seed.%n", a.accuracy, c.accuracy);
        } else {
            out.println("Both seeds end at the same accuracy here; with other seeds a start can leave ReLU units "
                    + "dead and the network stuck. Fixing the seed makes comparisons fair.");
        }
    }

    /** Why a run ended at loss ln 2: its dead ReLU units, counted at the start and at the end. */
    static void explainStuck(Run r, PrintStream out) {
        int units = SIZES[1];
        out.printf("Why seed %d is stuck at loss %.4f = ln 2 (accuracy %.2f):%n", r.seed, r.history.finalLoss(), r.accuracy);
        if (r.deadAtStart == units) {
            out.printf("  its start gives all %d hidden units an input x·W1 + b1 ≤ 0 at every one of the four points%n", units);
            out.println("  (b1 starts at 0, so the point (0, 0) gets exactly 0). ReLU outputs 0 there and passes no");
            out.println("  gradient back, so W1 and b1 never change: the units are dead from the first step. The output");
            out.println("  layer sees only zeros and can learn nothing but its bias, one guess for all four points; for");
            out.println("  two classes of two points each the best single guess is 1/2 each, whose cross-entropy is");
            out.printf("  ln 2 = 0.6931. Every point is a tie, so accuracy %.2f is only the tie-break.%n%n", r.accuracy);
        } else {
            out.printf("  %d of the %d hidden units are dead at the end (%d at the start): their input x·W1 + b1 is ≤ 0%n",
                    r.deadAtEnd, units, r.deadAtStart);
            out.println("  at all four points, so ReLU passes no gradient back, and the output can no longer tell the");
            out.println("  points apart: its best guess is 1/2 for each class, cross-entropy ln 2 = 0.6931.");
            out.println();
        }
    }

    /** How many hidden units have input x·W1 + b1 ≤ 0 at every point (W1 [2, 4], b1 [4]; x the rows of data). */
    static int deadUnits(Tensor w1, Tensor b1, Dataset data) {
        Tensor z = data.features().matmul(w1).add(b1);
        int dead = 0;
        for (int unit = 0; unit < z.shape().dim(1); unit++) {
            boolean alive = false;
            for (int row = 0; row < z.shape().dim(0); row++) {
                alive |= z.get(row, unit) > 0;
            }
            dead += alive ? 0 : 1;
        }
        return dead;
    }

    /** One training run: its seed, the first row of W1 at the start, the losses, final weights, accuracy. */
    static final class Run {
        /** How close to ln 2 a final loss must be to count as stuck at the all-ties guess. */
        static final double LN2_TOLERANCE = 1e-4;

        final long seed;
        final String startRow;
        final History history;
        final List<Node> params;
        final double accuracy;
        final int deadAtStart;
        final int deadAtEnd;

        private Run(long seed, String startRow, History history, List<Node> params, double accuracy,
                int deadAtStart, int deadAtEnd) {
            this.seed = seed;
            this.startRow = startRow;
            this.history = history;
            this.params = params;
            this.accuracy = accuracy;
            this.deadAtStart = deadAtStart;
            this.deadAtEnd = deadAtEnd;
        }

        /** The final loss is ln 2 to within {@value #LN2_TOLERANCE}: the model says 1/2 for every point. */
        boolean stuckAtLn2() {
            return Math.abs(history.finalLoss() - Math.log(2)) < LN2_TOLERANCE;
        }

        static Run train(long seed, Dataset data) {
            Mlp model = new Mlp(SIZES, Activation.RELU, Rng.seed(seed));
            double[] w1 = model.parameters().get(0).value().toArray();
            String startRow = String.format("[%.4f, %.4f, %.4f, %.4f]", w1[0], w1[1], w1[2], w1[3]);
            int deadAtStart = deadUnits(model.parameters().get(0).value(), model.parameters().get(1).value(), data);
            History history = new Trainer(TrainingConfig.steps(STEPS, TrainingConfig.FULL_BATCH, LEARNING_RATE, seed, 0))
                    .printingTo(new PrintStream(OutputStream.nullOutputStream())).fit(model, data);
            double accuracy = ConfusionMatrix.accuracy(data.labels(), model.predict(data.features()));
            int deadAtEnd = deadUnits(model.parameters().get(0).value(), model.parameters().get(1).value(), data);
            return new Run(seed, startRow, history, model.parameters(), accuracy, deadAtStart, deadAtEnd);
        }

        /** Every loss and every parameter equal bit for bit ({@code Arrays.equals} compares doubles' bits). */
        boolean sameAs(Run other) {
            if (!Arrays.equals(history.losses(), other.history.losses())) {
                return false;
            }
            for (int i = 0; i < params.size(); i++) {
                if (!params.get(i).value().equals(other.params.get(i).value())) {
                    return false;
                }
            }
            return true;
        }
    }
}
