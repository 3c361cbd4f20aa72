package org.chainrule.core;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * A seeded source of random numbers: the notes' {@code tf.random.set_seed(2020)}.
 *
 * <p>Why seed? When two models are compared, a different random start can make the same model
 * look better or worse. With {@code Rng.seed(2020)} both start from the same point, and a run is
 * repeatable: the same seed gives bit-identical numbers on every run and every machine (the
 * generator is commons-math3's {@code Well19937c}; its Gaussians use pure-Java math).
 *
 * <p>An {@code Rng} is a stream: each call moves it on. Give each consumer its own stream with
 * {@link #split()} so that, say, adding a layer does not change how the data are shuffled.
 */
public final class Rng {
    private final RandomGenerator generator;

    private Rng(RandomGenerator generator) {
        this.generator = generator;
    }

    /**
     * A new stream starting from {@code seed}.
     *
     * @param seed any number; equal seeds give equal streams
     */
    public static Rng seed(long seed) {
        return new Rng(new Well19937c(new int[] {(int) (seed >>> 32), (int) seed}));
    }

    /**
     * Samples from the normal distribution {@code N(mean, std²)}.
     *
     * @param dims the shape of the result, e.g. {@code normal(0, 1, 2, 1)} is {@code [2, 1]}
     */
    public Tensor normal(double mean, double std, int... dims) {
        if (!(std >= 0) || !Double.isFinite(std) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException(String.format("normal: mean is %s and std is %s; "
                    + "both must be finite and std must be 0 or more.", mean, std));
        }
        Shape shape = Shape.of(dims);
        double[] data = new double[shape.size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = mean + std * generator.nextGaussian();
        }
        return new Tensor(shape, data);
    }

    /**
     * Samples uniformly from {@code [lo, hi)}: {@code lo + (hi − lo)·u}, u uniform in {@code [0, 1)}.
     *
     * @param lo the lower end, finite
     * @param hi the upper end, finite, {@code ≥ lo}, with {@code hi − lo} a finite double
     * @param dims the shape of the result
     */
    public Tensor uniform(double lo, double hi, int... dims) {
        if (!(lo <= hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException(String.format("uniform: the range is [%s, %s); "
                    + "lo and hi must be finite with lo <= hi.", lo, hi));
        }
        if (Double.isInfinite(hi - lo)) {
            throw new IllegalArgumentException(String.format("uniform: the range [%s, %s) is %s wide, more "
                    + "than the largest double (%s); a sample lo + (hi − lo)·u would be infinite. Use a range "
                    + "narrower than that.", lo, hi, hi - lo, Double.MAX_VALUE));
        }
        Shape shape = Shape.of(dims);
        double[] data = new double[shape.size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = lo + (hi - lo) * generator.nextDouble();
        }
        return new Tensor(shape, data);
    }

    /** A uniform integer in {@code [0, n)}. */
    public int nextInt(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("nextInt: n is " + n + "; the bound must be positive.");
        }
        return generator.nextInt(n);
    }

    /** A uniform double in {@code [0, 1)}. */
    public double nextDouble() {
        return generator.nextDouble();
    }

    /**
     * A random ordering of {@code 0 .. n-1} (Fisher–Yates shuffle), e.g. for shuffling rows.
     *
     * @param n how many indices
     */
    public int[] permutation(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("permutation: n is " + n + "; it must be 0 or more.");
        }
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = generator.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /**
     * A new, independent stream seeded from this one (this one moves on).
     * Splitting the same way from the same seed always gives the same child streams.
     */
    public Rng split() {
        int[] seed = new int[4];
        for (int i = 0; i < seed.length; i++) {
            seed[i] = generator.nextInt();
        }
        return new Rng(new Well19937c(seed));
    }
}
