package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Shape;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;

/**
 * A value in a define-by-run graph: a {@link Tensor}, the gradient of a result with respect to it,
 * and the {@link Gate} that made it (none for a leaf).
 *
 * <p>Every operation runs its forward pass at once and remembers its gate; {@link #backward()}
 * then walks the gates from the result back to the leaves (the notes' forward pass and
 * backpropagation):
 * <pre>
 *   Node w = Node.scalar(2.0).named("w");
 *   Node x = Node.constant(3.0);
 *   Node loss = w.mul(x).sub(1.0).pow(2).sum();   // (w·x − 1)²
 *   loss.backward();
 *   w.grad();                                      // 2(w·x − 1)·x = 30
 * </pre>
 *
 * <p><b>Gradient semantics</b> (as in PyTorch): {@code backward()} <i>adds</i> into the gradient of
 * every trainable leaf, so call {@link #zeroGrad()} on the parameters between steps. Inner nodes
 * are recomputed from scratch on every pass, so a second {@code backward()} never double-counts
 * through them: with {@code b = a + a; c = b + b}, one {@code c.backward()} gives
 * {@code a.grad() = 4}, a second one gives 8 (the leaf accumulated) while {@code b.grad()} stays 2.
 * Constants ({@link #constant}) never get a gradient.
 *
 * <p>A graph belongs to one thread at a time: backward writes gradients into its nodes.
 */
public final class Node {
    private Tensor value;
    private final Gate gate;
    private final boolean requiresGrad;
    private Tensor grad;
    /** What the gate sent to each input in the last backward pass, for explain(); null for a leaf. */
    private List<Tensor> downstream;
    private String name;
    /** The number of the last graph traversal that reached this node (see Backprop). */
    private long stamp;
    /** How many times {@link #assign} replaced this leaf's value; 0 for a node made by a gate. */
    private int version;
    /** The inputs' versions when the gate ran its forward pass; null for a leaf. */
    private final int[] inputVersions;

    private Node(Tensor value, Gate gate, boolean requiresGrad) {
        this.value = value;
        this.gate = gate;
        this.requiresGrad = requiresGrad;
        if (gate == null) {
            this.inputVersions = null;
        } else {
            List<Node> inputs = gate.inputs();
            this.inputVersions = new int[inputs.size()];
            for (int k = 0; k < inputs.size(); k++) {
                inputVersions[k] = inputs.get(k).version;
            }
        }
    }

    // ---------------------------------------------------------------- making nodes

    /**
     * A trainable leaf (a parameter or an input whose gradient you want) wrapping a tensor of any
     * shape; {@code Node.of(Tensor.of(2.0))} is shape {@code [1]}, {@link #scalar} is {@code []}.
     */
    public static Node of(Tensor value) {
        return new Node(value, null, true);
    }

    /** A trainable scalar leaf, shape {@code []} (like {@link Tensor#scalar}). */
    public static Node scalar(double value) {
        return of(Tensor.scalar(value));
    }

    /** A constant leaf: data, labels, hyper-parameters; it never gets a gradient. */
    public static Node constant(Tensor value) {
        return new Node(value, null, false);
    }

    /** A constant scalar leaf, shape {@code []}. */
    public static Node constant(double value) {
        return constant(Tensor.scalar(value));
    }

    /**
     * Runs a gate's forward pass and returns its output node; use it for gates of your own.
     * The output needs a gradient when any input does.
     */
    public static Node from(Gate gate) {
        boolean needs = false;
        for (Node input : GateRules.requireInputs(gate)) {
            needs |= input.requiresGrad;
        }
        return new Node(GateRules.requireForwardValue(gate, gate.forward()), gate, needs);
    }

    /** Gives this node a name for {@link #explain()} and {@link #toDot()}; returns this node. */
    public Node named(String newName) {
        this.name = newName;
        return this;
    }

    // ---------------------------------------------------------------- reading

    /** The value computed by the forward pass. */
    public Tensor value() {
        return value;
    }

    /** The value's shape. */
    public Shape shape() {
        return value.shape();
    }

    /** The single number of a one-element value (a loss). */
    public double item() {
        return value.item();
    }

    /**
     * ∂result/∂this from the last {@code backward()} (accumulated, for a leaf); zeros of this
     * node's shape when no gradient has reached it.
     */
    public Tensor grad() {
        return grad == null ? Tensor.zeros(value.shape()) : grad;
    }

    /** True when a gradient has reached this node since the last {@link #zeroGrad()}. */
    public boolean hasGrad() {
        return grad != null;
    }

    /** The name given with {@link #named}, or {@code null}. */
    public String name() {
        return name;
    }

    /** True for a leaf (made by {@code of} or {@code constant}, not by a gate). */
    public boolean isLeaf() {
        return gate == null;
    }

