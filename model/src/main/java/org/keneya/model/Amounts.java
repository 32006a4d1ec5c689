package org.keneya.model;

import java.util.Currency;
import java.util.Optional;
import java.util.function.BinaryOperator;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.keneya.core.annotation.AtLeast;
import org.keneya.core.annotation.Struct;
import org.keneya.core.kind.StructType;
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
@Struct("amounts")
@Value.Immutable
public abstract class Amounts {
  /** Only the implementation Immutables generates, in this package, extends it. */
  Amounts() {}

  public final Optional<Money> forecast() {
    return Optional.ofNullable(forecastOrNull());
  }

  /** {@link #forecast()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  @AtLeast(0)
  abstract @Nullable Money forecastOrNull();

  public final Optional<Money> notified() {
    return Optional.ofNullable(notifiedOrNull());
  }

  /** {@link #notified()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  @AtLeast(0)
  abstract @Nullable Money notifiedOrNull();

  public final Optional<Money> mobilized() {
    return Optional.ofNullable(mobilizedOrNull());
  }

  /** {@link #mobilized()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  @AtLeast(0)
  abstract @Nullable Money mobilizedOrNull();

  public final Optional<Money> executed() {
    return Optional.ofNullable(executedOrNull());
  }

  /** {@link #executed()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  @AtLeast(0)
  abstract @Nullable Money executedOrNull();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Amounts}. */
  public static final class Builder extends ImmutableAmounts.Builder {
    /** An empty builder, as {@link Amounts#builder()} returns. */
    public Builder() {}
  }

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
        .forecast(both(forecastOrNull(), other.forecastOrNull(), add))
        .notified(both(notifiedOrNull(), other.notifiedOrNull(), add))
        .mobilized(both(mobilizedOrNull(), other.mobilizedOrNull(), add))
        .executed(both(executedOrNull(), other.executedOrNull(), add))
        .build();
  }

  private static @Nullable Money both(@Nullable Money a, @Nullable Money b, BinaryOperator<Money> op) {
    return a != null && b != null ? op.apply(a, b) : null;
  }

  /** The structure {@code amounts}, described from this declaration by Keneya's annotation processor. */
  public static final StructType<Amounts> TYPE = AmountsDescription.TYPE;

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
