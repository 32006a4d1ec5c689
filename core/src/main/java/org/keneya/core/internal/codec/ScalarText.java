package org.keneya.core.internal.codec;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.Excerpt;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.kind.RefType;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.Ref;

/**
 * The text form of a scalar in a format that holds text (a CSV cell, a spreadsheet's text cell, a
 * list of ids in a cell), both ways: the scalar type's own {@link ScalarType#format} and {@link
 * ScalarType#parse}, with the shortcuts and the limits every such codec needs. Ids, codes, strings
 * and references to one kind are taken as their text without the formatter call (a lambda per
 * type, which the JIT cannot inline across types); the text read is checked against the {@link
 * ReadLimits} before it is parsed (a decimal of a million digits would take seconds).
 *
 * <pre>{@code
 * String cell = ScalarText.format(type, value);
 * Object back = ScalarText.parse(type, cell, limits, cache); // InvalidValueException if refused
 * }</pre>
 *
 * The JSON codec writes booleans, numbers and dates as JSON tokens, not as text, and reads them
 * from its parser's tokens; it shares {@link ScalarType#format}, {@link ScalarType#parse} and the
 * limits, not this class.
 */
public final class ScalarText {
  private ScalarText() {}

  /** The canonical text of {@code value}, a value of {@code type}. */
  public static String format(ScalarType<Object> type, Object value) {
    switch (type.scalar()) {
      case STRING:
        return (String) value;
      case ID:
        return ((Id) value).value();
      case CODE:
        return ((Code) value).value();
      case REFERENCE:
        return ((RefType<?>) type).target().isPresent() ? ((Ref<?>) value).id().value() : type.format(value);
      default:
        return type.format(value);
    }
  }

  /**
   * The value of {@code type} whose text is {@code text} (not empty), within {@code limits}: a
   * decimal in its normal form ({@code 1E+2} reads as the {@code 100} every writer writes), an
   * integer's text checked before it is parsed, a string's length checked; a reference through
   * {@code references} when given, so that each distinct one is parsed once while it is cached.
   *
   * @throws InvalidValueException naming the limit or the syntax the text breaks
   */
  public static Object parse(ScalarType<Object> type, String text, ReadLimits limits, @Nullable ReferenceCache references) {
    switch (type.scalar()) {
      case DECIMAL:
        return limits.parseDecimal(text);
      case INTEGER:
        limits.checkNumberText(text);
        break;
      case STRING:
        limits.checkText(text);
        break;
      case REFERENCE:
        if (references != null) {
          return references.parse(type, text);
        }
        break;
      case DEFINED:
        checkDefined(type, text, limits);
        break;
      default:
        break;
    }
    return type.parse(text);
  }

  /**
   * Checks the text of a {@linkplain ScalarType.Scalar#DEFINED defined} scalar against the limits
   * before its parser sees it: a number's length as a number's, any other text's as a string's.
   */
  public static void checkDefined(ScalarType<?> type, String text, ReadLimits limits) {
    if (type.token() == ScalarType.Token.INTEGER || type.token() == ScalarType.Token.NUMBER) {
      limits.checkNumberText(text);
    } else {
      limits.checkText(text);
    }
  }

  /**
   * The canonical text of a {@linkplain ScalarType.Scalar#DEFINED defined} scalar's value, as a
   * format with typed tokens writes it: checked to be a JSON number when the scalar's token is a
   * number, so that a writer never writes a number token that is not one.
   *
   * @throws InvalidValueException naming the scalar when its format gave no JSON number
   */
  public static String definedText(ScalarType<Object> type, Object value) {
    String text = type.format(value);
    ScalarType.Token token = type.token();
    if ((token == ScalarType.Token.INTEGER || token == ScalarType.Token.NUMBER)
        && !isJsonNumber(text, token == ScalarType.Token.INTEGER)) {
      throw new InvalidValueException(type.describe(), "its format gave " + Excerpt.quote(text)
          + ", not a JSON " + token.schemaType());
    }
    return text;
  }

  /**
   * Whether {@code text} is a number as JSON writes one ({@code -12}, {@code 1.5E10}), an integer
   * only when {@code integer}: what a defined scalar of token {@code INTEGER} or {@code NUMBER} must
   * format its values as, checked before a writer writes the text as a number.
   */
  public static boolean isJsonNumber(String text, boolean integer) {
    int i = 0;
    int n = text.length();
    if (i < n && text.charAt(i) == '-') {
      i++;
    }
    int digits = i;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
    }
    if (i == digits || (text.charAt(digits) == '0' && i - digits > 1)) {
      return false; // no digit, or a leading zero
    }
    if (integer) {
      return i == n;
    }
    if (i < n && text.charAt(i) == '.') {
      int fraction = ++i;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
      if (i == fraction) {
        return false;
      }
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponent = i;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
      if (i == exponent) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Writes {@code date} into {@code into[0..10)} as {@link LocalDate#toString()} writes it ({@code
   * 2018-12-31}), without building a string — a status history is a list of dated values, and a
   * String per date was most of what writing one allocated — and returns true; returns false,
   * writing nothing, for a year outside 0 to 9999 (signed or longer years: rare enough for {@code
   * toString}).
   */
  public static boolean isoDate(LocalDate date, char[] into) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      return false;
    }
    digits(into, 0, year, 4);
    into[4] = '-';
    digits(into, 5, date.getMonthValue(), 2);
    into[7] = '-';
    digits(into, 8, date.getDayOfMonth(), 2);
    return true;
  }

  private static void digits(char[] c, int at, int value, int count) {
    for (int i = at + count - 1; i >= at; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /** A cache for a column or list of references to parse each distinct one once; null for other scalars. */
  public static @Nullable ReferenceCache referenceCache(ScalarType<?> type) {
    return type.scalar() == ScalarType.Scalar.REFERENCE ? new ReferenceCache(1024) : null;
  }
}
