package org.keneya.core.kind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.function.Function;
import org.keneya.core.codec.Excerpt;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.value.Decimals;
import org.keneya.core.value.Id;
import org.keneya.core.value.Money;

/**
 * A value with one canonical, locale-independent text form, used by every codec: {@link
 * #format(Object)} writes it and {@link #parse(String)} reads it back, refusing bad text with an
 * {@link InvalidValueException}. Numbers use {@code .} whatever the default locale.
 *
 * <pre>{@code
 * ValueType.date().parse("2024-03-22");            // 2024-03-22
 * ValueType.decimal().format(new BigDecimal("52")); // "52"
 * }</pre>
 *
 * @param <V> the Java type of the values
 */
public class ScalarType<V> extends ValueType<V> {
  /** The scalar families; codecs may write numbers and booleans natively. */
  public enum Scalar {
    STRING,
    BOOLEAN,
    INTEGER,
    DECIMAL,
    DATE,
    PERIOD,
    ID,
    CURRENCY,
    ENUM,
    CODE,
    REFERENCE
  }

  static final ScalarType<String> STRING =
      new ScalarType<>(Scalar.STRING, String.class, "string", s -> s, s -> s);
  static final ScalarType<Boolean> BOOLEAN =
      new ScalarType<>(Scalar.BOOLEAN, Boolean.class, "boolean", ScalarType::parseBoolean, String::valueOf);
  static final ScalarType<Integer> INTEGER =
      new ScalarType<>(Scalar.INTEGER, Integer.class, "integer", Integer::valueOf, String::valueOf);
  static final ScalarType<BigDecimal> DECIMAL =
      new ScalarType<>(Scalar.DECIMAL, BigDecimal.class, "decimal", t -> Decimals.parse("decimal", t), BigDecimal::toPlainString);
  static final ScalarType<LocalDate> DATE =
      new ScalarType<>(Scalar.DATE, LocalDate.class, "date", LocalDate::parse, LocalDate::toString);
  static final ScalarType<Period> PERIOD =
      new ScalarType<>(Scalar.PERIOD, Period.class, "period", Period::parse, Period::toString);
  static final ScalarType<Id> ID = new ScalarType<>(Scalar.ID, Id.class, "id", Id::of, Id::value);
  static final ScalarType<Currency> CURRENCY =
      new ScalarType<>(Scalar.CURRENCY, Currency.class, "currency", Money::currency, Currency::getCurrencyCode);

  private final Scalar scalar;
  private final Class<?> javaType;
  private final String name;
  private final Function<String, V> parser;
  private final Function<V, String> formatter;

  ScalarType(
      Scalar scalar,
      Class<?> javaType,
      String name,
      Function<String, V> parser,
      Function<V, String> formatter) {
    this.scalar = scalar;
    this.javaType = javaType;
    this.name = name;
    this.parser = parser;
    this.formatter = formatter;
  }

  @Override
  public final Shape shape() {
    return Shape.SCALAR;
  }

  public final Scalar scalar() {
    return scalar;
  }

  /** The Java class of the values. */
  public final Class<?> javaType() {
    return javaType;
  }

  @Override
  public String describe() {
    return name;
  }

  /** The canonical text of a value. */
  public final String format(V value) {
    return formatter.apply(value);
  }

  /** Reads the canonical text of a value. */
  public final V parse(String text) {
    if (text == null) {
      throw new InvalidValueException(name, "is required");
    }
    try {
      return parser.apply(text);
    } catch (InvalidValueException e) {
      throw e;
    } catch (DateTimeParseException | IllegalArgumentException | ArithmeticException e) {
      throw new InvalidValueException(name, "not a valid " + name + ": " + Excerpt.quote(text));
    }
  }

  private static Boolean parseBoolean(String text) {
    if (text.equals("true")) {
      return Boolean.TRUE;
    }
    if (text.equals("false")) {
      return Boolean.FALSE;
    }
    throw new IllegalArgumentException(text);
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && describe().equals(((ScalarType<?>) o).describe());
  }

  @Override
  public int hashCode() {
    return describe().hashCode();
  }
}
