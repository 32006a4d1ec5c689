package org.keneya.model;

import java.util.Currency;
import java.util.Optional;
import java.util.function.BinaryOperator;
import org.immutables.value.Value;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.validation.Checks;
import org.keneya.core.value.Money;

/**
 * The forecast, notified, mobilized and executed amounts of a budget line or total, each optional
 * because sources give some and not others; never negative, all in one currency.
 *
 * <pre>{@code
 * Amounts state = Amounts.builder()
 *     .forecast(Money.of(860_657_000, "XOF"))
 *     .notified(Money.of(440_213_000, "XOF"))
 *     .mobilized(Money.of(422_284_190, "XOF"))
 *     .executed(Money.of(420_003_642, "XOF"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Amounts {
  public abstract Optional<Money> forecast();

  public abstract Optional<Money> notified();

  public abstract Optional<Money> mobilized();

  public abstract Optional<Money> executed();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Amounts}. */
  public static final class Builder extends ImmutableAmounts.Builder {}

  /** No amount at all. */
  public static Amounts none() {
    return builder().build();
  }

  public Optional<Money> get(BudgetMeasure measure) {
    switch (measure) {
      case FORECAST:
        return forecast();
      case NOTIFIED:
        return notified();
      case MOBILIZED:
        return mobilized();
      default:
        return executed();
    }
  }

  /** The currency of the amounts, if any amount is given. */
  public Optional<Currency> currency() {
    for (BudgetMeasure measure : BudgetMeasure.values()) {
      Optional<Money> amount = get(measure);
      if (amount.isPresent()) {
        return Optional.of(amount.get().currency());
      }
    }
    return Optional.empty();
  }

  /**
   * The measure-by-measure sum; a measure is in the sum only when both sides give it, since a sum
   * with a missing term would understate the total.
   */
  public Amounts plus(Amounts other) {
    BinaryOperator<Money> add = Money::plus;
    return builder()
        .forecast(both(forecast(), other.forecast(), add))
        .notified(both(notified(), other.notified(), add))
        .mobilized(both(mobilized(), other.mobilized(), add))
        .executed(both(executed(), other.executed(), add))
        .build();
  }

  private static Optional<Money> both(Optional<Money> a, Optional<Money> b, BinaryOperator<Money> op) {
    return a.isPresent() && b.isPresent() ? Optional.of(op.apply(a.get(), b.get())) : Optional.empty();
  }

  /** The nested value type {@code amounts}. */
  public static final StructType<Amounts> TYPE =
      StructType.builder("amounts", Amounts.class, Amounts::builder, Builder::build)
          .addOptional("forecast", ValueType.money(), v -> v.forecast().orElse(null), Builder::forecast)
          .addOptional("notified", ValueType.money(), v -> v.notified().orElse(null), Builder::notified)
          .addOptional("mobilized", ValueType.money(), v -> v.mobilized().orElse(null), Builder::mobilized)
          .addOptional("executed", ValueType.money(), v -> v.executed().orElse(null), Builder::executed)
          .build();

  @Value.Check
  void check() {
    Optional<Currency> currency = currency();
    for (BudgetMeasure measure : BudgetMeasure.values()) {
      String field = "Amounts." + measure.name().toLowerCase(java.util.Locale.ROOT);
      get(measure).ifPresent(amount -> {
        Checks.notNegative(field, amount.amount());
        Checks.check(
            amount.currency().equals(currency.get()),
            field,
            "is in %s but the other amounts are in %s",
            amount.currency(),
            currency.get());
      });
    }
  }
}
