package org.keneya.core.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;
import org.keneya.core.validation.Checks;

/**
 * An exact ratio — numerator over denominator, both kept — with, optionally, the figure a document
 * states for it. Percentages are computed with explicit rounding, never through {@code double}.
 *
 * <pre>{@code
 * Rate mobilisation = Rate.of(Money.of(589779041, "XOF"), Money.of(1140657000, "XOF"))
 *     .withStated(StatedRate.of("soit 52%", "52"));
 * mobilisation.percent(2, RoundingMode.HALF_UP); // 51.71
 * mobilisation.computedAsStated();               // Optional[52]
 * mobilisation.agreesWithStated();               // true
 * }</pre>
 */
@Value.Immutable
public abstract class Rate {
  /** Only the implementation Immutables generates, in this package, extends it. */
  Rate() {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Value.Parameter
  public abstract BigDecimal numerator();

  @Value.Parameter
  public abstract BigDecimal denominator();

  /** The figure a source states for this rate, if any. */
  public abstract Optional<StatedRate> stated();

  public static Rate of(BigDecimal numerator, BigDecimal denominator) {
    return ImmutableRate.of(numerator, denominator);
  }

  /** The ratio of two amounts of the same currency. */
  public static Rate of(Money numerator, Money denominator) {
    Checks.check(
        numerator.currency().equals(denominator.currency()),
        "Rate",
        "cannot divide %s by %s",
        numerator,
        denominator);
    return of(numerator.amount(), denominator.amount());
  }

  /** The relative change from {@code before} to {@code after}: (after − before) / before. */
  public static Rate change(Money before, Money after) {
    return of(after.minus(before), before);
  }

  /** A copy carrying the stated figure. */
  public Rate withStated(StatedRate stated) {
    return ImmutableRate.builder().from(this).stated(stated).build();
  }

  /** The ratio itself (not in percent), rounded to {@code scale} decimals. */
  public BigDecimal ratio(int scale, RoundingMode rounding) {
    return numerator().divide(denominator(), scale, rounding);
  }

  /** The rate in percent, rounded to {@code decimals} decimals. */
  public BigDecimal percent(int decimals, RoundingMode rounding) {
    return numerator().multiply(HUNDRED).divide(denominator(), decimals, rounding);
  }

  /** The computed percentage rounded as the stated figure is, if a figure is stated. */
  public Optional<BigDecimal> computedAsStated() {
    return stated().map(s -> percent(s.decimals(), s.rounding()));
  }

  /** True when no figure is stated, or when the stated figure equals the computed one rounded alike. */
  public boolean agreesWithStated() {
    return stated().map(s -> percent(s.decimals(), s.rounding()).compareTo(s.percent()) == 0).orElse(true);
  }

  /**
   * Refuses a zero denominator and brings both terms to their normal form ({@link Decimals}: {@code
   * 1E+2} is held as {@code 100}), so that a rate written and read back is {@code equals} to itself;
   * returns {@code this} when both are already normal.
   */
  @Value.Check
  Rate normalize() {
    Checks.check(denominator().signum() != 0, "Rate.denominator", "must not be zero");
    BigDecimal numerator = Decimals.normalize("Rate.numerator", numerator());
    BigDecimal denominator = Decimals.normalize("Rate.denominator", denominator());
    if (numerator != numerator() || denominator != denominator()) {
      return ImmutableRate.builder().from(this).numerator(numerator).denominator(denominator).build();
    }
    return this;
  }

  @Override
  public String toString() {
    String computed = percent(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
    String exact = " (" + numerator().toPlainString() + "/" + denominator().toPlainString() + ")";
    return computed + exact + stated().map(s -> ", stated " + s.asWritten()).orElse("");
  }
}
