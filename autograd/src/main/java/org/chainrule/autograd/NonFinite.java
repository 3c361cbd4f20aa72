package org.chainrule.autograd;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chainrule.core.Tensor;

/** Finds the first NaN or infinity in a gradient and names where it appeared (package-private). */
final class NonFinite {
    private NonFinite() {
    }

    /**
     * Throws if {@code downstream} holds a NaN or an infinity, naming gate, input and element, and
     * the value of every input of the gate at that element (for Div both a and b: either may be
     * the culprit).
     */
    static void check(Gate gate, int input, Tensor upstream, Tensor downstream) {
        double[] g = downstream.toArray();
        for (int i = 0; i < g.length; i++) {
            if (!Double.isFinite(g[i])) {
                int[] index = index(downstream, i);
                throw new ArithmeticException(String.format(
                        "backward: gate %s produced a non-finite gradient for input %d: downstream%s = %s "
                                + "(input %d is %s; %s; upstream is %s). Local rule: %s. Usual causes: "
                                + "log or division at 0, or an overflowed exp; use logSoftmax/crossEntropy "
                                + "instead of log(softmax(x)).",
                        gate.name(), input, Arrays.toString(index), g[i], input, downstream.shape(),
                        inputsThere(gate, index, downstream.shape().toArray()), upstream.shape(), gate.local()));
            }
        }
    }

    /** "inputs there: a = 2.0, b = 0.0": every input's value at the element, by its name in the gate. */
    static String inputsThere(Gate gate, int[] index, int[] dims) {
        List<Node> inputs = gate.inputs();
        List<String> names = names(gate);
        StringBuilder sb = new StringBuilder(inputs.size() == 1 ? "input there: " : "inputs there: ");
        for (int k = 0; k < inputs.size(); k++) {
            sb.append(k == 0 ? "" : ", ").append(names.get(k)).append(" = ")
                    .append(valueAt(inputs.get(k).value(), index, dims));
        }
        return sb.toString();
    }

    /**
     * The element of {@code t} that broadcasting pairs with {@code index} of a tensor of shape
     * {@code dims} (shapes aligned from the right; an axis of size 1 repeats its one element), or
     * all of t when many of its elements meet there (they were summed into this one).
     */
    private static String valueAt(Tensor t, int[] index, int[] dims) {
        int[] tDims = t.shape().toArray();
        int[] at = new int[tDims.length];
        for (int ax = 0; ax < tDims.length; ax++) {
            int paired = index.length - tDims.length + ax;
            if (tDims[ax] != 1 && (paired < 0 || dims[paired] != tDims[ax])) {
                return Explain.brief(t) + " (broadcast, all of it)";
            }
            at[ax] = tDims[ax] == 1 ? 0 : index[paired];
        }
        return Double.toString(t.get(at));
    }

    /**
     * The inputs' names: a record gate's Node components when they are its inputs in order
     * ({@code Div(a, b)} gives a and b, the letters of its local rule); else input 0, input 1, ...
     */
    private static List<String> names(Gate gate) {
        List<Node> inputs = gate.inputs();
        List<String> names = new ArrayList<>();
        if (gate.getClass().isRecord()) {
            try {
                for (RecordComponent c : gate.getClass().getRecordComponents()) {
                    if (c.getType() == Node.class && names.size() < inputs.size()
                            && c.getAccessor().invoke(gate) == inputs.get(names.size())) {
                        names.add(c.getName());
                    }
                }
            } catch (ReflectiveOperationException e) {
                names.clear();      // a gate from another package may hide its accessors: use numbers
            }
        }
        for (int k = names.size(); k < inputs.size(); k++) {
            names.add("input " + k);
        }
        return names;
    }

    /** The multi-index of flat position {@code flat} in a row-major tensor. */
    static int[] index(Tensor t, int flat) {
        int[] dims = t.shape().toArray();
        int[] idx = new int[dims.length];
        for (int ax = dims.length - 1; ax >= 0; ax--) {
            idx[ax] = flat % dims[ax];
            flat /= dims[ax];
        }
        return idx;
    }
}
