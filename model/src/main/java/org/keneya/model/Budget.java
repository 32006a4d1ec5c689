package org.keneya.model;

import com.google.common.collect.ImmutableList;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.keneya.core.annotation.Between;
import org.keneya.core.annotation.Kind;
import org.keneya.core.annotation.KindRule;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.Rule;
import org.keneya.core.validation.Checks;
import org.keneya.core.value.Id;
import org.keneya.core.value.Money;
import org.keneya.core.value.Provenance;
import org.keneya.core.value.Rate;
import org.keneya.core.value.Ref;
import org.keneya.core.value.StatedRate;

/**
 * An owner's budget for a fiscal year: lines by funding source, the totals the source states, the
 * rates it states with their basis, and the year-on-year variation it states against the previous
 * budget. Totals and rates are computed exactly from the amounts; where a stated figure disagrees,
 * validation reports a warning with both numbers.
 *
 * <pre>{@code
 * Budget antim2023 = Budget.builder().id(Id.of("antim-2023")).owner(Actor.ref("antim"))
 *     .fiscalYear(2023).currency(Money.currency("XOF"))
 *     .addLines(state, own, partners)
 *     .addStatedRates(BudgetRate.of(BudgetMeasure.MOBILIZED, BudgetMeasure.FORECAST, StatedRate.of("52%", "52")))
 *     .build();
 * antim2023.totals().mobilized();  // Optional[589779041 XOF]
 * antim2023.rates();               // the stated rates, computed from the totals
 * }</pre>
 */
@Kind(name = "budget", label = "Budget")
@Value.Immutable
public abstract class Budget implements Entity {
  /** Only the implementation Immutables generates, in this package, extends it. */
  Budget() {}

  @Override
  @Value.Parameter
  public abstract Id id();

  @Value.Parameter
  public abstract Ref<Actor> owner();

  @Value.Parameter
  @Between(min = 1900, max = 2999)
  public abstract int fiscalYear();

  @Value.Parameter
  public abstract Currency currency();

  @Value.Parameter
  public abstract List<BudgetLine> lines();

  /** The totals as the source states them, when it does. */
  public final Optional<Amounts> statedTotals() {
    return Optional.ofNullable(statedTotalsOrNull());
  }

  /** {@link #statedTotals()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  abstract @Nullable Amounts statedTotalsOrNull();

  /** Rates the source states for the budget as a whole. */
  @Value.Parameter
  public abstract List<BudgetRate> statedRates();

  /** The previous year's budget, for the year-on-year variation. */
  public final Optional<Ref<Budget>> previous() {
    return Optional.ofNullable(previousOrNull());
  }

  /** {@link #previous()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  abstract @Nullable Ref<Budget> previousOrNull();

  /** The variation of the forecast total from the previous budget, as the source states it. */
  public final Optional<StatedRate> statedVariation() {
    return Optional.ofNullable(statedVariationOrNull());
  }

  /** {@link #statedVariation()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  abstract @Nullable StatedRate statedVariationOrNull();

  @Value.Parameter
  public abstract List<Provenance> provenance();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Budget}. */
  public static final class Builder extends ImmutableBudget.Builder {
    /** An empty builder, as {@link Budget#builder()} returns. */
    public Builder() {}
  }

  /** The totals: the sum of the lines when there are lines, else the stated totals. */
  @Value.Lazy
  public Amounts totals() {
    if (lines().isEmpty()) {
      return statedTotals().orElse(Amounts.none());
    }
    Amounts sum = lines().get(0).amounts();
    for (int i = 1; i < lines().size(); i++) {
      sum = sum.plus(lines().get(i).amounts());
    }
    return sum;
  }

  /** The budget-level stated rates, computed from {@link #totals()}. */
  public ImmutableList<Rate> rates() {
    return compute(statedRates(), totals());
  }

  /** The exact variation of the forecast total from {@code previous}, carrying the stated figure. */
  public Optional<Rate> variationFrom(Budget previous) {
    Optional<Money> before = previous.totals().forecast().filter(m -> m.signum() != 0);
    Optional<Money> after = totals().forecast();
    if (before.isEmpty() || after.isEmpty() || !before.get().currency().equals(after.get().currency())) {
      return Optional.empty();
    }
    Rate change = Rate.change(before.get(), after.get());
    return Optional.of(statedVariation().map(change::withStated).orElse(change));
  }

  static ImmutableList<Rate> compute(List<BudgetRate> rates, Amounts amounts) {
    return rates.stream()
        .map(rate -> rate.compute(amounts))
        .flatMap(Optional::stream)
        .collect(ImmutableList.toImmutableList());
  }

  /** The kind {@code budget}, described from this declaration by Keneya's annotation processor. */
  public static final EntityKind<Budget> KIND = BudgetDescription.KIND;

  @KindRule(description = "a stated rate agrees with the rate computed from the amounts, at its stated rounding",
      codes = "stated-rate-disagrees")
  static void checkStatedRates(Budget budget, Rule.Context context) {
    BudgetRules.checkStatedRates(budget, context);
  }

