package org.chainrule.lab;

import java.io.PrintStream;
import org.chainrule.core.Rng;
import org.chainrule.core.Shape;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;

/**
 * {@code chainrule demo tensors}: a short tour of {@code core} — shapes, broadcasting, the notes'
 * matmul rule and its error, flatten, and the same seed twice.
 */
final class TensorsDemo implements Demo {
    /** Images in the example batch. */
    static final int BATCH = 5;
    /** Classes of the example classifier (CIFAR-10's). */
    static final int CLASSES = 10;

    @Override
    public String name() {
        return "tensors";
    }

    @Override
    public boolean writesFiles() {
        return false;
    }

    @Override
    public String summary() {
        return "shapes, broadcasting, the matmul rule, flatten, set_seed";
    }

    @Override
    public void run(Context context) {
        PrintStream out = context.out();
        shapes(out);
        broadcasting(out);
        matmulRule(out);
        flatten(out);
        seeds(out, context.seed() == null ? 2020 : context.seed());
    }

    private static void shapes(PrintStream out) {
        out.println("1. A tensor is numbers plus a shape. Shapes are written [rows, cols].");
        Tensor x = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        show(out, "x =", x);
        out.printf("   x.shape() = %s, rank %d, %d elements; x.get(1, 2) = %s%n%n",
                x.shape(), x.rank(), x.size(), x.get(1, 2));
    }

    private static void broadcasting(PrintStream out) {
        out.println("2. Broadcasting: align shapes from the right; each pair must be equal or 1.");
        Tensor x = Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        Tensor bias = Tensor.of(10, 20, 30);
        show(out, "[2, 3] + [3]  (a bias added to every row):", x.add(bias));
        Tensor perRow = Tensor.of(new double[][] {{100}, {200}});
        show(out, "[2, 3] + [2, 1]  (one number per row):", x.add(perRow));
        out.println("   [2, 3] + [2] does not broadcast:");
        tryIt(out, () -> x.add(Tensor.of(1, 2)));
        out.println();
    }

    private static void matmulRule(PrintStream out) {
        out.println("3. Matrix product: A's columns must equal B's rows. A(1,2)·B(2,1) → [1, 1].");
        Tensor a = Tensor.of(new double[][] {{1, 2}});
        Tensor b = Tensor.of(new double[][] {{3}, {4}});
        show(out, "A =", a);
        show(out, "B =", b);
        show(out, "A·B =  (1·3 + 2·4 = 11)", a.matmul(b));
        out.println("   A(1,2)·C(3,1) breaks the rule:");
        tryIt(out, () -> a.matmul(Tensor.ones(3, 1)));
        out.println();
    }

    private static void flatten(PrintStream out) {
        out.println("4. Flatten and reshape keep the numbers in order and change only the shape.");
        Tensor square = Tensor.of(new double[][] {{1, 2}, {3, 4}});
        show(out, "(2, 2) → (4, 1):", square.reshape(4, 1));
        Shape image = Shape.of(32, 32, 3);
        Tensor pixels = Tensor.zeros(image);
        out.printf("   A 32×32 RGB image %s flattens to %s.%n", image, pixels.flatten().shape());
        int n = BATCH;
        Tensor batch = Tensor.zeros(n, 32, 32, 3).reshape(n, -1);
        Tensor w = Tensor.zeros(pixels.size(), CLASSES);
        Tensor b = Tensor.zeros(CLASSES);
        out.printf("   %d images stack into a batch X %s, one image per row. A linear classifier for %d classes%n",
                n, batch.shape(), CLASSES);
        out.printf("   has W %s ([features, classes], as everywhere in models) and b %s:%n", w.shape(), b.shape());
        out.printf("   X·W + b = %s·%s + %s → scores %s, one row per image, one column per class.%n",
                batch.shape(), w.shape(), b.shape(), batch.matmul(w).add(b).shape());
        out.printf("   (The notes write W as [%d, %d] and score one image as W·x; that is x·W here, transposed.)%n%n",
                CLASSES, pixels.size());
    }

    private static void seeds(PrintStream out, long seed) {
        out.printf("5. set_seed: Rng.seed(%d) twice gives the same numbers; another seed does not.%n", seed);
        Tensor first = Rng.seed(seed).normal(0, 1, 2, 1);
        Tensor again = Rng.seed(seed).normal(0, 1, 2, 1);
        Tensor other = Rng.seed(seed + 1).normal(0, 1, 2, 1);
        out.println("   seed " + seed + ":       " + first.reshape(-1));
        out.println("   seed " + seed + " again: " + again.reshape(-1));
        out.println("   seed " + (seed + 1) + ":       " + other.reshape(-1));
        out.printf("   bit-identical: %s; different seeds equal: %s%n", first.equals(again), first.equals(other));
    }

    /** Prints a label, then the tensor indented under it. */
    private static void show(PrintStream out, String label, Tensor t) {
        out.println("   " + label);
        out.println("     " + t.toString().replace("\n", "\n     "));
    }

    private static void tryIt(PrintStream out, Runnable op) {
        try {
            op.run();
            out.println("   (no error?)");
        } catch (ShapeException e) {
            out.println("   ShapeException: " + e.getMessage());
        }
    }
}
