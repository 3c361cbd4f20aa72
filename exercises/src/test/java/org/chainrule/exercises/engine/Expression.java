package org.chainrule.exercises.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A random expression over a few inputs, as straight-line code in which later steps read earlier
 * values (inputs or steps) any number of times: a DAG with fan-out, the notes' copy gate. The last
 * step is the result. It can be built three ways, to compare them: with {@link Value}, with the
 * framework's {@code Node}, and with plain doubles (for central differences).
 *
 * <p>The generator keeps every step away from trouble: ReLU's input at least {@link #KINK_MARGIN}
 * from 0 (its kink), a fractional power's base positive, a reciprocal's base away from 0, and
 * every value below {@link #LIMIT} in size (a step that would leave it becomes a tanh).
 *
 * @param inputs the inputs' values {@code x0, x1, ...}
 * @param steps the steps; step i defines value number {@code inputs.length + i}
 */
record Expression(double[] inputs, List<Step> steps) {
    /** How far ReLU's input stays from 0: far beyond the step 1e-6 of a central difference. */
    static final double KINK_MARGIN = 0.05;
    /** The largest size of a value: keeps gradients moderate and powers finite. */
    static final double LIMIT = 20;

    /** The operations a step can do. */
    enum Op { ADD, MUL, ADD_CONSTANT, MUL_CONSTANT, POW, TANH, RELU }

    /**
     * One step: {@code op} applied to value {@code left} (and {@code right}, or the number
     * {@code constant}: the added or multiplied constant, or the exponent).
     */
    record Step(Op op, int left, int right, double constant) {
    }

    /**
     * Expressions with {@code 1..maxInputs} inputs in [−2, 2] and {@code 1..maxSteps} steps.
     * Shrinks towards fewer inputs and steps.
     */
    static Gen<Expression> expressions(int maxInputs, int maxSteps) {
        Gen<Integer> inputCount = Generate.range(1, maxInputs);
        Gen<Integer> stepCount = Generate.range(1, maxSteps);
        Gen<Integer> inputValue = Generate.range(-200, 200);
        Gen<Integer> op = Generate.range(0, Op.values().length - 1);
        Gen<Integer> pick = Generate.range(0, 1_000_000);
        Gen<Integer> constant = Generate.range(-30, 30);
        Gen<Integer> exponent = Generate.range(0, 4);
        Gen<Expression> gen = in -> {
            double[] xs = new double[inputCount.generate(in)];
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < xs.length; i++) {
                xs[i] = inputValue.generate(in) / 100.0;
                values.add(xs[i]);
            }
            List<Step> steps = new ArrayList<>();
            int n = stepCount.generate(in);
            for (int i = 0; i < n; i++) {
                Op o = Op.values()[op.generate(in)];
                int left = pick.generate(in) % values.size();
                int right = pick.generate(in) % values.size();
                double c = o == Op.POW ? EXPONENTS[exponent.generate(in)] : constant.generate(in) / 10.0;
                Step step = safe(new Step(o, left, right, c), values);
                steps.add(step);
                values.add(apply(step, values.get(step.left), values.get(step.right)));
            }
            return new Expression(xs, steps);
        };
        return gen.describedAs(Expression::toString);
    }

    /** The exponents a power step draws from. */
    private static final double[] EXPONENTS = {2, 3, -1, 0.5, 1.5};

    /** The step, or a tanh of its left value where the step would be unsafe (see the class comment). */
    private static Step safe(Step step, List<Double> values) {
        double x = values.get(step.left);
        boolean unsafe = switch (step.op) {
            case RELU -> Math.abs(x) < KINK_MARGIN;
            case POW -> (step.constant != Math.rint(step.constant) && x < KINK_MARGIN)
                    || (step.constant < 0 && Math.abs(x) < 0.5);
            default -> false;
        };
        if (!unsafe && Math.abs(apply(step, x, values.get(step.right))) <= LIMIT) {
            return step;
        }
        return new Step(Op.TANH, step.left, step.left, 0);
    }

    /** One step on doubles. */
    static double apply(Step step, double x, double y) {
        return switch (step.op) {
            case ADD -> x + y;
            case MUL -> x * y;
            case ADD_CONSTANT -> x + step.constant;
            case MUL_CONSTANT -> x * step.constant;
            case POW -> StrictMath.pow(x, step.constant);
            case TANH -> StrictMath.tanh(x);
            case RELU -> Math.max(x, 0);
        };
    }

    /** The result on doubles, at the inputs {@code xs}. */
    double evaluate(double[] xs) {
        List<Double> values = new ArrayList<>();
        for (double x : xs) {
            values.add(x);
        }
        for (Step s : steps) {
            values.add(apply(s, values.get(s.left), values.get(s.right)));
        }
        return values.get(values.size() - 1);
    }

    /** The expression built with {@link Value}s over the given leaves; returns every value, the result last. */
    List<Value> withValues(List<Value> leaves) {
        return build(leaves, (s, vs) -> {
            Value x = vs.get(s.left);
            return switch (s.op) {
                case ADD -> x.add(vs.get(s.right));
                case MUL -> x.mul(vs.get(s.right));
                case ADD_CONSTANT -> x.add(s.constant);
                case MUL_CONSTANT -> x.mul(s.constant);
                case POW -> x.pow(s.constant);
                case TANH -> x.tanh();
                case RELU -> x.relu();
            };
        });
    }

    /** The same expression built with the framework's {@code Node}s over the given leaves. */
    List<Node> withNodes(List<Node> leaves) {
        return build(leaves, (s, ns) -> {
            Node x = ns.get(s.left);
            return switch (s.op) {
                case ADD -> x.add(ns.get(s.right));
                case MUL -> x.mul(ns.get(s.right));
                case ADD_CONSTANT -> x.add(Node.constant(Tensor.scalar(s.constant)));
                case MUL_CONSTANT -> x.mul(Node.constant(Tensor.scalar(s.constant)));
                case POW -> x.pow(s.constant);
                case TANH -> x.tanh();
                case RELU -> x.relu();
            };
        });
    }

    private <T> List<T> build(List<T> leaves, java.util.function.BiFunction<Step, List<T>, T> op) {
        List<T> all = new ArrayList<>(leaves);
        for (Step s : steps) {
            all.add(op.apply(s, all));
        }
        return all;
    }

    /** Fresh leaves, one per input. */
    <T> List<T> leaves(Function<Double, T> leaf) {
        List<T> leaves = new ArrayList<>();
        for (double x : inputs) {
            leaves.add(leaf.apply(x));
        }
        return leaves;
    }

    /** As code, e.g. {@code x0 = 0.5, x1 = -1.25; v2 = x0 * x1; v3 = tanh(v2); v4 = v3 + x0; result v4}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < inputs.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(name(i)).append(" = ").append(inputs[i]);
        }
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            String x = name(s.left);
            String rhs = switch (s.op) {
                case ADD -> x + " + " + name(s.right);
                case MUL -> x + " * " + name(s.right);
                case ADD_CONSTANT -> x + " + " + s.constant;
                case MUL_CONSTANT -> x + " * " + s.constant;
                case POW -> x + "^" + s.constant;
                case TANH -> "tanh(" + x + ")";
                case RELU -> "relu(" + x + ")";
            };
            sb.append("; ").append(name(inputs.length + i)).append(" = ").append(rhs);
        }
        return sb.append("; result ").append(name(inputs.length + steps.size() - 1)).toString();
    }

    private String name(int i) {
        return (i < inputs.length ? "x" : "v") + i;
    }
}
