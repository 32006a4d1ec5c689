package org.keneya.core.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.validation.Checks;

/**
 * A percentage as a document states it: the wording ({@code "soit 52%"}), the figure ({@code 52}),
 * and the rounding the figure implies — by default as many decimals as the figure shows, rounded
 * half up. A {@link Rate} compares its exact value with this figure after this rounding.
 *
 * <pre>{@code
 * StatedRate stated = StatedRate.of("52%", "52");   // 0 decimals, HALF_UP
 * Rate.of(mobilized, forecast).withStated(stated).agreesWithStated(); // true
 * }</pre>
 */
@Value.Immutable
public abstract class StatedRate {
  /** Only the implementation Immutables generates, in this package, extends it. */
  StatedRate() {}

  /** The wording as written in the source, such as {@code "moins 11%"}. */
  public abstract String asWritten();

  /** The stated figure in percent, such as {@code 52} or {@code -11}. */
  public abstract BigDecimal percent();

  /** How many decimals the stated figure is rounded to; by default the figure's own scale. */
  @Value.Default
  public int decimals() {
    return Math.max(0, percent().scale());
  }

  /** How the exact rate is rounded before it is compared with the figure. */
  @Value.Default
  public RoundingMode rounding() {
    return RoundingMode.HALF_UP;
  }

  /** A stated percentage with the default rounding. */
  public static StatedRate of(String asWritten, String percent) {
    BigDecimal figure = Decimals.parse("StatedRate.percent", Checks.notNull("StatedRate.percent", percent));
    return builder().asWritten(asWritten).percent(figure).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StatedRate}. */
  public static final class Builder extends ImmutableStatedRate.Builder {
    /** An empty builder, as {@link StatedRate#builder()} returns. */
    public Builder() {}
  }

  /**
   * Brings the figure to its normal form ({@link Decimals}: {@code 1E+2} is held as {@code 100}), so
   * that a rate written and read back is {@code equals} to itself; returns {@code this} when it is
   * already normal.
   */
  @Value.Check
  StatedRate normalize() {
    BigDecimal normal = Decimals.normalize("StatedRate.percent", percent());
    if (normal != percent()) {
      return builder().from(this).percent(normal).build();
    }
    check();
    return this;
  }

  private void check() {
    Checks.notBlank("StatedRate.asWritten", asWritten());
    Checks.check(
        decimals() >= 0 && decimals() <= 12, "StatedRate.decimals", "must be 0 to 12, was %s", decimals());
    Checks.check(
        percent().scale() <= decimals(),
        "StatedRate.percent",
        "%s has more decimals than the stated rounding (%s)",
        percent().toPlainString(),
        decimals());
    Checks.check(
        rounding() != RoundingMode.UNNECESSARY,
        "StatedRate.rounding",
        "must be a rounding mode that rounds");
  }
}
