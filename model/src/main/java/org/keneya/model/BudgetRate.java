package org.keneya.model;

import java.util.Optional;
import org.immutables.value.Value;
import org.keneya.core.annotation.Struct;
import org.keneya.core.kind.StructType;
import org.keneya.core.validation.Checks;
import org.keneya.core.value.Rate;
import org.keneya.core.value.StatedRate;

/**
 * A rate a source states for a budget line or total, with its basis — which amount over which —
 * since the basis differs from line to line ("mobilisé … soit 52%" is mobilized over forecast; "a
 * exécuté à 99%" is executed over mobilized).
 *
 * <pre>{@code
 * BudgetRate mobilisation = BudgetRate.of(BudgetMeasure.MOBILIZED, BudgetMeasure.FORECAST,
 *     StatedRate.of("soit 52%", "52"));
 * mobilisation.compute(totals); // Optional[51.706...% (589779041/1140657000), stated soit 52%]
 * }</pre>
 */
@Struct("budget-rate")
@Value.Immutable
public abstract class BudgetRate {
  /** Only the implementation Immutables generates, in this package, extends it. */
  BudgetRate() {}

  @Value.Parameter
  public abstract BudgetMeasure numerator();

  @Value.Parameter
  public abstract BudgetMeasure denominator();

  @Value.Parameter
  public abstract StatedRate stated();

  public static BudgetRate of(BudgetMeasure numerator, BudgetMeasure denominator, StatedRate stated) {
    return ImmutableBudgetRate.of(numerator, denominator, stated);
  }

  /** The exact rate from {@code amounts}, carrying the stated figure; empty if an amount is missing or the denominator is zero. */
  public Optional<Rate> compute(Amounts amounts) {
    return amounts.get(numerator()).flatMap(n -> amounts.get(denominator())
        .filter(d -> d.signum() != 0)
        .map(d -> Rate.of(n, d).withStated(stated())));
  }

  /** {@code mobilized/forecast}. */
  public String basis() {
    return numerator().name().toLowerCase(java.util.Locale.ROOT) + "/" + denominator().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The structure {@code budget-rate}, described from this declaration by Keneya's annotation processor. */
  public static final StructType<BudgetRate> TYPE = BudgetRateDescription.TYPE;

  @Value.Check
  void check() {
    Checks.check(numerator() != denominator(), "BudgetRate.denominator", "must differ from the numerator %s", numerator());
  }
}
