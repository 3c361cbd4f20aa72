package org.chainrule.autograd;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.core.Tensor;

/**
 * The text trace behind {@link Node#explain()} (package-private): the last backward pass, gate by
 * gate from the result to the leaves, as upstream × local = downstream. The downstream shown is
 * the one the gate returned during that pass (kept on the node), not a recomputation: after
 * {@code assign} the inputs' values have moved on, and a new backward would send something else.
 */
final class Explain {
    /** Tensors with at most this many elements print their values; larger ones only their shape. */
    static final int SMALL = 12;

    private Explain() {
    }

    static String trace(Node root) {
        List<Node> order = Backprop.topologicalOrder(root, false);
        Map<Node, String> labels = labels(Backprop.topologicalOrder(root, true));   // the same #i as toDot()
        StringBuilder sb = new StringBuilder();
        boolean fromOne = !root.hasGrad() || root.grad().equals(Tensor.ones(root.shape().toArray()));
        String start = fromOne ? "1 (∂result/∂result)" : brief(root.grad()) + " (given to backward)";
        sb.append(String.format("backward from %s = %s; upstream starts at %s%n",
                labels.get(root), brief(root.value()), start));
        if (!root.hasGrad()) {
            return sb.append("(no backward pass yet: call backward() first)").toString();
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            Node node = order.get(i);
            if (node.isLeaf() || !node.hasGrad()) {
                continue;
            }
            appendGate(sb, node, labels);
        }
        sb.append("leaves:");
        for (Node node : order) {
            if (node.isLeaf()) {
                sb.append(String.format("%n  %-8s grad = %s", labels.get(node), brief(node.grad())));
            }
        }
        return sb.toString();
    }

    private static void appendGate(StringBuilder sb, Node node, Map<Node, String> labels) {
        Gate gate = node.gate();
        List<Tensor> downstream = node.downstream();
        sb.append(String.format("%s = %s(%s)%n", labels.get(node), gate.name(), inputNames(gate, labels)));
        sb.append(String.format("    upstream    %s%n", brief(node.grad())));
        sb.append(String.format("    local       %s%n", gate.local()));
        List<Node> inputs = gate.inputs();
        int stale = node.staleInput();
        if (stale >= 0) {
            sb.append(String.format("                (numbers not shown: %s was assigned a new value after this pass)%n",
                    labels.get(inputs.get(stale))));
        }
        for (int k = 0; k < inputs.size() && stale < 0; k++) {
            Tensor local = inputs.get(k).requiresGrad() ? gate.localGradient(k, node.value()) : null;
            if (local != null) {
                sb.append(String.format("                ∂%s/∂%s = %s%n",
                        labels.get(node), labels.get(inputs.get(k)), brief(local)));
            }
        }
        for (int k = 0; k < inputs.size(); k++) {
            if (!inputs.get(k).requiresGrad()) {
                continue;
            }
            String sent = downstream == null ? "(none: backward stopped before this gate)" : brief(downstream.get(k));
            sb.append(String.format("    downstream  → %s: %s%n", labels.get(inputs.get(k)), sent));
        }
    }

    private static String inputNames(Gate gate, Map<Node, String> labels) {
        StringBuilder sb = new StringBuilder();
        for (Node in : gate.inputs()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(in.requiresGrad() || in.name() != null ? labels.get(in) : "const " + brief(in.value()));
        }
        return sb.toString();
    }

    /** Names for nodes: their own name, or #i in forward order. */
    static Map<Node, String> labels(List<Node> order) {
        Map<Node, String> labels = new IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            Node n = order.get(i);
            labels.put(n, n.name() != null ? n.name() : "#" + i);
        }
        return labels;
    }

    /** The shape, and the values when there are few. */
    static String brief(Tensor t) {
        if (t.size() > SMALL) {
            return t.shape().toString();
        }
        String s = t.toString().replaceAll("\\s*\\n\\s*", " ");
        return s.startsWith("Tensor") ? s.substring("Tensor".length()) : s;
    }
}
