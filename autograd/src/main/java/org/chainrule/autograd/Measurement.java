package org.chainrule.autograd;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.core.Tensor;

/**
 * What {@link GradCheck} measured at one point (package-private): f's value there, backprop's
 * gradient and the central differences for every input, and the kinks met on the way.
 *
 * @param value f at the inputs
 * @param inputs the point, one tensor per argument of f
 * @param analytic backward's gradient of each input (zeros where none reached it)
 * @param numeric the central difference of each element of each input
 * @param reached whether backward reached each input at all
 * @param kinks the elements whose ±h straddle a kink
 */
record Measurement(double value, List<Tensor> inputs, List<Tensor> analytic, List<Tensor> numeric,
                   List<Boolean> reached, List<GradReport.Kink> kinks) {

    /** f is NaN or infinite at the inputs: nothing else can be measured. */
    static Measurement undefined(double value, Tensor[] inputs) {
        return new Measurement(value, List.of(inputs), List.of(), List.of(), List.of(), List.of());
    }

    /** True when element {@code flat} of input {@code input} straddles a kink. */
    boolean isKink(int input, int flat) {
        List<Integer> index = index(inputs.get(input), flat);
        for (GradReport.Kink k : kinks) {
            if (k.input() == input && k.index().equals(index)) {
                return true;
            }
        }
        return false;
    }

    /** The multi-index of row-major position {@code flat} in {@code t}, e.g. 4 in [3, 2] is [2, 0]. */
    static List<Integer> index(Tensor t, int flat) {
        List<Integer> index = new ArrayList<>();
        for (int i : NonFinite.index(t, flat)) {
            index.add(i);
        }
        return List.copyOf(index);
    }
}
