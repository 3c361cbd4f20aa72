package org.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@link Node} operation against PyTorch 1.13 (float64): its value, and the gradient of a
 * fixed random readout {@code L = Σ out ⊙ R} with respect to every input, on the cases of
 * {@code src/test/resources/pytorch-reference.txt}.
 *
 * <p>That file is committed. It was made <b>by hand</b>, not by CI (the build has no Python), with
 * {@code autograd/src/test/python/make_reference.py}; its header says how to run it again. A
 * public operation of {@code Node} with no case in the file fails {@link #everyNodeOperationHasACase}:
 * add an operation, add its cases to the script and run it.
 *
 * <p>Agreement means {@code |ours − theirs| ≤ 1e-12·|theirs| + 1e-14} per element (infinities
 * must match exactly): the two differ only in the order of summation and in library functions
 * ({@code exp}, {@code log}, {@code tanh}) that are correct to about one unit in the last place.
 */
class PyTorchReferenceTest {
    private static final String RESOURCE = "/pytorch-reference.txt";
    private static final double REL_TOL = 1e-12;
    private static final double ABS_TOL = 1e-14;
    /** Public methods returning a Node that make leaves or name them, not operations. */
    private static final Set<String> NOT_OPERATIONS = Set.of("of", "scalar", "constant", "from", "named");

    /** One case of the file. */
    record Case(String op, String note, Map<String, String> args, Map<String, Tensor> inputs, Tensor target,
            Tensor readout, Tensor value, Map<String, Tensor> grads) {
        @Override
        public String toString() {
            return op + " | " + note;
        }
    }

    @TestFactory
    List<DynamicTest> everyCaseAgreesWithPyTorch() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            tests.add(DynamicTest.dynamicTest(c.toString(), () -> check(c)));
        }
        return tests;
    }

    @Test
    void everyNodeOperationHasACase() throws IOException {
        Set<String> inFile = cases().stream().map(Case::op).collect(Collectors.toCollection(TreeSet::new));
        Set<String> operations = nodeOperations();
        assertThat(operations).as("public Node operations found by reflection").hasSizeGreaterThanOrEqualTo(30)
                .contains("add(Node)", "maximum(Node)", "sum()", "sum(int)", "crossEntropy(Node,int[])");
        assertThat(inFile).as("operations with a PyTorch case (add the missing ones to make_reference.py)")
                .containsAll(operations);
        assertThat(operations).as("operations in the file that Node no longer has").containsAll(inFile);
    }

    @Test
    void theFileIsTheOneTheScriptWritesAndIsNotEmpty() throws IOException {
        List<Case> all = cases();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        for (Case c : all) {
            assertThat(c.grads().keySet()).as("%s has a gradient for every input", c).isEqualTo(c.inputs().keySet());
        }
    }

    /** {@code name(Param,Param)} for every public method of Node that makes a new node by an operation. */
    static Set<String> nodeOperations() {
        Set<String> ops = new TreeSet<>();
        for (Method m : Node.class.getMethods()) {
            if (m.getDeclaringClass() == Node.class && m.getReturnType() == Node.class
                    && Modifier.isPublic(m.getModifiers()) && !NOT_OPERATIONS.contains(m.getName())) {
                ops.add(m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                        .collect(Collectors.joining(",", "(", ")")));
            }
        }
        return ops;
    }

    private static void check(Case c) {
        Map<String, Node> leaves = new LinkedHashMap<>();
        c.inputs().forEach((name, t) -> leaves.put(name, Node.of(t)));
        List<Node> in = new ArrayList<>(leaves.values());
        Node out = apply(c, in);
        assertClose(c + ": value", out.value(), c.value());
        out.mul(Node.constant(c.readout())).sum().backward();
        leaves.forEach((name, leaf) -> assertClose(c + ": ∂L/∂" + name, leaf.grad(), c.grads().get(name)));
    }

    /** The operation named by the case, on its inputs and arguments. */
    private static Node apply(Case c, List<Node> in) {
        Node x = in.get(0);
        return switch (c.op()) {
            case "add(Node)" -> x.add(in.get(1));
            case "sub(Node)" -> x.sub(in.get(1));
            case "mul(Node)" -> x.mul(in.get(1));
            case "div(Node)" -> x.div(in.get(1));
            case "maximum(Node)" -> x.maximum(in.get(1));
            case "matmul(Node)" -> x.matmul(in.get(1));
            case "add(double)" -> x.add(number(c, "c"));
            case "sub(double)" -> x.sub(number(c, "c"));
            case "mul(double)" -> x.mul(number(c, "c"));
            case "div(double)" -> x.div(number(c, "c"));
            case "pow(double)" -> x.pow(number(c, "p"));
            case "neg()" -> x.neg();
            case "exp()" -> x.exp();
            case "log()" -> x.log();
            case "sqrt()" -> x.sqrt();
            case "relu()" -> x.relu();
            case "sigmoid()" -> x.sigmoid();
            case "tanh()" -> x.tanh();
            case "transpose()" -> x.transpose();
            case "reshape(int[])" -> x.reshape(ints(c, "dims"));
            case "flatten()" -> x.flatten();
            case "broadcastTo(Shape)" -> x.broadcastTo(Shape.of(ints(c, "shape")));
            case "sum()" -> x.sum();
            case "sum(int)" -> x.sum(ints(c, "axis")[0]);
            case "mean()" -> x.mean();
            case "mean(int)" -> x.mean(ints(c, "axis")[0]);
            case "softmax(int)" -> x.softmax(ints(c, "axis")[0]);
            case "logSoftmax(int)" -> x.logSoftmax(ints(c, "axis")[0]);
            case "crossEntropy(Node,int[])" -> Node.crossEntropy(x, ints(c, "labels"));
            case "crossEntropy(Node,Tensor)" -> Node.crossEntropy(x, c.target());
            default -> throw new AssertionError("no way to run " + c.op() + " yet: add it to PyTorchReferenceTest.apply");
        };
    }

    private static void assertClose(String what, Tensor ours, Tensor theirs) {
        assertThat(ours.shape()).as(what + " shape").isEqualTo(theirs.shape());
        double[] a = ours.toArray();
        double[] b = theirs.toArray();
        for (int i = 0; i < b.length; i++) {
            boolean ok = Double.isInfinite(b[i]) || Double.isNaN(b[i])
                    ? Double.compare(a[i], b[i]) == 0
                    : Math.abs(a[i] - b[i]) <= REL_TOL * Math.abs(b[i]) + ABS_TOL;
            if (!ok) {
                throw new AssertionError(String.format("%s: element %d is %s, PyTorch says %s (difference %.3g)%n"
                        + "  ours    %s%n  PyTorch %s", what, i, a[i], b[i], Math.abs(a[i] - b[i]), ours, theirs));
            }
        }
    }

    private static double number(Case c, String name) {
        return Double.parseDouble(c.args().get(name));
    }

    private static int[] ints(Case c, String name) {
        return Arrays.stream(c.args().get(name).split(",")).mapToInt(Integer::parseInt).toArray();
    }

    // ---------------------------------------------------------------- reading the file

    static List<Case> cases() throws IOException {
        String text;
        try (InputStream in = PyTorchReferenceTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as("resource " + RESOURCE).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        String op = null;
        String note = null;
        Map<String, String> args = new LinkedHashMap<>();
        Map<String, Tensor> inputs = new LinkedHashMap<>();
        Map<String, Tensor> grads = new LinkedHashMap<>();
        Tensor target = null;
        Tensor readout = null;
        Tensor value = null;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] w = line.split(" ", 3);
            switch (w[0]) {
                case "case" -> {
                    String[] parts = line.substring("case ".length()).split(" \\| ", 2);
                    op = parts[0];
                    note = parts[1];
                    args = new LinkedHashMap<>();
                    inputs = new LinkedHashMap<>();
                    grads = new LinkedHashMap<>();
                    target = null;
                    readout = null;
                    value = null;
                }
                case "arg" -> args.put(w[1], w[2]);
                case "in" -> inputs.put(w[1], tensor(w[2]));
                case "grad" -> grads.put(w[1], tensor(w[2]));
                case "target" -> target = tensor(line.substring("target ".length()));
                case "readout" -> readout = tensor(line.substring("readout ".length()));
                case "value" -> value = tensor(line.substring("value ".length()));
                case "end" -> cases.add(new Case(op, note, args, inputs, target, readout, value, grads));
                default -> throw new AssertionError("pytorch-reference.txt: cannot read line: " + line);
            }
        }
        return cases;
    }

    /** {@code [2,3] v v v v v v}. */
    private static Tensor tensor(String text) {
        int close = text.indexOf(']');
        String dims = text.substring(1, close);
        Shape shape = Shape.of(dims.isEmpty() ? new int[0]
                : Arrays.stream(dims.split(",")).mapToInt(Integer::parseInt).toArray());
        String rest = text.substring(close + 1).trim();
        double[] values = rest.isEmpty() ? new double[0]
                : Arrays.stream(rest.split(" ")).mapToDouble(Double::parseDouble).toArray();
        return Tensor.of(shape, values);
    }
}
