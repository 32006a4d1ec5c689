package org.keneya.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.PropertyValues;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
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
@Value.Immutable
public abstract class BudgetLine {
  /** Only the implementation Immutables generates, in this package, extends it. */
  BudgetLine() {}

  /** A code of the {@value HealthCodelists#FUNDING_SOURCE} codelist. */
  @Value.Parameter
  public abstract Code source();

  /** The funder, when the source names one. */
  public final Optional<Ref<Actor>> funder() {
    return Optional.ofNullable(funderOrNull());
  }

  /** {@link #funder()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  @Value.Parameter
  public abstract @Nullable Ref<Actor> funderOrNull();

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

  /** The nested value type {@code budget-line}. */
  public static final StructType<BudgetLine> TYPE =
      StructType.positional("budget-line", BudgetLine.class, BudgetLine::create)
          .add("source", ValueType.code(HealthCodelists.FUNDING_SOURCE), BudgetLine::source)
          .addOptional("funder", ValueType.ref("actor"), BudgetLine::funderOrNull)
          .add("amounts", Amounts.TYPE, BudgetLine::amounts)
          .add("statedRates", ValueType.list(BudgetRate.TYPE), BudgetLine::statedRates)
          .build();

  /** Builds one from its property values in the description's order. */
  private static BudgetLine create(PropertyValues v) {
    return ImmutableBudgetLine.of(
        v.next(), v.next(), v.next(), v.next());
  }

  @Value.Check
  void check() {
    Budget.checkRatesApply("BudgetLine.statedRates", statedRates(), amounts());
  }
}
