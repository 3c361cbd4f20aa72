package org.chainrule.lab;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainrule.models.LogisticRegression;
import org.chainrule.models.data.Dataset;
import org.chainrule.models.data.Datasets;
import org.chainrule.models.loss.LogLoss;
import org.chainrule.models.train.History;
import org.chainrule.models.train.Trainer;
import org.chainrule.models.train.TrainingConfig;
import org.chainrule.plots.LossCurvesPlot;
import org.chainrule.plots.LossCurvesPlot.Curve;

/**
 * {@code chainrule demo lr}: the learning rate, the notes' hand-set hyper-parameter. The notes'
 * logistic regression runs from the same start for the same 5001 steps with five learning rates;
 * the losses go on one chart, and each run's fate is told in words — too small crawls, too large
 * overshoots and can end worse than it began.
 */
final class LrDemo implements Demo {
    static final double[] RATES = {0.001, 0.01, 0.1, 1.0, 10.0};

    @Override
    public String name() {
        return "lr";
    }

    @Override
    public boolean usesSeed() {
        return false;   // it starts from the notes' fixed weights: nothing is drawn at random
    }

    @Override
    public String summary() {
        return "learning-rate sweep: five rates, one loss chart, what each run did";
    }

    @Override
    public void run(Context context) {
        PrintStream out = context.out();
        Dataset train = Datasets.seedTrain();
        out.println("The learning rate η sets the size of each step: w ← w − η·∂cost/∂w. The notes: a hand-set");
        out.println("hyper-parameter, chosen by experience. Here the notes' model runs from the notes' start");
        out.printf("(W0, b0) on the six points, %d full-batch steps each time; only η changes. It trains on the%n",
                LogisticDemo.STEPS);
        out.println("notes' own formula (σ, then the floored logs: LogLoss.viaProbabilities), since η = 10's story is");
        out.println("that floor; the models' default, the log loss from the logits, has no floor to get stuck on.");
        out.printf("Each run logs the cost before each of its %d steps: %d costs, %d changes from one to the next.%n",
                LogisticDemo.STEPS, LogisticDemo.STEPS, LogisticDemo.STEPS - 1);
        out.println();
        List<Curve> curves = new ArrayList<>();
        for (double rate : RATES) {
            double[] losses = train(rate, train);
            curves.add(Curve.ofSteps("η = " + rate, losses));
            out.printf("  η = %-6s cost %.4f → %.4f; rose in %4d of the %d changes from step to step  %s%n", rate,
                    losses[0], losses[losses.length - 1], rises(losses), losses.length - 1, verdict(losses));
        }
        Path png = LossCurvesPlot.write(curves, "Learning-rate sweep: the notes' logistic regression", "step", true,
                context.outDir().resolve("lr-sweep.png"));
        out.println();
        out.println("Too small (0.001) has hardly moved; the notes' 0.01 is on its way; 0.1 and 1.0 get further in the");
        out.println("same steps. 10 is too large: its first step jumps so far that the sigmoid saturates and the three");
        out.println("Positive points get h ≈ 0; the log's floor (LogLoss.PROBABILITY_FLOOR) makes the cost flat there,");
        out.println("so the run never comes back — it diverged. No rate suits every problem: try a few, on a log scale.");
        out.println("  picture: " + png + " (loss against step, log scale, one curve per η)");
    }

    /** The cost before each of the 5001 steps, from the notes' start, on the notes' formula. */
    static double[] train(double rate, Dataset data) {
        LogisticRegression model = new LogisticRegression(LogisticDemo.W0, LogisticDemo.B0, LogLoss::viaProbabilities);
        TrainingConfig config = TrainingConfig.steps(LogisticDemo.STEPS, TrainingConfig.FULL_BATCH, rate, 0, 0);
        History h = new Trainer(config).printingTo(new PrintStream(OutputStream.nullOutputStream())).fit(model, data);
        return h.losses();
    }

    /** How many of the changes from one logged cost to the next went up (of {@code losses.length − 1}). */
    static int rises(double[] losses) {
        int n = 0;
        for (int i = 1; i < losses.length; i++) {
            n += losses[i] > losses[i - 1] ? 1 : 0;
        }
        return n;
    }

    /** A few words on a run: diverged when it ends above its start. */
    static String verdict(double[] losses) {
        double first = losses[0];
        double last = losses[losses.length - 1];
        if (last > first) {
            return "diverged: ended worse than it started";
        }
        if (last > first / 2) {
            return "too slow: not even halfway down";
        }
        return rises(losses) > 0 ? "converging, after some bouncing" : "converging";
    }
}
