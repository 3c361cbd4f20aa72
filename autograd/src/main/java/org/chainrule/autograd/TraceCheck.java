package org.chainrule.autograd;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.core.Tensor;

/**
 * The guards of a {@link StaticGraph} (package-private).
 * <ul>
 *   <li>{@link #samePath}: a static graph cannot see an {@code if} in Java code, so it runs the
 *       function again, eagerly, and compares the new graph with the trace node by node;</li>
 *   <li>{@link #sameValues}: right after tracing, every buffer must hold the bits the eager gate
 *       computed — a check on the replay kernels themselves.</li>
 * </ul>
 */
final class TraceCheck {
    private static final String INFLEXIBLE = "A static graph records the gates once and replays them; "
            + "it cannot follow an if on values in the traced function (the notes: TensorFlow 1.0 is "
            + "inflexible but fast). Keep this function eager (Node), or write the choice as a gate "
            + "(maximum, relu) so that it is part of the graph.";

    private TraceCheck() {
    }

    /**
     * Compares the graph {@code again} (the function run eagerly on {@code inputs}) with the trace.
     *
     * @param traced the trace's slots in topological order
     * @throws IllegalStateException at the first node that differs
     */
    static void samePath(List<Slot> traced, Node again, Tensor[] inputs) {
        List<Node> now = Backprop.topologicalOrder(again, true);
        Map<Node, Integer> tracedAt = new IdentityHashMap<>();
        Map<Node, Integer> nowAt = new IdentityHashMap<>();
        for (int i = 0; i < traced.size(); i++) {
            tracedAt.put(traced.get(i).node, i);
        }
        for (int i = 0; i < now.size(); i++) {
            nowAt.put(now.get(i), i);
        }
        for (int i = 0; i < Math.min(traced.size(), now.size()); i++) {
            Slot t = traced.get(i);
            Node n = now.get(i);
            if (t.kind == Slot.Kind.GATE) {
                requireSameGate(i, t.node, n, tracedAt, nowAt);
            } else if (t.kind == Slot.Kind.CONSTANT && !(n.isLeaf() && n.value().equals(t.node.value()))) {
                throw new IllegalStateException(String.format("StaticGraph: the trace baked the constant %s = %s "
                        + "into the graph, but for these inputs the function made %s; a static graph bakes every "
                        + "tensor that is not an input. Pass it to trace(...) as an input so that each replay can "
                        + "change it.", t.shape, t.node.value(), n.isLeaf() ? n.value() : "gate " + n.gate().name()));
            } else if (t.kind == Slot.Kind.PARAMETER && n != t.node || t.kind == Slot.Kind.INPUT && !n.isLeaf()) {
                throw differs(i, describe(t.node), describe(n));
            }
        }
        if (traced.size() != now.size()) {
            throw new IllegalStateException(String.format("StaticGraph: the traced function took another path for "
                    + "these inputs: the trace has %d nodes, this call made %d. %s",
                    traced.size(), now.size(), INFLEXIBLE));
        }
    }

    private static void requireSameGate(int i, Node traced, Node now, Map<Node, Integer> tracedAt,
                                        Map<Node, Integer> nowAt) {
        if (now.isLeaf() || !now.gate().name().equals(traced.gate().name())
                || !now.gate().local().equals(traced.gate().local()) || !now.shape().equals(traced.shape())) {
            throw differs(i, describe(traced), describe(now));
        }
        List<Node> a = traced.gate().inputs();
        List<Node> b = now.gate().inputs();
        for (int k = 0; k < a.size(); k++) {
            if (!tracedAt.get(a.get(k)).equals(nowAt.get(b.get(k)))) {
                throw differs(i, describe(traced) + " reading node " + tracedAt.get(a.get(k)) + " as input " + k,
                        describe(now) + " reading node " + nowAt.get(b.get(k)));
            }
        }
    }

    private static IllegalStateException differs(int i, String traced, String now) {
        return new IllegalStateException(String.format("StaticGraph: the traced function took another path for "
                + "these inputs: node %d of the trace is %s, this call made %s. %s", i, traced, now, INFLEXIBLE));
    }

    private static String describe(Node node) {
        if (node.isLeaf()) {
            return (node.name() != null ? "leaf " + node.name() : "a leaf") + " " + node.shape();
        }
        return "gate " + node.gate().name() + " " + node.shape();
    }

    /**
     * Every gate's buffer holds the bits its eager node holds (called right after tracing, when
     * both computed the same pass).
     *
     * @throws IllegalStateException naming the first gate whose replay differs
     */
    static void sameValues(List<Slot> slots) {
        for (Slot slot : slots) {
            if (slot.kind == Slot.Kind.GATE && !slot.valueTensor().equals(slot.node.value())) {
                throw new IllegalStateException(String.format("StaticGraph: the replay of gate %s gives %s, but "
                        + "the gate computed %s; the replay must compute what the gate computes. (If the gate is "
                        + "your own, its forward must depend on its inputs' values only.)",
                        slot.node.gate().name(), slot.valueTensor(), slot.node.value()));
            }
        }
    }
}
