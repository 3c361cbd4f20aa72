/**
 * The losses of the notes: 0/1, log (binary cross-entropy), cross-entropy, exponential, hinge and
 * multiclass hinge. Each trainable one is a {@link org.chainrule.models.loss.Loss} — a function of
 * the scores and the labels — so a linear classifier can be trained with any of them.
 *
 * <h2>Labels are {@code int[]}, everywhere</h2>
 * Every loss here takes its labels as {@code int[] labels}: {@code labels[i]} is the class index of
 * row i. Why one type rather than a {@code [n, 1]} tensor of 0/1 values:
 * <ul>
 *   <li>a label <i>is</i> a class index (what {@code Dataset.labels()}, {@code predict} and the
 *       confusion matrix use), not a number to compute with;</li>
 *   <li>one type serves binary and multiclass losses alike: binary labels are the class indices 0
 *       and 1 ({@link org.chainrule.core.ClassLabels} with k = 2);</li>
 *   <li>there is no {@code [n, 1]} vs {@code [n]} trap: a column {@code y} of shape {@code [n]}
 *       against scores {@code [n, 1]} would broadcast to an {@code [n, n]} loss, silently wrong.</li>
 * </ul>
 * Each loss turns the labels into what its formula needs, inside: a 0/1 column for the log loss,
 * signs ±1 ({@code 2y − 1}) for the hinge and exponential losses, one-hot rows for the multiclass
 * losses. Scores are {@code [n, 1]} for a binary loss and {@code [n, k]} for a multiclass one;
 * every loss is a mean over the n rows and refuses n = 0, where a mean has no value.
 *
 * <p>One floor keeps a log of a probability finite: {@link org.chainrule.models.loss.LogLoss#PROBABILITY_FLOOR},
 * shared by the two formulas on probabilities ({@code LogLoss.ofProbabilities},
 * {@code CrossEntropyLoss.ofProbabilities}). The forms from logits need no floor.
 */
package org.chainrule.models.loss;
