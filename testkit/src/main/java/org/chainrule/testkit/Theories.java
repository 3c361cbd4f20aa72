package org.chainrule.testkit;

import org.quicktheories.QuickTheory;

/**
 * The seeded entry point for Chainrule's property tests: {@code Theories.qt().forAll(...)}.
 *
 * <p>A property test draws random examples; with a fixed seed it draws the <i>same</i> examples on
 * every run and every machine, so a grade never depends on luck and a failure can be replayed
 * (the notes' {@code tf.random.set_seed}: same start, fair comparison). To explore other
 * examples locally, change the seed in one test with {@code QuickTheory.qt().withFixedSeed(s)}.
 *
 * <pre>
 *   Theories.qt()
 *       .forAll(TensorGen.tensors(Shapes.shapes(2, 3), Values.between(-2, 2)))
 *       .checkAssert(x -&gt; assertThat(x.neg().neg()).isEqualTo(x));
 * </pre>
 */
public final class Theories {
    /** The seed of every property test in the course (the notes' {@code set_seed(2020)}). */
    public static final long SEED = 2020;

    /**
     * Examples per property: enough to hit broadcasting corner cases on shapes of up to 3 axes,
     * few enough that a gradient property over tiny tensors runs in a fraction of a second.
     */
    public static final int EXAMPLES = 100;

    private Theories() {
    }

    /** A QuickTheory with the fixed {@link #SEED} and {@link #EXAMPLES} examples. */
    public static QuickTheory qt() {
        return qt(EXAMPLES);
    }

    /**
     * A QuickTheory with the fixed {@link #SEED} and a chosen number of examples.
     *
     * @param examples how many examples to draw (before shrinking a failure), at least 1
     */
    public static QuickTheory qt(int examples) {
        if (examples < 1) {
            throw new IllegalArgumentException("qt: examples is " + examples + "; draw at least 1.");
        }
        return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
    }
}