    /** True when backward computes a gradient for this node. */
    public boolean requiresGrad() {
        return requiresGrad;
    }

    /** The gate that made this node, or {@code null} for a leaf. */
    Gate gate() {
        return gate;
    }

    // ---------------------------------------------------------------- changing a leaf

    /** Forgets this node's gradient (call it on the parameters before each step). */
    public void zeroGrad() {
        grad = null;
    }

    /**
     * Replaces a leaf's value, e.g. an optimizer's {@code w ← w − lr·∂L/∂w}. Do it after
     * {@code backward()} and before the next forward pass: a backward through a graph that read the
     * old value is refused (its gradient would mix the old pass with the new value).
     *
     * @param newValue same shape as the current value
     */
    public void assign(Tensor newValue) {
        if (gate != null) {
            throw new IllegalStateException("assign: this node was made by gate " + gate.name()
                    + "; only a leaf (Node.of) can be assigned a new value.");
        }
        if (!newValue.shape().equals(value.shape())) {
            throw new ShapeException(String.format("assign: the leaf is %s but the new value is %s; "
                    + "a parameter keeps its shape.", value.shape(), newValue.shape()));
        }
        value = newValue;
        version++;
    }

    /**
     * The first input of this node's gate whose value was replaced by {@link #assign} after the
     * gate's forward pass read it, or -1 when none was (always -1 for a leaf).
     */
    int staleInput() {
        if (gate == null) {
            return -1;
        }
        List<Node> inputs = gate.inputs();
        for (int k = 0; k < inputVersions.length; k++) {
            if (inputs.get(k).version != inputVersions[k]) {
                return k;
            }
        }
        return -1;
    }

    /** The input's version when this node's gate read it (see {@link #staleInput}). */
    int inputVersion(int input) {
        return inputVersions[input];
    }

    /** How many times {@link #assign} replaced this leaf's value. */
    int version() {
        return version;
    }

    /** Marks this node as reached by traversal {@code traversal}; false if it already was. */
    boolean stamp(long traversal) {
        if (stamp == traversal) {
            return false;
        }
        stamp = traversal;
        return true;
    }

    /**
     * Gives a node the value of a {@link StaticGraph} replay, so that a gate without a kernel of
     * its own can run its forward and backward on it.
     */
    void replay(Tensor newValue) {
        value = newValue;
    }

    void setGrad(Tensor g) {
        grad = g;
    }

    Tensor rawGrad() {
        return grad;
    }

    /** Keeps the downstream gradients the gate returned in this pass (null to forget them). */
    void setDownstream(List<Tensor> sent) {
        downstream = sent;
    }

    /** The downstream gradients of the last pass, one per gate input; null before any. */
    List<Tensor> downstream() {
        return downstream;
    }

    // ---------------------------------------------------------------- operations (each makes a gate)

    /** {@code this + other}, broadcasting; gate {@link Add} (distributor). */
    public Node add(Node other) {
        return from(new Add(this, other));
    }

    /** {@code this + c}. */
    public Node add(double c) {
        return add(constant(c));
    }

    /** {@code this − other}, broadcasting; gate {@link Sub}. */
    public Node sub(Node other) {
        return from(new Sub(this, other));
    }

    /** {@code this − c}. */
    public Node sub(double c) {
        return sub(constant(c));
    }

    /** {@code this ⊙ other} elementwise, broadcasting; gate {@link Mul} (swap multiplier). */
    public Node mul(Node other) {
        return from(new Mul(this, other));
    }

    /** {@code this · c}. */
    public Node mul(double c) {
        return mul(constant(c));
    }

    /** {@code this / other} elementwise, broadcasting; gate {@link Div}. */
    public Node div(Node other) {
        return from(new Div(this, other));
    }

    /** {@code this / c}. */
    public Node div(double c) {
        return div(constant(c));
    }

    /** {@code −this}; gate {@link Neg}. */
    public Node neg() {
        return from(new Neg(this));
    }

    /** {@code this^p} elementwise; gate {@link Pow}. */
    public Node pow(double p) {
        return from(new Pow(this, p));
    }

    /** {@code e^this}; gate {@link Exp}. */
    public Node exp() {
        return from(new Exp(this));
    }

    /** {@code ln(this)}; gate {@link Log}. */
    public Node log() {
        return from(new Log(this));
    }

    /** {@code √this}; gate {@link Sqrt}. */
    public Node sqrt() {
        return from(new Sqrt(this));
    }

    /** {@code max(this, 0)}; gate {@link Relu}. */
    public Node relu() {
        return from(new Relu(this));
    }

    /** {@code 1 / (1 + e^−this)}; gate {@link Sigmoid}. */
    public Node sigmoid() {
        return from(new Sigmoid(this));
    }

