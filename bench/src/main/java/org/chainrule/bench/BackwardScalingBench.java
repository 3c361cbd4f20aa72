package org.chainrule.bench;

import java.util.concurrent.TimeUnit;
import org.chainrule.autograd.Node;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Backward is linear in the number of nodes: one {@code backward()} through a chain of n scalar
 * gates ({@code y = ((x·c)·c)·…}), for n = 1,000 to 100,000. Time per node should stay flat.
 * Run: {@code java -jar bench/target/benchmarks.jar BackwardScaling}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
@State(Scope.Thread)
public class BackwardScalingBench {
    @Param({"1000", "10000", "100000"})
    int nodes;

    Node x;
    Node y;

    @Setup
    public void build() {
        x = Node.scalar(1.0);
        Node c = Node.constant(1.0);
        Node chain = x;
        for (int i = 0; i < nodes; i++) {
            chain = chain.mul(c);
        }
        y = chain;
    }

    @Benchmark
    public double backward() {
        x.zeroGrad();
        y.backward();
        return x.grad().item();
    }
}
