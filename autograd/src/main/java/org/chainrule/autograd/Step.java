package org.chainrule.autograd;

/**
 * One gate of a {@link StaticGraph}'s tape (package-private): the gate's forward and backward,
 * reading and writing the preallocated buffers of its output and input {@link Slot}s.
 *
 * <p>Every step computes exactly what its gate computes, operation for operation, so a replay
 * gives the same bits as the eager {@link Node} graph. Gradients are delivered as
 * {@link Backprop#accumulate} does it: the first downstream to reach an input becomes its
 * gradient, each later one is added to it ({@code grad = grad + downstream}, the copy gate).
 * Whether a given step is first is known when the graph is traced, so a step writes its
 * downstream straight into the input's gradient when it is first, and into a scratch buffer that
 * is then added when it is not.
 */
abstract class Step {
    final Gate gate;
    final Slot out;
    final Slot[] in;
    private final boolean[] first;
    private final double[][] scratch;

    Step(Gate gate, Slot out, Slot... in) {
        this.gate = gate;
        this.out = out;
        this.in = in;
        this.first = new boolean[in.length];
        this.scratch = new double[in.length][];
    }

    /** Computes {@code out.value} from the inputs' values. */
    abstract void forward();

    /** Sends {@code out.grad} (the upstream, complete) back to every input that wants a gradient. */
    abstract void backward();

    /** Fixed when the graph is traced: is this step the first to send a gradient to input k? */
    final void arrivesFirst(int k, boolean isFirst) {
        first[k] = isFirst;
        scratch[k] = isFirst ? null : new double[in[k].value.length];
    }

    /** True when input k gets a gradient (a constant or data does not). */
    final boolean wants(int k) {
        return in[k].grad != null;
    }

    /** Where to write input k's downstream: its gradient if this step is first, else scratch. */
    final double[] into(int k) {
        return first[k] ? in[k].grad : scratch[k];
    }

    /** After writing into {@link #into}: adds the scratch to the gradient ({@code old.add(downstream)}). */
    final void delivered(int k) {
        if (!first[k]) {
            double[] g = in[k].grad;
            double[] d = scratch[k];
            for (int i = 0; i < g.length; i++) {
                g[i] = g[i] + d[i];
            }
        }
    }
}
