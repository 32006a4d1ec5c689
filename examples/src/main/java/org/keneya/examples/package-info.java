/**
 * Small example programs to copy from, each with a {@code main}: building and validating a
 * recommendation ({@link org.keneya.examples.BuildAndValidateRecommendation}), querying the seeds
 * ({@link org.keneya.examples.QuerySeeds}), converting JSON to CSV through the Java API ({@link
 * org.keneya.examples.ConvertJsonToCsv}), and a kind defined outside Keneya ({@link
 * org.keneya.examples.Indicator}, {@link org.keneya.examples.PluginKindExample}).
 *
 * <pre>{@code
 * // the examples' classes, and keneya.jar for the libraries they use
 * java -cp examples/target/classes:cli/target/keneya.jar org.keneya.examples.QuerySeeds dns
 * }</pre>
 */
@NullMarked
package org.keneya.examples;

import org.jspecify.annotations.NullMarked;
