package org.chainrule.autograd;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Graphviz DOT for {@link Node#toDot()} (package-private): a box per value (name, shape, value,
 * gradient), an ellipse per gate, arrows in the forward direction. Render with
 * {@code dot -Tpng graph.dot -o graph.png}.
 */
final class Dot {
    private Dot() {
    }

    static String graph(Node root) {
        List<Node> order = Backprop.topologicalOrder(root, true);
        Map<Node, String> labels = Explain.labels(order);
        Map<Node, Integer> position = new IdentityHashMap<>();       // v<i> of each value, found in O(1)
        StringBuilder sb = new StringBuilder("digraph chainrule {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n");
        for (int i = 0; i < order.size(); i++) {
            Node n = order.get(i);
            position.put(n, i);                 // inputs come earlier in the order, so theirs are known
            String grad = n.requiresGrad() ? "\\ngrad " + escape(Explain.brief(n.grad())) : "";
            String label = n.name() == null && !n.requiresGrad() ? "constant" : labels.get(n);
            sb.append(String.format("  v%d [shape=box, label=\"%s\\nvalue %s%s\"];%n",
                    i, escape(label), escape(Explain.brief(n.value())), grad));
            if (!n.isLeaf()) {
                sb.append(String.format("  g%d [shape=ellipse, style=filled, fillcolor=lightblue, label=\"%s\"];%n",
                        i, escape(n.gate().name())));
                sb.append(String.format("  g%d -> v%d;%n", i, i));
                for (Node in : n.gate().inputs()) {
                    sb.append(String.format("  v%d -> g%d;%n", position.get(in), i));
                }
            }
        }
        return sb.append("}\n").toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
