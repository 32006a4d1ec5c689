package org.keneya.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.keneya.core.annotation.CodeOf;
import org.keneya.core.annotation.Struct;
import org.keneya.core.kind.StructType;
import org.keneya.core.value.Code;
import org.keneya.core.value.Ref;

/**
 * One funding source of a budget — the State, own resources, partners — with its amounts and the
 * rates the source states for it.
 *
 * <pre>{@code
 * BudgetLine own = BudgetLine.builder().source(HealthCodelists.OWN_RESOURCES)
 *     .amounts(Amounts.builder().forecast(Money.of(120_000_000, "XOF"))
 *         .mobilized(Money.of(36_168_157, "XOF")).executed(Money.of(26_048_914, "XOF")).build())
 *     .addStatedRates(BudgetRate.of(BudgetMeasure.MOBILIZED, BudgetMeasure.FORECAST, StatedRate.of("30%", "30")))
 *     .build();
 * }</pre>
 */
@Struct("budget-line")
@Value.Immutable
public abstract class BudgetLine {
  /** Only the implementation Immutables generates, in this package, extends it. */
  BudgetLine() {}

  /** A code of the {@value HealthCodelists#FUNDING_SOURCE} codelist. */
  @Value.Parameter
  @CodeOf(HealthCodelists.FUNDING_SOURCE)
  public abstract Code source();

  /** The funder, when the source names one. */
  public final Optional<Ref<Actor>> funder() {
    return Optional.ofNullable(funderOrNull());
  }

  /** {@link #funder()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  abstract @Nullable Ref<Actor> funderOrNull();

  @Value.Parameter
  public abstract Amounts amounts();

  @Value.Parameter
  public abstract List<BudgetRate> statedRates();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BudgetLine}. */
  public static final class Builder extends ImmutableBudgetLine.Builder {
    /** An empty builder, as {@link BudgetLine#builder()} returns. */
    public Builder() {}
  }

  /** The structure {@code budget-line}, described from this declaration by Keneya's annotation processor. */
  public static final StructType<BudgetLine> TYPE = BudgetLineDescription.TYPE;

  @Value.Check
  void check() {
    Budget.checkRatesApply("BudgetLine.statedRates", statedRates(), amounts());
  }
}
