package org.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

/** toDot(): a Graphviz digraph with a box per value, an ellipse per gate, and forward arrows. */
class DotTest {

    private static Node seedExample() {
        Node x = Node.scalar(-2.0).named("x");
        Node y = Node.scalar(3.0).named("y");
        Node z = x.mul(y).named("z");
        z.backward();
        return z;
    }

    @Test
    void showsValuesGradientsAndEdges() {
        String dot = seedExample().toDot();
        assertThat(dot).isEqualToNormalizingNewlines("""
                digraph chainrule {
                  rankdir=LR;
                  node [fontname="Helvetica"];
                  v0 [shape=box, label="x\\nvalue [] -2.0\\ngrad [] 3.0"];
                  v1 [shape=box, label="y\\nvalue [] 3.0\\ngrad [] -2.0"];
                  v2 [shape=box, label="z\\nvalue [] -6.0\\ngrad [] 1.0"];
                  g2 [shape=ellipse, style=filled, fillcolor=lightblue, label="Mul"];
                  g2 -> v2;
                  v0 -> g2;
                  v1 -> g2;
                }
                """);
    }

    @Test
    void isAWellFormedDigraph() {
        Node a = Node.of(Tensor.of(1, 2)).named("a \"quoted\"");
        Node b = Node.constant(Tensor.of(3, -4));
        Node q = a.mul(b).maximum(a).sum();
        q.backward();
        String dot = q.toDot();
        assertThat(dot).startsWith("digraph chainrule {\n").endsWith("}\n");
        assertThat(dot).contains("v1 [shape=box, label=\"constant\\nvalue [2] [3.0, -4.0]\"];")   // no grad line
                .contains("label=\"Max\"").contains("label=\"a \\\"quoted\\\"");
        // every statement is a node or an edge, and every edge joins declared nodes
        String body = dot.substring(dot.indexOf('{') + 1, dot.lastIndexOf('}'));
        Pattern edge = Pattern.compile("\\s*([vg]\\d+) -> ([vg]\\d+);");
        Pattern node = Pattern.compile("\\s*([vg]\\d+) \\[.*\\];");
        java.util.Set<String> declared = new java.util.HashSet<>();
        java.util.List<String[]> edges = new java.util.ArrayList<>();
        for (String line : body.strip().split("\n")) {
            Matcher n = node.matcher(line);
            Matcher e = edge.matcher(line);
            if (n.matches()) {
                declared.add(n.group(1));
            } else if (e.matches()) {
                edges.add(new String[] {e.group(1), e.group(2)});
            } else {
                assertThat(line.strip()).isIn("rankdir=LR;", "node [fontname=\"Helvetica\"];");
            }
        }
        assertThat(edges).hasSize(3 + 3 + 2);     // Mul and Max: 2 in + 1 out; Sum: 1 in + 1 out
        for (String[] e : edges) {
            assertThat(declared).contains(e[0], e[1]);
        }
    }
}
