package org.keneya.core.codec;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.validation.Checks;
import org.keneya.core.value.Decimals;

/**
 * The limits every reader applies, so that hostile input is refused early with a message naming
 * the place and the limit, instead of exhausting memory or time. The defaults are far beyond any
 * legitimate dataset (a Keneya dataset nests about 8 levels; 10^15 XOF needs 16 digits):
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>what it bounds</th></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>100</td><td>digits of a number in plain notation, as every
 *       writer writes it (so the decimal exponent stays within ±100), and characters as written</td></tr>
 *   <tr><td>{@link #maxTextLength()}</td><td>1,000,000</td><td>characters of one text, cell or JSON string (a CSV list cell, which holds many texts,
 *       up to 16 times as many)</td></tr>
 *   <tr><td>{@link #maxListLength()}</td><td>100,000</td><td>elements of one list value, languages of one localized text</td></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>64</td><td>levels of nested objects and arrays</td></tr>
 *   <tr><td>{@link #maxZipEntries()}</td><td>1,000</td><td>entries of a zip</td></tr>
 *   <tr><td>{@link #maxEntryBytes()}</td><td>512 MiB</td><td>inflated bytes of one zip entry</td></tr>
 *   <tr><td>{@link #maxTotalBytes()}</td><td>2 GiB</td><td>inflated bytes of all entries of a zip</td></tr>
 *   <tr><td>{@link #maxCompressionRatio()}</td><td>100</td><td>inflated over compressed bytes of a
 *       zip entry, checked once it has inflated past 16 MiB</td></tr>
 * </table>
 *
 * <p>Texts are also checked for what no UTF-8 file can hold — a lone UTF-16 surrogate — so that
 * whatever a reader accepts, every writer can write.
 *
 * <pre>{@code
 * ReadLimits strict = ReadLimits.builder().maxTextLength(10_000).maxZipEntries(50).build();
 * JsonOptions json = JsonOptions.defaults().limits(strict);
 * CsvOptions csv = CsvOptions.defaults().limits(strict);
 * }</pre>
 */
@Value.Immutable
public abstract class ReadLimits {
  /** Only the implementation Immutables generates, in this package, extends it. */
  ReadLimits() {}

  /**
   * Inflated bytes of a zip entry below which its compression ratio is not checked: a table of a
   * repetitive dataset, as Keneya itself writes it, can compress past 100 to 1, and a reader must
   * read back what a writer wrote; past 16 MiB, a bomb is stopped before it fills a heap.
   */
  public static final long RATIO_THRESHOLD_BYTES = 16 << 20;

  private static final ReadLimits DEFAULTS = builder().build();

  /** The documented defaults. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReadLimits}; every limit left unset keeps its default. */
  public static final class Builder extends ImmutableReadLimits.Builder {
    /** An empty builder, as {@link ReadLimits#builder()} returns. */
    public Builder() {}
  }

  /**
   * The most digits of a number in plain notation, and (with a few characters for a sign, a point
   * and an exponent) the most characters a number may be written with. At most {@link
   * Decimals#MAX_DIGITS}.
   */
  @Value.Default
  public int maxNumberLength() {
    return 100;
  }

  /** The most characters of one text value (a string, a cell, one language of a localized text). */
  @Value.Default
  public int maxTextLength() {
    return 1_000_000;
  }

  /** The most elements of one list value, and languages of one localized text. */
  @Value.Default
  public int maxListLength() {
    return 100_000;
  }

  /** The most levels of nested objects and arrays in a JSON document, line or cell. */
  @Value.Default
  public int maxNestingDepth() {
    return 64;
  }

  /** The most entries a zip may have, including the ones skipped ({@code __MACOSX/}, dot files). */
  @Value.Default
  public int maxZipEntries() {
    return 1_000;
  }

  /** The most bytes one zip entry may inflate to. */
  @Value.Default
  public long maxEntryBytes() {
    return 512L << 20;
  }

  /** The most bytes all the entries of a zip may inflate to. */
  @Value.Default
  public long maxTotalBytes() {
    return 2L << 30;
  }

