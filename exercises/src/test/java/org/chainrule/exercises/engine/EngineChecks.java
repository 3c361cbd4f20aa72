package org.chainrule.exercises.engine;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Exercise;

/**
 * What the engine tests share: the gradients of an {@link Expression} from {@link Value}, from
 * the framework's {@code Node}, and from central differences; and a run on a thread with a small
 * call stack and a time limit.
 */
final class EngineChecks {
    /** The step of the central differences (as the framework's GradCheck, see its Javadoc). */
    static final double STEP = 1e-6;
    /** Value and Node do the same arithmetic, perhaps in another order: a few roundings apart at most. */
    static final double SAME_ARITHMETIC = 1e-9;
    /** A central difference with step 1e-6 is good to about 1e-9 here; 1e-4 (relative above 1) is generous. */
    static final double NUMERIC = 1e-4;
    /**
     * The call stack of the thread that runs a deep backward. A recursive walk needs one frame per
     * value (roughly 100 bytes or more each), so 10,000 values overflow it; a loop needs one frame.
     */
    static final long SMALL_STACK = 256 * 1024;

    private EngineChecks() {
    }

    /** Builds {@code e} with Values and backpropagates from its result; returns the leaves. */
    static List<Value> valueGradients(Expression e) {
        List<Value> leaves = e.leaves(Value::new);
        List<Value> all = e.withValues(leaves);
        all.get(all.size() - 1).backward();
        return leaves;
    }

    /** ∂result/∂x_i from the same expression built with the framework's Node. */
    static double[] nodeGradients(Expression e) {
        List<Node> leaves = e.leaves(x -> Node.of(Tensor.scalar(x)));
        List<Node> all = e.withNodes(leaves);
        all.get(all.size() - 1).backward();
        double[] grads = new double[leaves.size()];
        for (int i = 0; i < grads.length; i++) {
            grads[i] = leaves.get(i).grad().item();
        }
        return grads;
    }

    /** ∂result/∂x_i by central differences: {@code (f(x + h) − f(x − h)) / 2h}. */
    static double[] numericGradients(Expression e) {
        double[] grads = new double[e.inputs().length];
        for (int i = 0; i < grads.length; i++) {
            double[] plus = e.inputs().clone();
            double[] minus = e.inputs().clone();
            plus[i] += STEP;
            minus[i] -= STEP;
            grads[i] = (e.evaluate(plus) - e.evaluate(minus)) / (2 * STEP);
        }
        return grads;
    }

    /**
     * Fails on the input whose gradient is furthest from {@code expected}, naming it.
     *
     * @param oracle where {@code expected} comes from, e.g. {@code "the same expression built with Node"}
     */
    static void assertGradients(Exercise backward, String oracle, double[] expected, List<Value> leaves, double tolerance) {
        int worst = 0;
        double worstGap = -1;
        for (int i = 0; i < expected.length; i++) {
            double gap = Math.abs(expected[i] - leaves.get(i).grad()) / Math.max(1, Math.abs(expected[i]));
            if (!(gap <= worstGap)) {
                worst = i;
                worstGap = gap;
            }
        }
        backward.assertClose("∂result/∂x" + worst + " from " + oracle, expected[worst], leaves.get(worst).grad(), tolerance);
    }

    /**
     * Runs {@code body} on a thread with a {@link #SMALL_STACK} call stack and waits at most
     * {@code seconds}; rethrows what it threw, and fails if it overflowed the stack or ran too long.
     */
    static void onSmallStack(Exercise method, String what, int seconds, Runnable body) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                body.run();
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "small-stack", SMALL_STACK);
        worker.setDaemon(true);
        worker.start();
        worker.join(seconds * 1000L);
        if (worker.isAlive()) {
            throw method.fail("did not finish " + what + " within " + seconds + " s",
                    "a few milliseconds: one visit per value", "still running (does the walk visit a value once per path to it?)");
        }
        Throwable t = thrown.get();
        if (t instanceof StackOverflowError) {
            throw method.fail("overflowed the call stack " + what,
                    "a loop with an explicit stack (ArrayDeque): one frame however deep the graph", "StackOverflowError (a recursive walk?)");
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
    }
}
