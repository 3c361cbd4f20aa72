package org.chainrule.autograd;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;

/**
 * A traced (static) graph: run a function of some inputs once, record its gates in order, then
 * replay forward and backward for new input values without building {@link Node}s again — the
 * notes' "fixing the computation nodes in advance makes backpropagation fast", which is how
 * TensorFlow 1.0 worked.
 * <pre>
 *   StaticGraph g = StaticGraph.trace((x, y) -&gt; LogLoss.ofProbabilities(model.probabilities(x), y.value()),
 *                                     xTrain, yTrain);          // one eager forward pass, recorded
 *   for (int step = 0; step &lt; 5001; step++) {
 *       double cost = g.forward(xTrain, yTrain);               // the same gates, same buffers
 *       g.backward();                                          // the same gates, backwards
 *       sgd.step(g);                                           // w ← w − η·∂L/∂w, in place
 *   }
 * </pre>
 *
 * <p><b>What is saved.</b> An eager step builds a {@code Node} and a gate record per operation,
 * sorts the graph for backward, and allocates a new tensor for every value and every gradient.
 * The tape is built once; each node of the trace gets a value buffer and a gradient buffer,
 * allocated once and overwritten by every replay; the common gates have kernels that write into
 * them ({@link BinaryStep}, {@link MatMulStep}, …), any other gate — one of your own — is replayed
 * through its own {@code forward} and {@code backward}.
 *
 * <p><b>Same bits.</b> A replay runs the same gates in the same order with the same arithmetic
 * as the eager graph, and adds the gradients of a node read by several gates in the order
 * {@code backward()} does: its results are bit-identical to the eager run's.
 *
 * <p><b>What a static graph cannot do</b> (the notes: "inflexible but fast"):
 * <ul>
 *   <li>change a shape: the buffers are allocated for the traced shapes, so a replay with another
 *       shape is refused (trace a second graph, e.g. for a smaller last minibatch);</li>
 *   <li>follow an {@code if} on values: the trace recorded the gates of the path taken that time.
 *       The graph cannot see Java's control flow, so it re-runs the function eagerly on replays
 *       1, 2, 4, 8, … and compares gate by gate: a different path, or a baked constant that
 *       changed (data captured by the function instead of passed as an input), is refused with
 *       the place it differs. A branch that flips on a replay that is not checked goes unseen.</li>
 * </ul>
 *
 * <p><b>Inputs and parameters.</b> The function receives one placeholder per example tensor;
 * wherever a placeholder's tensor appears in the graph (the node itself, {@code
 * Node.constant(x.value())} made by a loss, the targets of {@code crossEntropy}) the replay's
 * input takes its place. Every trainable leaf the function reads ({@code Node.of}) is a
 * parameter: its value is copied in when the node holds a new tensor (after an optimizer's
 * {@code assign}), or updated in the buffer by {@link #update}. Every other tensor is baked in.
 */
public final class StaticGraph {
    /** A rule that changes a parameter in place from its gradient, e.g. SGD's {@code w[i] = w[i] − η·g[i]}. */
    @FunctionalInterface
    public interface ParameterUpdate {
        /**
         * @param parameter the parameter's node (to key state such as momentum by)
         * @param value its value buffer, row-major, changed in place
         * @param grad ∂result/∂parameter from the last {@link #backward()}, same length; do not change it
         */
        void apply(Node parameter, double[] value, double[] grad);
    }

    private final Function<List<Node>, Node> function;
    private final List<Tensor> traced;
    private final Slot root;
    private final List<Slot> nodes;
    private final List<Slot> parameters = new ArrayList<>();
    private final List<List<Slot>> inputSlots = new ArrayList<>();
    private final Step[] forwardTape;
    private final Step[] backwardTape;
    private final Map<Node, Slot> parameterSlots = new IdentityHashMap<>();
    private final List<Node> placeholders;
    private long replays;
    private boolean checkPaths = true;
    private boolean backwardReady;
    private boolean gradientsReady;

