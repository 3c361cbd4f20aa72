package org.chainrule.models.optim;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;

/**
 * Adam (Kingma &amp; Ba, 2015): momentum on the gradient, divided by a running size of the gradient,
 * so every coordinate takes steps of about η whatever the scale of its gradient.
 * With g = ∂L/∂w, m and v starting at 0, and t the step count (1, 2, …):
 * <pre>
 *   m ← β1 · m + (1 − β1) · g          running mean of g
 *   v ← β2 · v + (1 − β2) · g²         running mean of g² (elementwise)
 *   m̂ = m / (1 − β1^t),  v̂ = v / (1 − β2^t)     undo the pull towards the zero start
 *   w ← w − η · m̂ / (√v̂ + ε)
 * </pre>
 * Why: a hand-set η is hard to choose when gradients differ by orders of magnitude between
 * parameters; dividing by √v̂ puts them on one scale.
 */
public final class Adam implements Optimizer {
    /** The paper's defaults: η = 0.001, β1 = 0.9, β2 = 0.999. */
    public static final double DEFAULT_LEARNING_RATE = 0.001;
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    /** Keeps the division finite where v̂ = 0 (a parameter whose gradient has always been 0); the paper's value. */
    public static final double DEFAULT_EPSILON = 1e-8;

    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final Map<Node, Tensor> m = new IdentityHashMap<>();
    private final Map<Node, Tensor> v = new IdentityHashMap<>();
    private int t;

    /** Adam with the paper's defaults. */
    public Adam() {
        this(DEFAULT_LEARNING_RATE);
    }

    /** Adam with the default β1, β2, ε. @param learningRate η &gt; 0 */
    public Adam(double learningRate) {
        this(learningRate, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    /**
     * @param learningRate η &gt; 0
     * @param beta1 decay of the mean of g, in [0, 1)
     * @param beta2 decay of the mean of g², in [0, 1)
     * @param epsilon ε &gt; 0, added to √v̂
     */
    public Adam(double learningRate, double beta1, double beta2, double epsilon) {
        this.learningRate = Optimizer.checkLearningRate("Adam", learningRate);
        this.beta1 = Checks.decay("Adam", "beta1", beta1);
        this.beta2 = Checks.decay("Adam", "beta2", beta2);
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("Adam: epsilon is " + epsilon
                    + "; it must be positive (it keeps m̂ / (√v̂ + ε) finite), such as 1e-8.");
        }
        this.epsilon = epsilon;
    }

    @Override
    public void step(List<Node> params) {
        t++;
        double correction1 = 1 - StrictMath.pow(beta1, t);
        double correction2 = 1 - StrictMath.pow(beta2, t);
        for (Node w : params) {
            Tensor g = w.grad();
            Tensor mw = m.getOrDefault(w, Tensor.zeros(w.shape())).mul(beta1).add(g.mul(1 - beta1));
            Tensor vw = v.getOrDefault(w, Tensor.zeros(w.shape())).mul(beta2).add(g.mul(g).mul(1 - beta2));
            m.put(w, mw);
            v.put(w, vw);
            Tensor mHat = mw.div(correction1);
            Tensor vHat = vw.div(correction2);
            w.assign(w.value().sub(mHat.div(vHat.sqrt().add(epsilon)).mul(learningRate)));
        }
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    @Override
    public String toString() {
        return "Adam(lr = " + learningRate + ", beta1 = " + beta1 + ", beta2 = " + beta2
                + ", epsilon = " + epsilon + ")";
    }
}