    /** {@code tanh(this)}; gate {@link Tanh}. */
    public Node tanh() {
        return from(new Tanh(this));
    }

    /**
     * The larger of {@code this} and {@code other} elementwise, broadcasting (like
     * {@link Tensor#maximum}; not a reduction); gate {@link Max} (router).
     */
    public Node maximum(Node other) {
        return from(new Max(this, other));
    }

    /**
     * Matrix product; gate {@link MatMul}.
     *
     * @param other shape {@code [k, n]} when this is {@code [m, k]}; the result is {@code [m, n]}
     */
    public Node matmul(Node other) {
        return from(new MatMul(this, other));
    }

    /** The transpose; gate {@link Transpose}. */
    public Node transpose() {
        return from(new Transpose(this));
    }

    /** The same values with a new shape (one {@code -1} inferred); gate {@link Reshape}. */
    public Node reshape(int... dims) {
        return from(new Reshape(this, dims));
    }

    /** Reshape to {@code [size]}. */
    public Node flatten() {
        return reshape(-1);
    }

    /** Stretches this value to {@code shape} by broadcasting; gate {@link BroadcastTo}. */
    public Node broadcastTo(Shape shape) {
        return from(new BroadcastTo(this, shape));
    }

    /** The sum of all elements, shape {@code []}; gate {@link SumAll}. */
    public Node sum() {
        return from(new SumAll(this));
    }

    /** Sums along one axis ({@code -1} is the last), removing it; gate {@link Sum}. */
    public Node sum(int axis) {
        return from(new Sum(this, value.shape().axis(axis, "sum")));
    }

    /** The mean of all elements, shape {@code []}; gate {@link MeanAll}. */
    public Node mean() {
        return from(new MeanAll(this));
    }

    /** Means along one axis ({@code -1} is the last), removing it; gate {@link Mean}. */
    public Node mean(int axis) {
        return from(new Mean(this, value.shape().axis(axis, "mean")));
    }

    /** Softmax along an axis: {@code e^x / Σ e^x}, positive and summing to 1; gate {@link Softmax}. */
    public Node softmax(int axis) {
        return from(new Softmax(this, value.shape().axis(axis, "softmax")));
    }

    /** {@code log(softmax(x))} computed stably; gate {@link LogSoftmax}. */
    public Node logSoftmax(int axis) {
        return from(new LogSoftmax(this, value.shape().axis(axis, "logSoftmax")));
    }

    /**
     * Mean cross-entropy of softmax(logits) against class labels, fused and stable; gate
     * {@link CrossEntropy}.
     *
     * @param logits scores, shape {@code [n, k]}
     * @param labels n class indices in {@code [0, k)}
     */
    public static Node crossEntropy(Node logits, int[] labels) {
        return from(CrossEntropy.ofLabels(logits, labels));
    }

    /**
     * Mean cross-entropy {@code −(1/n) Σ_i Σ_j t_ij · log softmax(z)_ij} against target
     * distributions; fused and stable; gate {@link CrossEntropy}.
     *
     * @param logits scores z, shape {@code [n, k]}
     * @param targets rows of probabilities t (one-hot or soft), shape {@code [n, k]}
     */
    public static Node crossEntropy(Node logits, Tensor targets) {
        return from(CrossEntropy.ofTargets(logits, targets));
    }

    // ---------------------------------------------------------------- backward and explaining

    /** Backpropagates from this scalar result, upstream starting at 1. */
    public void backward() {
        Backprop.run(this, null, false);
    }

    /**
     * Backpropagates with an explicit upstream gradient (needed when this node is not a scalar).
     *
     * @param upstream ∂result/∂this, this node's shape
     */
    public void backward(Tensor upstream) {
        Backprop.run(this, upstream, false);
    }

    /**
     * Like {@link #backward()}, but stops at the first gate that produces a NaN or infinite
     * gradient and names it, with the input, the element and the values involved.
     *
     * @throws ArithmeticException naming the gate
     */
    public void backwardCheckingFinite() {
        Backprop.run(this, null, true);
    }

    /**
     * The last backward pass, gate by gate from this result to the leaves: each gate's upstream,
     * its local gradient, and the downstream it sent to each input (shapes always, values when
     * small). Call it after {@link #backward()}; the trace shows that pass as it ran, even after
     * an optimizer has assigned new values to the parameters.
     */
    public String explain() {
        return Explain.trace(this);
    }

    /** The graph in Graphviz DOT: value nodes with values and gradients, gate nodes between. */
    public String toDot() {
        return Dot.graph(this);
    }

    /** The name (if any), shape and value. */
    @Override
    public String toString() {
        String label = name == null ? (gate == null ? "leaf" : gate.name()) : name;
        return "Node(" + label + ", " + value + ")";
    }
}
