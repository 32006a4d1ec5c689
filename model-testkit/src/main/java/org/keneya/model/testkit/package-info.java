/**
 * The health model's hand-tuned generators, refining the generic ones of {@code keneya-testkit}:
 * whole consistent health datasets ({@link org.keneya.model.testkit.HealthGens#datasets()}, {@link
 * org.keneya.model.testkit.HealthDatasetGen}) with realistic counts, budgets whose rates agree with
 * their amounts and deadlines before real meetings; every health entity ({@link
 * org.keneya.model.testkit.HealthGens}); a fixed framework ({@link
 * org.keneya.model.testkit.FixedFramework}); and {@code @Property} parameters of health types
 * ({@link org.keneya.model.testkit.HealthGenProvider}).
 */
@NullMarked
package org.keneya.model.testkit;

import org.jspecify.annotations.NullMarked;
