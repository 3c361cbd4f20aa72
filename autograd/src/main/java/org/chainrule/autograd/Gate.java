package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * One operation in the graph: it knows how to compute its output from its inputs (forward), and
 * how to turn the gradient flowing into its output into a gradient for each input (backward).
 *
 * <p>Backward is the chain rule, in the notes' words: the <b>upstream</b> gradient (how the final
 * result changes with this gate's output) times the gate's <b>local</b> gradient (how the output
 * changes with each input) gives each input's <b>downstream</b> gradient.
 * <pre>
 *   downstream_i = upstream × ∂out/∂input_i
 * </pre>
 * Four patterns recur (the notes' "patterns in gradient flow"):
 * <ul>
 *   <li>add is a <b>distributor</b>: every input gets the upstream unchanged;</li>
 *   <li>mul is a <b>swap multiplier</b>: each input gets upstream × the <i>other</i> input;</li>
 *   <li>copy (one node feeding several gates) is an <b>adder</b>: its gradients add up;</li>
 *   <li>max is a <b>router</b>: the larger input gets the upstream, the other gets 0.</li>
 * </ul>
 *
 * <p>A gate whose input was broadcast must sum the gradient back to that input's shape
 * ({@link Tensor#sumTo}); the engine checks every downstream shape. Implement this interface (as a
 * small record) and wrap it with {@link Node#from(Gate)} to add an operation of your own.
 */
public interface Gate {

    /** The nodes this gate reads, in order; {@link #backward} returns one gradient for each. */
    List<Node> inputs();

    /** The output value, computed from the inputs' values. */
    Tensor forward();

    /**
     * The downstream gradient of each input: upstream × local.
     *
     * @param upstream ∂result/∂out, the same shape as {@code out}
     * @param out this gate's forward result (exp, sigmoid, tanh and softmax reuse it)
     * @return one tensor per input, each of that input's shape; an expensive gate may put
     *         {@code null} for an input that needs no gradient ({@code !input.requiresGrad()})
     */
    List<Tensor> backward(Tensor upstream, Tensor out);

    /** The local gradient as a formula, for {@link Node#explain()}, e.g. {@code "∂out/∂a = b, ∂out/∂b = a"}. */
    String local();

    /**
     * The local gradient ∂out/∂input as numbers, for {@link Node#explain()}, so that upstream ×
     * local = downstream can be checked by hand: for an elementwise gate the tensor {@code L} with
     * {@code downstream = sumTo(upstream ⊙ L, input's shape)} (Mul's {@code ∂out/∂a} is {@code b});
     * for matmul the matrix the upstream is multiplied with ({@code Bᵀ} on the right for A,
     * {@code Aᵀ} on the left for B); for a reduction the weight of each element. Gates whose local
     * gradient has no compact form (a permutation, softmax's Jacobian) keep this default,
     * {@code null}, and {@code explain()} shows the formula only — as it does for a gate of your own.
     *
     * @param input the index of the input in {@link #inputs()}
     * @param out this gate's forward result
     * @return the local gradient's numbers, or {@code null}
     */
    default Tensor localGradient(int input, Tensor out) {
        return null;
    }

    /** A short name for traces and graphs; the class name by default. */
    default String name() {
        return getClass().getSimpleName();
    }
}
