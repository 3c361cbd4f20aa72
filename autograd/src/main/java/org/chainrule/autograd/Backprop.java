package org.chainrule.autograd;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.chainrule.core.Shape;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;

/**
 * The backpropagation engine (package-private).
 *
 * <ol>
 *   <li>Order the graph so every node comes after the nodes it was made from (a topological
 *       order), with an explicit stack: a chain of 100,000 nodes must not overflow the call stack.</li>
 *   <li>Walk that order backwards. Each node's gradient is complete when its turn comes, because
 *       every gate that read it has already passed its downstream back: the notes' "memoised
 *       upstream" — each gradient is computed once and reused, never recomputed per path.</li>
 *   <li>Ask the node's gate for upstream × local, and add each downstream into its input.</li>
 * </ol>
 * Backward costs one gate call per node: linear in the size of the graph.
 */
final class Backprop {
    private Backprop() {
    }

    static void run(Node root, Tensor upstream, boolean checkFinite) {
        Tensor seed = seed(root, upstream);
        if (!root.requiresGrad()) {
            throw new IllegalStateException("backward: nothing in this graph needs a gradient: every leaf "
                    + "is a constant. Make parameters with Node.of(...), data with Node.constant(...).");
        }
        List<Node> order = topologicalOrder(root, false);
        for (Node node : order) {
            if (!node.isLeaf()) {
                node.setGrad(null);         // inner nodes start every pass afresh
                node.setDownstream(null);
                requireUnchangedInputs(node);
            }
        }
        if (checkFinite) {
            ForwardNaN.check(order);
        }
        accumulate(root, seed, "backward", 0);
        for (int i = order.size() - 1; i >= 0; i--) {
            Node node = order.get(i);
            Gate gate = node.gate();
            if (gate == null || node.rawGrad() == null) {
                continue;
            }
            List<Tensor> downstream = gate.backward(node.rawGrad(), node.value());
            List<Node> inputs = gate.inputs();
            GateRules.requireOneGradientPerInput(gate, inputs, downstream);
            node.setDownstream(downstream);      // what explain() shows: the values sent in this pass
            for (int k = 0; k < inputs.size(); k++) {
                Node input = inputs.get(k);
                if (!input.requiresGrad()) {
                    continue;
                }
                if (checkFinite) {
                    requireShape(input, downstream.get(k), gate.name(), k);   // a shape error first
                    NonFinite.check(gate, k, node.rawGrad(), downstream.get(k));
                }
                accumulate(input, downstream.get(k), gate.name(), k);
            }
        }
    }

    private static Tensor seed(Node root, Tensor upstream) {
        if (upstream == null) {
            if (root.value().size() != 1) {
                throw new ShapeException(String.format("backward: the result is %s, not a single number; "
                        + "backward() starts from upstream 1 only for a scalar. Reduce it first "
                        + "(e.g. loss.mean()) or pass backward(upstream) with shape %s.",
                        root.shape(), root.shape()));
            }
            return Tensor.ones(root.shape().toArray());
        }
        if (!upstream.shape().equals(root.shape())) {
            throw new ShapeException(String.format("backward: upstream is %s but the result is %s; "
                    + "the upstream gradient has the result's shape.", upstream.shape(), root.shape()));
        }
        return upstream;
    }

    /**
     * Refuses a gate whose input leaf was given a new value by {@code assign} after the gate read
     * it: its backward would mix the old pass with the new value (with {@code y = w·w} at w = 2,
     * assign 3, the gradient would be 2·3 = 6, not 2·2 = 4). PyTorch refuses the same way.
     */
    private static void requireUnchangedInputs(Node node) {
        int k = node.staleInput();
        if (k < 0) {
            return;
        }
        Node input = node.gate().inputs().get(k);
        String who = input.name() != null ? "leaf " + input.name() : "a leaf";
        throw new IllegalStateException(String.format("backward: %s %s was assigned a new value after gate %s "
                + "read it in the forward pass (it was at version %d then, it is at version %d now); the "
                + "gradient would mix the old pass with the new value. Keep the order of a training step: "
                + "forward, backward, then assign (the optimizer's step), then a new forward.",
                who, input.shape(), node.gate().name(), node.inputVersion(k), input.version()));
    }

    /**
     * The one place where gradients add up. A node read by several gates (the notes' copy gate,
     * "fan-out") receives one downstream from each; their sum is its gradient.
     */
    static void accumulate(Node input, Tensor downstream, String gateName, int inputIndex) {
        requireShape(input, downstream, gateName, inputIndex);
        Tensor old = input.rawGrad();
        input.setGrad(old == null ? downstream : old.add(downstream));
    }

    /** A downstream gradient has its input's shape; if not, the gate forgot a sumTo. */
    static void requireShape(Node input, Tensor downstream, String gateName, int inputIndex) {
        Shape expected = input.shape();
        if (!downstream.shape().equals(expected)) {
            throw new ShapeException(String.format("backward: gate %s returned a downstream gradient of "
                    + "shape %s for input %d, whose value is %s; a gradient has its input's shape "
                    + "(sum a broadcast gradient back with sumTo).",
                    gateName, downstream.shape(), inputIndex, expected));
        }
    }

    /** Numbers the traversals, so a node can carry the number of the last one that saw it. */
    private static final AtomicLong TRAVERSALS = new AtomicLong();

    /**
     * Every node reachable from {@code root}, each after all of its inputs; iterative DFS with an
     * explicit stack. A node is "seen" when it carries this traversal's stamp, which costs no
     * hashing however large the graph. Constants are skipped unless {@code includeConstants} (for
     * pictures of the whole graph).
     */
    static List<Node> topologicalOrder(Node root, boolean includeConstants) {
        long traversal = TRAVERSALS.incrementAndGet();
        List<Node> order = new ArrayList<>();
        Deque<Frame> stack = new ArrayDeque<>();
        root.stamp(traversal);
        stack.push(new Frame(root));
        while (!stack.isEmpty()) {
            Frame top = stack.peek();
            if (top.next < top.inputs.size()) {
                Node child = top.inputs.get(top.next++);
                if ((includeConstants || child.requiresGrad()) && child.stamp(traversal)) {
                    stack.push(new Frame(child));
                }
            } else {
                stack.pop();
                order.add(top.node);      // all its inputs are already in the order
            }
        }
        return order;
    }

    /** A node on the DFS stack: its inputs (asked for once) and the next one to visit. */
    private static final class Frame {
        final Node node;
        final List<Node> inputs;
        int next;

        Frame(Node node) {
            this.node = node;
            this.inputs = node.isLeaf() ? List.of() : node.gate().inputs();
        }
    }
}
