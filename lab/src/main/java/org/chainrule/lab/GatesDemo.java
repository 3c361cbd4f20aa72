package org.chainrule.lab;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;

/**
 * {@code chainrule demo gates}: the notes' patterns in gradient flow on small numbers — add
 * distributes, mul swaps, copy adds, max routes — then one graph with all four, its backward pass
 * explained gate by gate, and its picture as Graphviz DOT (and PNG when {@code dot} is installed).
 */
final class GatesDemo implements Demo {

    @Override
    public String name() {
        return "gates";
    }

    @Override
    public boolean usesSeed() {
        return false;   // its numbers are fixed by hand: nothing is drawn at random
    }

    @Override
    public String summary() {
        return "add distributes, mul swaps, copy adds, max routes; upstream × local = downstream";
    }

    @Override
    public void run(Context context) throws IOException, InterruptedException {
        PrintStream out = context.out();
        out.println("Backpropagation, one gate at a time: downstream = upstream × local.");
        out.println("Each example sends upstream 2 into the gate's output and reads what reaches the inputs.");
        out.println();
        addGate(out);
        mulGate(out);
        copyGate(out);
        maxGate(out);
        wholeGraph(out, context.outDir());
    }

    private static void addGate(PrintStream out) {
        Node a = Node.scalar(3.0).named("a");
        Node b = Node.scalar(-4.0).named("b");
        a.add(b).backward(Tensor.scalar(2));
        out.println("add gate (distributor): out = a + b, a = 3, b = -4");
        out.printf("  upstream 2 → a gets %s, b gets %s: both get the upstream unchanged.%n%n",
                a.grad().item(), b.grad().item());
    }

    private static void mulGate(PrintStream out) {
        Node a = Node.scalar(3.0).named("a");
        Node b = Node.scalar(-4.0).named("b");
        a.mul(b).backward(Tensor.scalar(2));
        out.println("mul gate (swap multiplier): out = a · b, a = 3, b = -4");
        out.printf("  upstream 2 → a gets 2 · b = %s, b gets 2 · a = %s: each gets the OTHER input.%n%n",
                a.grad().item(), b.grad().item());
    }

    private static void copyGate(PrintStream out) {
        Node x = Node.scalar(3.0).named("x");
        Node y = x.mul(4).add(x.pow(2));        // x feeds two gates: 4x and x²
        y.backward(Tensor.scalar(2));
        out.println("copy gate (gradient adder): y = 4x + x², x = 3 — x is used twice (fan-out)");
        out.printf("  upstream 2 → branch 4x sends 2 · 4 = 8, branch x² sends 2 · 2x = 12; x gets the sum, %s.%n%n",
                x.grad().item());
    }

    private static void maxGate(PrintStream out) {
        Node z = Node.scalar(2.0).named("z");
        Node w = Node.scalar(-1.0).named("w");
        z.maximum(w).backward(Tensor.scalar(2));
        out.println("max gate (router): out = max(z, w), z = 2, w = -1");
        out.printf("  upstream 2 → z gets %s, w gets %s: all of it goes to the larger input.%n%n",
                z.grad().item(), w.grad().item());
    }

    private static void wholeGraph(PrintStream out, Path outDir) throws IOException, InterruptedException {
        Node x = Node.scalar(3.0).named("x");
        Node y = Node.scalar(-4.0).named("y");
        Node z = Node.scalar(2.0).named("z");
        Node w = Node.scalar(-1.0).named("w");
        Node f = x.mul(y).named("xy").add(z.maximum(w).named("max")).named("s").mul(2).named("f");
        f.backward();
        out.println("All together: f = 2 · (x·y + max(z, w)), x = 3, y = -4, z = 2, w = -1; f = " + f.item());
        out.println(f.explain().indent(2));
        Files.createDirectories(outDir);
        Path dot = outDir.resolve("gates.dot");
        Files.writeString(dot, f.toDot(), StandardCharsets.UTF_8);
        out.println("Wrote the graph with values and gradients to " + dot + renderPng(dot));
    }

    /** Renders {@code graph.dot} to PNG with Graphviz when it is installed; says what happened. */
    private static String renderPng(Path dot) throws InterruptedException {
        Path png = dot.resolveSibling(dot.getFileName().toString().replace(".dot", ".png"));
        try {
            Process p = new ProcessBuilder("dot", "-Tpng", dot.toString(), "-o", png.toString())
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0 ? " and " + png + "." : " (Graphviz's dot failed; no PNG).";
        } catch (IOException notInstalled) {
            return " (install Graphviz, e.g. apt-get install graphviz, for a PNG).";
        }
    }
}