  @KindRule(description = "stated totals equal the sums of the lines", codes = "stated-total-disagrees")
  static void checkStatedTotals(Budget budget, Rule.Context context) {
    BudgetRules.checkStatedTotals(budget, context);
  }

  @KindRule(description = "the previous budget is for an earlier fiscal year, and the stated variation agrees with the forecasts",
      codes = {"previous-not-earlier", "stated-variation-disagrees"})
  static void checkVariation(Budget budget, Rule.Context context) {
    BudgetRules.checkVariation(budget, context);
  }

  @Value.Check
  void check() {
    Checks.check(
        fiscalYear() >= 1900 && fiscalYear() <= 2999, "Budget.fiscalYear", "must be a year, was %s", fiscalYear());
    for (int i = 0; i < lines().size(); i++) {
      checkCurrency("Budget.lines[" + i + "].amounts", lines().get(i).amounts());
    }
    statedTotals().ifPresent(t -> checkCurrency("Budget.statedTotals", t));
    checkRatesApply("Budget.statedRates", statedRates(), totals());
    Checks.check(
        statedVariation().isEmpty() || previous().isPresent(),
        "Budget.statedVariation",
        "needs the previous budget it is measured against");
    Checks.check(
        previous().map(p -> !p.id().equals(id())).orElse(true), "Budget.previous", "cannot be the budget itself");
  }

  private void checkCurrency(String field, Amounts amounts) {
    amounts.currency().ifPresent(c -> Checks.check(
        c.equals(currency()), field, "is in %s but the budget is in %s", c, currency()));
  }

  /** Every stated rate must name amounts that are given, with a non-zero denominator. */
  static void checkRatesApply(String field, List<BudgetRate> rates, Amounts amounts) {
    for (int i = 0; i < rates.size(); i++) {
      BudgetRate rate = rates.get(i);
      Checks.check(
          rate.compute(amounts).isPresent(),
          field + "[" + i + "]",
          "states %s but the %s amount is missing or zero",
          rate.basis(),
          amounts.get(rate.numerator()).isEmpty() ? rate.numerator() : rate.denominator());
    }
  }

  /** Formats a computed rate against its stated figure for a warning. */
  static String disagreement(Rate rate) {
    StatedRate stated = rate.stated().orElseThrow();
    return "stated " + stated.percent().toPlainString() + "% (\"" + stated.asWritten() + "\") but "
        + rate.numerator().toPlainString() + " / " + rate.denominator().toPlainString() + " = "
        + rate.percent(4, RoundingMode.HALF_EVEN).toPlainString() + "%, which rounds to "
        + rate.computedAsStated().orElseThrow().toPlainString() + "%";
  }

  /** The validation rules of budgets: stated figures are checked against the amounts. */
  static final class BudgetRules {
    private BudgetRules() {}

    static void checkStatedRates(Budget budget, Rule.Context context) {
      for (int i = 0; i < budget.lines().size(); i++) {
        BudgetLine line = budget.lines().get(i);
        warnOnDisagreement("lines[" + i + "].statedRates", line.statedRates(), line.amounts(), context);
      }
      warnOnDisagreement("statedRates", budget.statedRates(), budget.totals(), context);
    }

    private static void warnOnDisagreement(
        String path, List<BudgetRate> rates, Amounts amounts, Rule.Context context) {
      for (int j = 0; j < rates.size(); j++) {
        Optional<Rate> rate = rates.get(j).compute(amounts);
        if (rate.isPresent() && !rate.get().agreesWithStated()) {
          context.warning(
              path + "[" + j + "]", "stated-rate-disagrees", rates.get(j).basis() + ": " + disagreement(rate.get()));
        }
      }
    }

    static void checkStatedTotals(Budget budget, Rule.Context context) {
      if (budget.lines().isEmpty() || budget.statedTotals().isEmpty()) {
        return;
      }
      Amounts sum = budget.totals();
      Amounts stated = budget.statedTotals().get();
      for (BudgetMeasure measure : BudgetMeasure.values()) {
        Optional<Money> s = stated.get(measure);
        Optional<Money> c = sum.get(measure);
        if (s.isPresent() && c.isPresent() && !s.get().equals(c.get())) {
          context.warning(
              "statedTotals." + measure.name().toLowerCase(java.util.Locale.ROOT),
              "stated-total-disagrees",
              "stated " + s.get() + " but the lines sum to " + c.get());
        }
      }
    }

    static void checkVariation(Budget budget, Rule.Context context) {
      if (budget.previous().isEmpty()) {
        return;
      }
      Optional<Budget> previous = context.resolve(budget.previous().get());
      if (previous.isEmpty()) {
        return; // reported as a dangling reference
      }
      if (previous.get().fiscalYear() >= budget.fiscalYear()) {
        context.error(
            "previous",
            "previous-not-earlier",
            budget.previous().get() + " is for " + previous.get().fiscalYear() + ", not before " + budget.fiscalYear());
      }
      Optional<Rate> variation = budget.variationFrom(previous.get());
      if (variation.isPresent() && !variation.get().agreesWithStated()) {
        context.warning("statedVariation", "stated-variation-disagrees", "forecast/previous forecast: " + disagreement(variation.get()));
      }
    }
  }
}
