package org.chainrule.testkit;

import java.util.Arrays;
import java.util.Objects;
import org.chainrule.core.Tensor;
import org.quicktheories.QuickTheory;

/**
 * How a graded test checks one exercise method and fails with <i>one</i> block a student can act
 * on: the exercise and method, the (shrunk) input, expected vs got, the worst element, and how to
 * replay the case.
 *
 * <pre>
 *   private static final Exercise MATMUL = Exercise.of("E01", "TensorsByHand.matmul");
 *
 *   MATMUL.qt()
 *       .forAll(TensorGen.pairs(Shapes.matmulPairs(4), Values.between(-2, 2)))
 *       .checkAssert(p -&gt; MATMUL.assertClose("Tensor.matmul", p.a().matmul(p.b()),
 *               TensorsByHand.matmul(p.a(), p.b()), 1e-12));
 * </pre>
 * A failing property prints
 * <pre>
 * E01 TensorsByHand.matmul: differs from Tensor.matmul
 *   input:    a = [1, 2] [[1.0, 2.0]], b = [2, 1] [[3.0], [4.0]]
 *   expected: [1, 1] [[11.0]]   (Tensor.matmul)
 *   got:      [1, 1] [[3.0]]
 *   worst:    element [0, 0]: expected 11.0, got 3.0, off by 8.0 (allowed 1.2E-11)
 *   replay:   seed 2020 (first failure at example 4 of 100, then shrunk to the input above); ...
 * </pre>
 * If the student's code throws instead (a stub's {@code UnsupportedOperationException}, an index
 * out of bounds), "got" names the exception, its message and the line of the exercise that threw.
 * Example tests use {@link #given(String)} to name their input; they have no seed to replay.
 */
public final class Exercise {
    /** Where student classes live: the frame shown for an exception comes from here. */
    static final String EXERCISES_PACKAGE = "org.chainrule.exercises.";

    /**
     * Shrinking attempts after a failure. QuickTheories' default (about a million) keeps trying
     * for seconds after it reached the smallest input; a thousand reach the same input in
     * milliseconds, so a stub that fails every property still grades fast.
     */
    static final int SHRINK_CYCLES = 1000;

    private final String id;
    private final String method;
    private final String input;

    private Exercise(String id, String method, String input) {
        this.id = id;
        this.method = method;
        this.input = input;
    }

    /**
     * The checks of one exercise method.
     *
     * @param id the exercise, e.g. {@code E01}
     * @param method the class and method, e.g. {@code TensorsByHand.matmul}
     */
    public static Exercise of(String id, String method) {
        if (!id.matches("E\\d\\d") || method.isBlank()) {
            throw new IllegalArgumentException(String.format(
                    "Exercise.of: id '%s', method '%s'; the id is E and two digits (E01), the method Class.method.", id, method));
        }
        return new Exercise(id, method, null);
    }

    /** The same checks, with the input of an example test shown in its failure, e.g. {@code a = [1, 2] [[1.0, 2.0]]}. */
    public Exercise given(String exampleInput) {
        return new Exercise(id, method, Objects.requireNonNull(exampleInput, "exampleInput"));
    }

    /** {@code E01 TensorsByHand.matmul}: how failures name the exercise. */
    public String subject() {
        return id + " " + method;
    }

    /** A QuickTheory with the course's fixed seed ({@link Theories#SEED}) that fails with this exercise's block. */
    public QuickTheory qt() {
        return qt(Theories.SEED, Theories.EXAMPLES);
    }

    /**
     * A QuickTheory with its own seed and number of examples (hidden tests draw other inputs).
     *
     * @param seed the seed; the same seed draws the same inputs
     * @param examples how many inputs to try before shrinking a failure, at least 1
     */
    public QuickTheory qt(long seed, int examples) {
        return Theories.qt(examples).withFixedSeed(seed).withShrinkCycles(SHRINK_CYCLES)
                .withReporter(new ExerciseReporter(this, examples));
    }

    /**
     * Fails unless {@code got} has {@code expected}'s shape and every element is within
     * {@code tolerance + tolerance·|expected|} of it (NaN matches only NaN).
     *
     * @param oracle where {@code expected} comes from, e.g. {@code Tensor.matmul}
     * @param expected the reference result, any shape
     * @param got the student's result, the same shape
     * @param tolerance both the absolute and the relative tolerance, e.g. {@code 1e-12}
     */
    public void assertClose(String oracle, Tensor expected, Tensor got, double tolerance) {
        assertClose(oracle, expected, got, tolerance, tolerance);
    }

