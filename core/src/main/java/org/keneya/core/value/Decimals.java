package org.keneya.core.value;

import java.math.BigDecimal;
import org.keneya.core.codec.Excerpt;
import org.keneya.core.error.InvalidValueException;

/**
 * The one normal form of a decimal that Keneya keeps: no negative scale. {@code 1E+2} is held as
 * {@code 100}, the plain notation every writer writes, so a value read back is {@code equals} to
 * the value written — {@link BigDecimal#equals} compares scales. Trailing zeros after the point are
 * kept ({@code 1.50} stays {@code 1.50}): they are part of what a source stated.
 *
 * <p>A decimal whose plain notation would need more than {@link #MAX_DIGITS} digits (such as
 * {@code 1E+2147483647}) is refused: it cannot be written out, and expanding it would exhaust
 * memory. Readers apply a much lower limit of their own ({@code ReadLimits#maxNumberLength}).
 *
 * <pre>{@code
 * Decimals.normalize("Rate.numerator", new BigDecimal("1E+2")); // 100
 * Decimals.plainDigits(new BigDecimal("0.001"));               // 4
 * }</pre>
 */
public final class Decimals {
  /** The most digits a decimal may have in plain notation, whatever a reader's limits. */
  public static final int MAX_DIGITS = 10_000;

  private Decimals() {}

  /**
   * Parses a plain or scientific decimal ({@code .} as separator) in its normal form.
   *
   * @throws InvalidValueException naming {@code field}, if {@code text} is not a decimal number or
   *     is longer than any number of {@link #MAX_DIGITS} digits could be written (parsing a million
   *     digits would take seconds)
   */
  public static BigDecimal parse(String field, String text) {
    if (text.length() > MAX_DIGITS + 16) { // a sign, a point and an exponent beside the digits
      throw new InvalidValueException(field, "a number written with " + text.length() + " characters; at most "
          + MAX_DIGITS + " digits: " + Excerpt.quote(text));
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new InvalidValueException(field, "not a valid decimal: " + Excerpt.quote(text));
    }
    return normalize(field, value);
  }

  /**
   * {@code value} with a negative scale brought to scale 0 (the same number); {@code value} itself
   * otherwise.
   *
   * @throws InvalidValueException naming {@code field}, if the plain notation of {@code value} would
   *     have more than {@link #MAX_DIGITS} digits
   */
  public static BigDecimal normalize(String field, BigDecimal value) {
    long digits = plainDigits(value);
    if (digits > MAX_DIGITS) {
      throw new InvalidValueException(field, "a number of " + digits + " digits in plain notation ("
          + value.precision() + " significant, exponent " + exponent(value) + "); at most " + MAX_DIGITS);
    }
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /**
   * How many digits the plain notation of {@code value} has ({@code 0.001} has 4, {@code 1E+400}
   * 401), computed without expanding it.
   */
  public static long plainDigits(BigDecimal value) {
    long scale = value.scale();
    long integerDigits = Math.max(1, value.precision() - scale);
    return integerDigits + Math.max(0, scale);
  }

  /** The exponent of the scientific notation of {@code value}: 2 for {@code 1E+2}, -3 for {@code 0.001}. */
  private static long exponent(BigDecimal value) {
    return (long) value.precision() - value.scale() - 1;
  }
}
