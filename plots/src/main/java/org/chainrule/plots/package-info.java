/**
 * Pictures of what a model learned, written as PNG files — the notes' plots, in Java. A module of its
 * own, so that the models carry no plotting library.
 *
 * <table>
 *   <caption>One picture per class</caption>
 *   <tr><th>picture</th><th>class</th><th>the notes</th></tr>
 *   <tr><td>points and the line {@code x1 = −(w0/w1)·x0 − b/w1}</td><td>{@link DecisionBoundaryPlot}</td>
 *       <td>{@code plt.scatter(...); plt.plot(xx, yy)}</td></tr>
 *   <tr><td>every point of the plane coloured by its predicted class</td><td>{@link DecisionRegionsPlot}</td>
 *       <td>multi-class and MLP (XOR)</td></tr>
 *   <tr><td>every point of the plane coloured by a binary model's h(x) = P(y = 1)</td>
 *       <td>{@link ProbabilityMapPlot}</td><td>what logistic regression believes (XOR: 1/2 everywhere)</td></tr>
 *   <tr><td>confusion matrix as a heatmap with counts</td><td>{@link ConfusionMatrixPlot}</td>
 *       <td>{@code sns.heatmap(CM_array, annot=True, cmap='Blues')}</td></tr>
 *   <tr><td>loss against step, several runs on one chart</td><td>{@link LossCurvesPlot}</td>
 *       <td>the learning rate as a hand-set hyper-parameter</td></tr>
 *   <tr><td>each class's weights drawn as an image</td><td>{@link WeightImagesPlot}</td>
 *       <td>"learned W looks like the class"</td></tr>
 *   <tr><td>losses against the margin y·z, one line each</td><td>{@link MarginLossesPlot}</td>
 *       <td>the 0/1, log, exponential and hinge losses compared</td></tr>
 *   <tr><td>cost against size on log-log axes, one line per method</td><td>{@link CostScalingPlot}</td>
 *       <td>backprop reuses the upstream; a static graph is fast</td></tr>
 * </table>
 *
 * <p>Every {@code write} method takes plain data (tensors, counts, names, a labelled
 * {@link org.chainrule.models.data.Dataset}, a {@link org.chainrule.models.DecisionBoundary}), creates the missing
 * parent directories of its file, writes one PNG and returns the file's path. Nothing opens a
 * window: the plots work on a headless machine ({@code -Djava.awt.headless=true}).
 * Line and scatter charts use XChart; the image-like pictures are drawn pixel by pixel with
 * {@code java.awt}.
 */
package org.chainrule.plots;