    /**
     * Fails unless {@code got} has {@code expected}'s shape and every element passes the course's
     * gradient-check rule {@code |got − expected| ≤ atol + rtol·|expected|} (NaN matches only NaN).
     *
     * @param oracle where {@code expected} comes from, e.g. {@code central differences}
     * @param expected the reference result, any shape
     * @param got the student's result, the same shape
     * @param atol the absolute tolerance, e.g. {@code 1e-5}
     * @param rtol the relative tolerance, e.g. {@code 1e-3}
     */
    public void assertClose(String oracle, Tensor expected, Tensor got, double atol, double rtol) {
        if (got == null) {
            throw mismatch("returned null", TensorGen.describe(expected) + "   (" + oracle + ")", "null", null);
        }
        if (!got.shape().equals(expected.shape())) {
            throw mismatch("has the wrong shape: " + got.shape() + " instead of " + expected.shape(),
                    TensorGen.describe(expected) + "   (" + oracle + ")", TensorGen.describe(got), null);
        }
        double[] e = expected.toArray();
        double[] g = got.toArray();
        int worst = Elements.worst(e, g, atol, rtol);
        if (worst >= 0 && !Elements.close(e[worst], g[worst], atol, rtol)) {
            String at = Arrays.toString(Elements.index(expected.shape().toArray(), worst));
            throw mismatch("differs from " + oracle, TensorGen.describe(expected) + "   (" + oracle + ")",
                    TensorGen.describe(got), String.format("element %s: expected %s, got %s, off by %s (allowed %s)",
                            at, e[worst], g[worst], Math.abs(e[worst] - g[worst]), Elements.allowed(e[worst], atol, rtol)));
        }
    }

    /**
     * Fails unless {@code |got − expected| ≤ tolerance + tolerance·|expected|}.
     *
     * @param oracle where {@code expected} comes from, e.g. {@code the notes}
     */
    public void assertClose(String oracle, double expected, double got, double tolerance) {
        if (!Elements.close(expected, got, tolerance, tolerance)) {
            throw mismatch("differs from " + oracle, expected + "   (" + oracle + ")", String.valueOf(got),
                    String.format("off by %s (allowed %s)", Math.abs(expected - got), Elements.allowed(expected, tolerance, tolerance)));
        }
    }

    /**
     * Fails unless {@code got} equals {@code expected} ({@link Objects#equals}; arrays by content).
     *
     * @param oracle where {@code expected} comes from, e.g. {@code the notes}
     */
    public void assertEquals(String oracle, Object expected, Object got) {
        if (!Objects.deepEquals(expected, got)) {
            throw mismatch("differs from " + oracle, show(expected) + "   (" + oracle + ")", show(got), null);
        }
    }

    /**
     * Fails unless {@code call} throws a {@code type} whose message is exactly {@code message}:
     * the teaching error texts are part of the exercise.
     *
     * @param type the exception expected, e.g. {@code ShapeException.class}
     * @param message its exact message
     * @param call the call that must throw, e.g. {@code () -> TensorsByHand.matmul(a, b)}
     */
    public void assertThrows(Class<? extends Throwable> type, String message, Runnable call) {
        String expected = type.getSimpleName() + ": " + message;
        try {
            call.run();
        } catch (Throwable thrown) {
            if (type.isInstance(thrown) && message.equals(thrown.getMessage())) {
                return;
            }
            throw mismatch("should throw " + type.getSimpleName() + " with the exact message below",
                    expected, threw(thrown).got(), null);
        }
        throw mismatch("should throw " + type.getSimpleName() + " with the exact message below", expected,
                "no exception", null);
    }

    /** Fails with this exercise's block: {@code problem}, then expected vs got. */
    public AssertionError fail(String problem, String expected, String got) {
        return mismatch(problem, expected, got, null);
    }

    private Mismatch mismatch(String problem, String expected, String got, String worst) {
        return new Mismatch(feedback(problem, expected, got, worst));
    }

    Feedback feedback(String problem, String expected, String got, String worst) {
        return new Feedback(subject(), problem, input, expected, got, worst, null);
    }

    /** The block for student code that threw: the exception, its message and the exercise line that threw it. */
    Feedback threw(Throwable thrown) {
        String got = thrown.getClass().getSimpleName() + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage());
        for (StackTraceElement frame : thrown.getStackTrace()) {
            if (frame.getClassName().startsWith(EXERCISES_PACKAGE) && !frame.getClassName().endsWith("Test")) {
                got += "   (at " + frame.getFileName() + ":" + frame.getLineNumber() + ", in " + frame.getMethodName() + ")";
                break;
            }
        }
        return feedback("threw " + thrown.getClass().getSimpleName(), null, got, null);
    }

    private static String show(Object value) {
        if (value instanceof Tensor t) {
            return TensorGen.describe(t);
        }
        if (value != null && value.getClass().isArray()) {
            return Arrays.deepToString(new Object[] {value}).replaceAll("^\\[|\\]$", "");
        }
        return String.valueOf(value);
    }
}
