package org.keneya.core.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.Excerpt;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.validation.Checks;

/**
 * An exact amount of money in an ISO 4217 currency. The amount is a {@link BigDecimal} at the
 * currency's scale — XOF (FCFA) has no minor unit, so {@code 12.5 XOF} is refused — and never
 * passes through a {@code double}. Arithmetic refuses to mix currencies.
 *
 * <pre>{@code
 * Money forecast = Money.of("1140657000", "XOF");
 * Money mobilized = Money.of("589779041", "XOF");
 * forecast.minus(mobilized);          // 550877959 XOF
 * Rate.of(mobilized, forecast);       // 51.706...%
 * }</pre>
 */
public final class Money implements Comparable<Money> {
  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * An amount in a currency, brought to the currency's scale ({@code 100} becomes {@code 100.00}
   * EUR) without rounding: an amount finer than the currency's minor unit is refused.
   */
  public static Money of(BigDecimal amount, Currency currency) {
    Checks.notNull("Money.amount", amount);
    Checks.notNull("Money.currency", currency);
    BigDecimal normal = Decimals.normalize("Money.amount", amount); // refuses 1E+2147483647 before rescaling it
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) { // a currency with no minor unit defined (XAU, XXX): the amount as it is
      return new Money(normal, currency);
    }
    try {
      return new Money(normal.setScale(digits, RoundingMode.UNNECESSARY), currency);
    } catch (ArithmeticException e) {
      throw new InvalidValueException(
          "Money.amount",
          Excerpt.of(normal.toPlainString()) + " is finer than the minor unit of " + currency.getCurrencyCode()
              + " (" + digits + " decimals)");
    }
  }

  /** Parses the amount exactly (a plain or scientific decimal, {@code .} as separator). */
  public static Money of(String amount, String currencyCode) {
    return of(Decimals.parse("Money.amount", Checks.notNull("Money.amount", amount)), currency(currencyCode));
  }

  public static Money of(long amount, String currencyCode) {
    return of(BigDecimal.valueOf(amount), currency(currencyCode));
  }

  /** Zero in a currency. */
  public static Money zero(Currency currency) {
    return of(BigDecimal.ZERO, currency);
  }

  /** Looks up an ISO 4217 currency by code, refusing unknown codes with a clear message. */
  public static Currency currency(String code) {
    Checks.notNull("Money.currency", code);
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("Money.currency", "not an ISO 4217 currency code: " + Excerpt.quote(code));
    }
  }

  public BigDecimal amount() {
    return amount;
  }

  public Currency currency() {
    return currency;
  }

  public Money plus(Money other) {
    return new Money(amount.add(sameCurrency(other).amount), currency);
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(sameCurrency(other).amount), currency);
  }

  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  public int signum() {
    return amount.signum();
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** Orders amounts of the same currency; refuses to compare different currencies. */
  @Override
  public int compareTo(Money other) {
    return amount.compareTo(sameCurrency(other).amount);
  }

  private Money sameCurrency(Money other) {
    Checks.notNull("Money", other);
    Checks.check(
        currency.equals(other.currency),
        "Money.currency",
        "cannot combine %s with %s",
        currency.getCurrencyCode(),
        other.currency.getCurrencyCode());
    return other;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Money
        && amount.equals(((Money) o).amount)
        && currency.equals(((Money) o).currency);
  }

  @Override
  public int hashCode() {
    return 31 * amount.hashCode() + currency.hashCode();
  }

  /** The amount in plain notation and the currency code: {@code 589779041 XOF}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