    // ---------------------------------------------------------------- tracing

    /**
     * Traces {@code f} on one input.
     *
     * @param example the input's value at trace time; every replay's input has its shape
     */
    public static StaticGraph trace(Function<Node, Node> f, Tensor example) {
        return traceAll(xs -> f.apply(xs.get(0)), example);
    }

    /** Traces {@code f} on two inputs (e.g. features and targets); see {@link #trace(Function, Tensor)}. */
    public static StaticGraph trace(BiFunction<Node, Node, Node> f, Tensor first, Tensor second) {
        return traceAll(xs -> f.apply(xs.get(0), xs.get(1)), first, second);
    }

    /**
     * Traces {@code f} on any number of inputs: runs it once, eagerly, on placeholders holding
     * {@code examples}, and records the graph it builds.
     *
     * @param f builds the result (e.g. a loss) from the placeholders, in the order of {@code examples}
     * @param examples one tensor per input; their shapes are fixed for every replay
     */
    public static StaticGraph traceAll(Function<List<Node>, Node> f, Tensor... examples) {
        return new StaticGraph(f, List.of(examples));
    }

    private StaticGraph(Function<List<Node>, Node> function, List<Tensor> examples) {
        this.function = function;
        this.traced = examples;
        this.placeholders = placeholders(examples);
        Node result = function.apply(placeholders);
        if (result == null) {
            throw new IllegalArgumentException("StaticGraph.trace: the function returned null; it must "
                    + "return the node it computes (e.g. the loss).");
        }
        Map<Node, Slot> slots = new IdentityHashMap<>();
        Map<Tensor, Integer> inputOf = new IdentityHashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            inputOf.put(examples.get(i), i);
            inputSlots.add(new ArrayList<>());
        }
        List<Slot> all = new ArrayList<>();
        List<Step> tape = new ArrayList<>();
        Map<Node, Step> stepOf = new IdentityHashMap<>();
        for (Node node : Backprop.topologicalOrder(result, true)) {
            Slot slot = new Slot(node, kind(node, inputOf));
            slots.put(node, slot);
            all.add(slot);
            if (slot.kind == Slot.Kind.INPUT) {
                inputSlots.get(inputOf.get(node.value())).add(slot);
            } else if (slot.kind == Slot.Kind.PARAMETER) {
                parameters.add(slot);
                parameterSlots.put(node, slot);
            } else if (slot.kind == Slot.Kind.GATE) {
                Step step = compile(node.gate(), slot, slots, inputOf);
                tape.add(step);
                stepOf.put(node, step);
            }
        }
        this.nodes = all;
        this.root = slots.get(result);
        this.forwardTape = tape.toArray(new Step[0]);
        this.backwardTape = result.requiresGrad() ? backwardTape(result, stepOf) : new Step[0];
        runForward();
        TraceCheck.sameValues(all);
    }

    private static List<Node> placeholders(List<Tensor> examples) {
        List<Node> placeholders = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            placeholders.add(Node.constant(examples.get(i)).named("input " + i));
        }
        return Collections.unmodifiableList(placeholders);
    }

    private static Slot.Kind kind(Node node, Map<Tensor, Integer> inputOf) {
        if (!node.isLeaf()) {
            return Slot.Kind.GATE;
        } else if (!node.requiresGrad() && inputOf.containsKey(node.value())) {
            return Slot.Kind.INPUT;
        }
        return node.requiresGrad() ? Slot.Kind.PARAMETER : Slot.Kind.CONSTANT;
    }

    private Step compile(Gate gate, Slot out, Map<Node, Slot> slots, Map<Tensor, Integer> inputOf) {
        List<Node> inputs = gate.inputs();
        Slot[] in = new Slot[inputs.size()];
        for (int k = 0; k < in.length; k++) {
            in[k] = slots.get(inputs.get(k));
        }
        return Steps.of(gate, out, in, t -> {
            Integer i = inputOf.get(t);
            if (i == null) {
                return null;
            }
            if (inputSlots.get(i).isEmpty()) {          // an input used only as a tensor (targets)
                inputSlots.get(i).add(new Slot(placeholders.get(i), Slot.Kind.INPUT));
            }
            return inputSlots.get(i).get(0);
        });
    }

    /**
     * The steps in the order {@code backward()} visits their nodes, each told whether it is the
     * first to send a gradient to each of its inputs.
     */
    private static Step[] backwardTape(Node result, Map<Node, Step> stepOf) {
        List<Node> order = Backprop.topologicalOrder(result, false);
        List<Step> tape = new ArrayList<>();
        Set<Slot> reached = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = order.size() - 1; i >= 0; i--) {
            Step step = stepOf.get(order.get(i));
            if (step == null) {
                continue;               // a leaf
            }
            reached.add(step.out);
            for (int k = 0; k < step.in.length; k++) {
                if (step.wants(k)) {
                    step.arrivesFirst(k, reached.add(step.in[k]));
                }
            }
            tape.add(step);
        }
        return tape.toArray(new Step[0]);
    }

    // ---------------------------------------------------------------- replaying

    /**
     * Replays the forward pass for new input values.
     *
     * @param inputs one tensor per placeholder, each of the traced shape
     * @return the result's single number (a loss), or NaN when the result is not a single number
     *         (read it with {@link #value()})
     * @throws ShapeException when an input's shape differs from the trace's
     * @throws IllegalStateException when a checked replay finds that the function now builds
     *         another graph (see the class comment)
     */
    public double forward(Tensor... inputs) {
        requireTracedShapes(inputs);
        replays++;
        if (checkPaths && Long.bitCount(replays) == 1) {       // replays 1, 2, 4, 8, …
            check(inputs);
        }
        for (int i = 0; i < inputs.length; i++) {
            for (Slot slot : inputSlots.get(i)) {
                slot.load(inputs[i]);
            }
        }
        for (Slot p : parameters) {
            if (!p.ahead) {
                p.load(p.node.value());
            } else if (p.node.value() != p.copied) {        // assigned since the in-place update: it wins
                p.ahead = false;
                p.load(p.node.value());
            }
        }
        runForward();
        return root.value.length == 1 ? root.value[0] : Double.NaN;
    }

    private void runForward() {
        for (Step step : forwardTape) {
            step.forward();
        }
        backwardReady = true;
    }

    /**
     * Replays the backward pass from the result (upstream 1), filling every parameter's gradient
     * buffer. The gradients are those of this replay alone, as after {@code zeroGrad()} and
     * {@code backward()}; read them with {@link #grad} or use them in {@link #update}.
     *
     * @throws ShapeException if the result is not a single number
     */
    public void backward() {
        if (root.value.length != 1) {
            throw new ShapeException(String.format("StaticGraph.backward: the result is %s, not a single "
                    + "number; backward starts from upstream 1 only for a scalar. Reduce it in the traced "
                    + "function (e.g. loss.mean()).", root.shape));
        }
        if (!root.node.requiresGrad()) {
            throw new IllegalStateException("StaticGraph.backward: nothing in this graph needs a gradient: "
                    + "every leaf is an input or a constant. Make parameters with Node.of(...).");
        }
        if (!backwardReady) {
            throw new IllegalStateException("StaticGraph.backward: call forward(...) first; backward "
                    + "reuses the values of the forward pass.");
        }
        root.grad[0] = 1;
        for (Step step : backwardTape) {
            step.backward();
        }
        gradientsReady = true;
    }

    /**
     * Turns the path check on or off (on by default). Off, no replay ever runs the function
     * eagerly: use it only for a function without an {@code if} on values, e.g. to time replays.
     */
    public StaticGraph checkPaths(boolean on) {
        this.checkPaths = on;
        return this;
    }

    /**
     * Runs the function eagerly on {@code inputs} and compares the graph it builds with the trace:
     * the same gates on the same shapes, the same baked constants.
     *
     * @throws IllegalStateException naming the first difference
     */
    public void check(Tensor... inputs) {
        requireTracedShapes(inputs);
        for (Slot p : parameters) {
            p.publish();
        }
        Node again = function.apply(placeholders(List.of(inputs)));
        TraceCheck.samePath(nodes, again, inputs);
    }

    private void requireTracedShapes(Tensor... inputs) {
        if (inputs.length != traced.size()) {
            throw new IllegalArgumentException(String.format("StaticGraph.forward: %d input%s given, the graph "
                    + "was traced with %d (%s); give one tensor per placeholder, in the trace's order.",
                    inputs.length, inputs.length == 1 ? "" : "s", traced.size(), shapes(traced)));
        }
        for (int i = 0; i < inputs.length; i++) {
            if (!inputs[i].shape().equals(traced.get(i).shape())) {
                throw new ShapeException(String.format("StaticGraph.forward: input %d is %s but the graph was "
                        + "traced with %s; a static graph allocates its buffers for the traced shapes and "
                        + "cannot change them. Trace a second graph for %s (as for a smaller last minibatch), "
                        + "or run this one eagerly with Node.", i, inputs[i].shape(), traced.get(i).shape(),
                        inputs[i].shape()));
            }
        }
    }

    private static String shapes(List<Tensor> tensors) {
        List<String> s = new ArrayList<>();
        for (Tensor t : tensors) {
            s.add(t.shape().toString());
        }
        return String.join(", ", s);
    }

    // ---------------------------------------------------------------- reading and updating

    /** The result of the last forward pass (a copy). */
    public Tensor value() {
        return root.valueTensor();
    }

    /** The trainable leaves the function read, in the order the trace met them. */
    public List<Node> parameters() {
        List<Node> nodesOut = new ArrayList<>();
        for (Slot p : parameters) {
            nodesOut.add(p.node);
        }
        return nodesOut;
    }

    /**
     * ∂result/∂parameter from the last {@link #backward()} (a copy).
     *
     * @param parameter one of {@link #parameters()}
     */
    public Tensor grad(Node parameter) {
        return slotOf(parameter).gradTensor();
    }

    /** The number of gates on the tape: the nodes an eager pass would build every time. */
    public int steps() {
        return forwardTape.length;
    }

    /** The number of replays so far (the trace itself is not one). */
    public long replays() {
        return replays;
    }

    /**
     * Changes every parameter in place, in the buffers, from the gradients of the last
     * {@link #backward()}: the way an optimizer steps without allocating. The nodes keep their
     * old values until {@link #syncParameters()}.
     */
    public void update(ParameterUpdate rule) {
        for (Slot p : parameters) {
            rule.apply(p.node, p.value, p.grad);
            p.ahead = true;
        }
    }

    /**
     * Writes every parameter's value (where {@link #update} changed it) and its last gradient into
     * its node, as an eager {@code backward()} and optimizer step would have left them: call it
     * before reading the model, or before an optimizer that works on nodes.
     */
    public void syncParameters() {
        for (Slot p : parameters) {
            p.publish();
            if (gradientsReady) {
                p.node.setGrad(p.gradTensor());
            }
        }
    }

    private Slot slotOf(Node parameter) {
        Slot slot = parameterSlots.get(parameter);
        if (slot == null) {
            throw new IllegalArgumentException(String.format("StaticGraph.grad: %s is not a parameter of this "
                    + "graph; its parameters are the trainable leaves the traced function read (%d of them).",
                    parameter, parameters.size()));
        }
        return slot;
    }

    /** The tape, one line per step: the gate and its output shape (for teaching and tests). */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("StaticGraph(" + forwardTape.length + " steps, "
                + parameters.size() + " parameters, " + traced.size() + " inputs)");
        for (Step step : forwardTape) {
            s.append(System.lineSeparator()).append("  ").append(step.gate.name()).append(' ')
                    .append(step.out.shape).append("  [").append(step.getClass().getSimpleName()).append(']');
        }
        return s.toString();
    }
}
