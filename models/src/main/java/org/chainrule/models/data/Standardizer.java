package org.chainrule.models.data;

import org.chainrule.core.Shape;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;

/**
 * Rescales every feature to mean 0 and standard deviation 1, using statistics of the training set.
 *
 * <pre>
 *   μ_j = (1/n) Σ_i x_ij                      per feature j, over the n training rows
 *   σ_j = √( (1/n) Σ_i (x_ij − μ_j)² )        (the population std, as scikit-learn's StandardScaler)
 *   x'_ij = (x_ij − μ_j) / σ_j
 * </pre>
 *
 * Why: gradient descent takes one learning rate for all weights. If one feature is in the
 * thousands (a tumour's area) and another below 1 (its smoothness), no single rate suits both.
 *
 * <p>Fit on the training set only, then transform training and test sets with the same μ and σ;
 * fitting on the test set would leak it into training.
 *
 * <pre>
 *   Standardizer s = Standardizer.fit(split.train().features());
 *   Dataset train = s.transform(split.train());
 *   Dataset test  = s.transform(split.test());
 * </pre>
 */
public final class Standardizer {
    /**
     * A feature whose std is at most {@code CONSTANT_TOLERANCE · max(1, |μ_j|)} is taken as constant
     * (e.g. the always-blank corner pixels of digits): it is centred but not divided (σ_j is
     * replaced by 1), because dividing by ~0 would blow rounding noise up to huge values.
     * The tolerance is relative because the std of equal values comes out as a few rounding
     * errors of their size, not exactly 0.
     */
    public static final double CONSTANT_TOLERANCE = 1e-12;

    private final Tensor mean;
    private final Tensor scale;

    private Standardizer(Tensor mean, Tensor scale) {
        this.mean = mean;
        this.scale = scale;
    }

    /**
     * Measures μ and σ of each feature.
     *
     * @param features the training rows, shape {@code [n, d]} with n ≥ 1
     * @throws ShapeException if the features are not a matrix with at least one row
     */
    public static Standardizer fit(Tensor features) {
        Shape s = features.shape();
        if (s.rank() != 2 || s.dim(0) == 0) {
            throw new ShapeException(String.format("Standardizer.fit: features are %s; they must be [n, d] "
                    + "with at least one row to measure a mean.", s));
        }
        Tensor mean = features.mean(0);
        double[] mu = mean.toArray();
        double[] sigma = features.sub(mean).pow(2).mean(0).sqrt().toArray();
        for (int j = 0; j < sigma.length; j++) {
            if (sigma[j] <= CONSTANT_TOLERANCE * Math.max(1, Math.abs(mu[j]))) {
                sigma[j] = 1;
            }
        }
        return new Standardizer(mean, Tensor.of(sigma));
    }

    /**
     * {@code (x − μ) / σ} row by row.
     *
     * @param features rows to rescale, shape {@code [m, d]} with the d the standardizer was fit on
     * @return shape {@code [m, d]}
     * @throws ShapeException if the number of features differs from the fitted one
     */
    public Tensor transform(Tensor features) {
        Shape s = features.shape();
        int d = mean.size();
        if (s.rank() != 2 || s.dim(1) != d) {
            throw new ShapeException(String.format("Standardizer.transform: features are %s but the "
                    + "standardizer was fit on %d features; give rows of the same features, [m, %d].", s, d, d));
        }
        return features.sub(mean).div(scale);
    }

    /**
     * The same data set with its features rescaled; labels and class names unchanged.
     *
     * @param data rows to rescale, features {@code [m, d]}
     */
    public Dataset transform(Dataset data) {
        return new Dataset(transform(data.features()), data.labels(), data.classNames());
    }

    /** μ, the training mean of each feature, shape {@code [d]}. */
    public Tensor mean() {
        return mean;
    }

    /** σ, the training std of each feature (1 for constant features), shape {@code [d]}. */
    public Tensor scale() {
        return scale;
    }

    /** E.g. {@code Standardizer[4 features]}. */
    @Override
    public String toString() {
        return "Standardizer[" + mean.size() + " features]";
    }
}
