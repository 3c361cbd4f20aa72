package org.chainrule.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chainrule.autograd.Node;
import org.chainrule.core.Rng;
import org.chainrule.core.Tensor;
import org.chainrule.models.Activation;
import org.chainrule.models.LogisticRegression;
import org.chainrule.models.Mlp;
import org.chainrule.models.data.Dataset;
import org.chainrule.models.data.Datasets;
import org.chainrule.models.data.Standardizer;
import org.chainrule.models.optim.Sgd;
import org.chainrule.models.train.History;
import org.chainrule.models.train.Trainer;
import org.chainrule.models.train.TrainingConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Training through {@code Node}: the workloads of the notes, timed.
 *
 * <ul>
 *   <li>{@code logisticStep}: one forward + backward + SGD step of the notes' logistic regression
 *       on its six points (the bound: under 5 µs).</li>
 *   <li>{@code logisticTraining}: the notes' whole run, 5001 full-batch steps (bound: 50 ms).</li>
 *   <li>{@code mlpDigitsEpoch}: one epoch of an MLP 64-128-10 (ReLU), batch 64, lr 0.1, on the
 *       1797 digits rows; its peer is {@code bench/pytorch/peer.py}.</li>
 *   <li>{@code …Traced}: the same with {@code Trainer.traced()} (a traced graph, replayed); the
 *       epoch from scratch includes tracing its two graphs (batches of 64 and the last of 5).</li>
 *   <li>{@code mlpDigits20Epochs…}: 20 epochs of one model, as the PyTorch peer times them
 *       (its ms/epoch is the mean over 20 epochs): divide by 20.</li>
 * </ul>
 * Run: {@code java --add-modules jdk.incubator.vector -jar bench/target/benchmarks.jar Training}
 */
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class TrainingBench {
    private static final Tensor W0 = Tensor.of(new double[][] {{-0.10099822286611654}, {0.6847899159537382}});
    private static final Tensor B0 = Tensor.of(0.3841461274590695);

    /** The notes' model and data, ready for single steps. */
    @State(Scope.Thread)
    public static class Logistic {
        LogisticRegression model;
        List<Node> params;
        Node x;
        int[] labels;
        Sgd sgd = new Sgd(0.01);

        @Setup(Level.Iteration)
        public void setUp() {
            model = new LogisticRegression(W0, B0);
            params = model.parameters();
            Dataset train = Datasets.seedTrain();
            x = Node.constant(train.features());
            labels = train.labels();
        }
    }

    /** Standardized digits. */
    @State(Scope.Benchmark)
    public static class Digits {
        Dataset data;

        @Setup
        public void setUp() {
            Dataset raw = Datasets.digits();
            data = Standardizer.fit(raw.features()).transform(raw);
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double logisticStep(Logistic s) {
        s.sgd.zeroGrad(s.params);
        Node loss = s.model.loss(s.x, s.labels);
        loss.backward();
        s.sgd.step(s.params);
        return loss.item();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public History logisticTraining() {
        TrainingConfig config = TrainingConfig.steps(5001, TrainingConfig.FULL_BATCH, 0.01, 2020, 0);
        return new Trainer(config).fit(new LogisticRegression(W0, B0), Datasets.seedTrain());
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public History logisticTrainingTraced() {
        TrainingConfig config = TrainingConfig.steps(5001, TrainingConfig.FULL_BATCH, 0.01, 2020, 0);
        return new Trainer(config).traced().fit(new LogisticRegression(W0, B0), Datasets.seedTrain());
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public History mlpDigitsEpoch(Digits d) {
        Mlp mlp = new Mlp(new int[] {64, 128, 10}, Activation.RELU, Rng.seed(2020));
        return new Trainer(TrainingConfig.epochs(1, 64, 0.1, 2020, 0)).fit(mlp, d.data);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public History mlpDigitsEpochTraced(Digits d) {
        Mlp mlp = new Mlp(new int[] {64, 128, 10}, Activation.RELU, Rng.seed(2020));
        return new Trainer(TrainingConfig.epochs(1, 64, 0.1, 2020, 0)).traced().fit(mlp, d.data);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public History mlpDigits20Epochs(Digits d) {
        Mlp mlp = new Mlp(new int[] {64, 128, 10}, Activation.RELU, Rng.seed(2020));
        return new Trainer(TrainingConfig.epochs(20, 64, 0.1, 2020, 0)).fit(mlp, d.data);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public History mlpDigits20EpochsTraced(Digits d) {
        Mlp mlp = new Mlp(new int[] {64, 128, 10}, Activation.RELU, Rng.seed(2020));
        return new Trainer(TrainingConfig.epochs(20, 64, 0.1, 2020, 0)).traced().fit(mlp, d.data);
    }
}