  /**
   * The most bytes a zip entry may inflate to per compressed byte, once it has inflated past
   * {@link #RATIO_THRESHOLD_BYTES} (small entries compress well without being bombs).
   */
  @Value.Default
  public int maxCompressionRatio() {
    return 100;
  }

  @Value.Check
  void check() {
    positive("maxNumberLength", maxNumberLength());
    Checks.check(maxNumberLength() <= Decimals.MAX_DIGITS, "ReadLimits.maxNumberLength",
        "must be at most %s, was %s", Decimals.MAX_DIGITS, maxNumberLength());
    positive("maxTextLength", maxTextLength());
    positive("maxListLength", maxListLength());
    positive("maxNestingDepth", maxNestingDepth());
    positive("maxZipEntries", maxZipEntries());
    positive("maxEntryBytes", maxEntryBytes());
    positive("maxTotalBytes", maxTotalBytes());
    positive("maxCompressionRatio", maxCompressionRatio());
  }

  private static void positive(String limit, long value) {
    Checks.check(value > 0, "ReadLimits." + limit, "must be positive, was %s", value);
  }

  // ---- the checks readers call; each throws InvalidValueException, which a reader reports at its place

  /**
   * Refuses the text of a number longer than {@link #maxNumberLength()} allows, before it is
   * parsed: parsing a number of a million digits takes seconds.
   */
  public void checkNumberText(CharSequence number) {
    if (number.length() > maxNumberLength() + 8) { // room for a sign, a point and an exponent
      throw new InvalidValueException("number", "a number written with " + number.length()
          + " characters, more than the limit maxNumberLength = " + maxNumberLength() + ": " + Excerpt.quote(number));
    }
  }

  /**
   * Refuses a number with more digits in plain notation than {@link #maxNumberLength()}, and gives
   * it in its normal form (no negative scale, see {@link Decimals}): what is accepted can be written
   * and read back equal.
   */
  public BigDecimal checkDecimal(BigDecimal value) {
    long digits = Decimals.plainDigits(value);
    if (digits > maxNumberLength()) {
      throw new InvalidValueException("number", "a number of " + digits
          + " digits in plain notation (as writers write it), more than the limit maxNumberLength = "
          + maxNumberLength());
    }
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /**
   * Parses a decimal written as text (a CSV cell, say) within {@link #maxNumberLength()}: refused
   * unparsed when it is too long to be a number within the limit, then as {@link #checkDecimal}
   * refuses it. Gives the normal form.
   */
  public BigDecimal parseDecimal(String text) {
    checkNumberText(text);
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) { // also an exponent past int's range: 1e-2147483648
      throw new InvalidValueException("decimal", "not a valid decimal, or one far past the limit maxNumberLength = "
          + maxNumberLength() + ": " + Excerpt.quote(text));
    }
    return checkDecimal(value);
  }

  /**
   * Refuses a text longer than {@link #maxTextLength()}, or holding a lone UTF-16 surrogate, which
   * no UTF-8 file can hold.
   */
  public String checkText(String text) {
    if (text.length() > maxTextLength()) {
      throw new InvalidValueException("text", "a text of " + text.length()
          + " characters, more than the limit maxTextLength = " + maxTextLength() + ": " + Excerpt.quote(text));
    }
    int lone = loneSurrogate(text);
    if (lone >= 0) {
      throw new InvalidValueException("text", "a text holding a lone UTF-16 surrogate (U+"
          + Integer.toHexString(text.charAt(lone)).toUpperCase(java.util.Locale.ROOT) + " at index " + lone
          + "), which no UTF-8 file can hold: " + Excerpt.quote(text));
    }
    return text;
  }

  /** Refuses a list of more than {@link #maxListLength()} elements; call it as the list grows. */
  public void checkListLength(int size) {
    if (size > maxListLength()) {
      throw new InvalidValueException("list", "a list of more than " + maxListLength()
          + " elements, the limit maxListLength");
    }
  }

  /** The index of the first surrogate that is not half of a pair, or -1. */
  private static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) { // rare: one range test per char
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }
}
