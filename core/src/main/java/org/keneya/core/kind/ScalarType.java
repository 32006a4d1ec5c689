package org.keneya.core.kind;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.DateTimeException;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
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
 * <p>A scalar of one's own — an ISO country code, a DHIS2 UID, a GTIN — is {@linkplain
 * #builder(String, Class) defined} by its name, Java type, parse and format, how JSON writes it
 * ({@link Token}), the pattern its text matches, its form in JSON Schema and Table Schema, and a
 * generator for tests. Every codec, both schemas, the validator and the generators then carry it
 * with no change to Keneya; the built-in {@link ValueType#uuid()}, {@link ValueType#instant()},
 * {@link ValueType#offsetDateTime()}, {@link ValueType#longInteger()}, {@link
 * ValueType#finiteDouble()}, {@link ValueType#uri()}, {@link ValueType#year()} and {@link ValueType#partialDate()} are
 * defined that way too.
 *
 * <pre>{@code
 * static final ScalarType<CountryCode> COUNTRY = ScalarType.builder("country", CountryCode.class)
 *     .parse(CountryCode::of)
 *     .format(CountryCode::alpha2)
 *     .pattern("[A-Z]{2}")
 *     .generator(random -> CountryCode.of(List.of("ML", "SN", "BF").get(random.nextInt(3))))
 *     .build();
 * }</pre>
 *
 * @param <V> the Java type of the values
 */
public class ScalarType<V> extends ValueType<V> {
  /**
   * The scalar families; codecs may write numbers and booleans natively. {@link #DEFINED} is any
   * scalar made with {@link ScalarType#builder}: codecs know it only by its {@link #token()}, text
   * form and schema forms.
   */
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
    REFERENCE,
    DEFINED
  }

  /**
   * How a format with typed tokens (JSON) writes a value: as a string, an integer, a number or a
   * boolean. Its text is the canonical {@link #format(Object) text} either way, so an {@code
   * INTEGER} scalar's text must be a JSON integer ({@code -12}) and a {@code NUMBER} scalar's a JSON
   * number ({@code 1.5E10}).
   */
  public enum Token {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN;

    /** The type's name in JSON Schema and in Table Schema, which agree on these four: {@code string}, {@code integer}… */
    public String schemaType() {
      return Ascii.toLowerCase(name());
    }
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
  private final Token token;
  private final @Nullable Pattern pattern;
  private final @Nullable String jsonSchemaFormat;
  private final String tableSchemaType;
  private final @Nullable String tableSchemaFormat;
  private final @Nullable Function<RandomGenerator, V> generator;

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
    this.token = scalar == Scalar.BOOLEAN ? Token.BOOLEAN
        : scalar == Scalar.INTEGER ? Token.INTEGER
        : scalar == Scalar.DECIMAL ? Token.NUMBER
        : Token.STRING;
    this.pattern = null;
    this.jsonSchemaFormat = null;
    this.tableSchemaType = token.schemaType();
    this.tableSchemaFormat = null;
    this.generator = null;
  }

  private ScalarType(Builder<V> b) {
    this.scalar = Scalar.DEFINED;
    this.javaType = b.javaType;
    this.name = b.name;
    this.parser = checkNotNull(b.parser, "scalar %s: parse(...) is required", b.name);
    this.formatter = checkNotNull(b.formatter, "scalar %s: format(...) is required", b.name);
    this.token = b.token;
    this.pattern = b.pattern;
    this.jsonSchemaFormat = b.jsonSchemaFormat;
    this.tableSchemaType = b.tableSchemaType != null ? b.tableSchemaType : b.token.schemaType();
    this.tableSchemaFormat = b.tableSchemaFormat;
    this.generator = b.generator;
  }

  /**
   * Starts the definition of a scalar of one's own, named {@code name} in messages and schemas (a
   * lowercase word such as {@code country} or {@code dhis2-uid}; not the name of a built-in type),
   * whose values are of {@code javaType}.
   */
  public static <V> Builder<V> builder(String name, Class<V> javaType) {
    return new Builder<>(name, javaType);
  }

  @Override
  public final Shape shape() {
    return Shape.SCALAR;
  }
  @Override
  public final <A, R> R accept(Visitor<A, R> visitor, A arg) {
    return visitor.visitScalar(this, arg);
  }


  public final Scalar scalar() {
    return scalar;
  }

  /** The Java class of the values. */
  public final Class<?> javaType() {
    return javaType;
  }

  /** How JSON writes the values: as strings, integers, numbers or booleans. */
  public final Token token() {
    return token;
  }

  /**
   * The regular expression the whole canonical text matches, for a defined scalar that declares
   * one; {@link #parse} refuses text that does not, and both schemas state it. Empty for the other
   * scalars, whose schema forms the codecs know.
   */
  public final Optional<String> pattern() {
    return pattern == null ? Optional.empty() : Optional.of(pattern.pattern());
  }

  /** The JSON Schema {@code format} of a defined scalar's text ({@code uuid}, {@code date-time}, {@code uri}…), if any. */
  public final Optional<String> jsonSchemaFormat() {
    return Optional.ofNullable(jsonSchemaFormat);
  }

  /**
   * The Table Schema field type of a defined scalar ({@code string}, {@code integer}, {@code number},
   * {@code boolean}, {@code datetime}, {@code year}…); by default the one its {@link Token} gives.
   */
  public final String tableSchemaType() {
    return tableSchemaType;
  }

  /** The Table Schema field {@code format} of a defined scalar ({@code uuid}, {@code uri}…), if any. */
  public final Optional<String> tableSchemaFormat() {
    return Optional.ofNullable(tableSchemaFormat);
  }

  /**
   * Draws a value of a defined scalar from {@code random}, for generated test data; empty when the
   * definition gives no generator. Generators should map smaller draws to simpler values, since
   * Keneya's testkit shrinks a failure by making every draw smaller.
   */
  public final Optional<Function<RandomGenerator, V>> generator() {
    return Optional.ofNullable(generator);
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
    if (pattern != null && !pattern.matcher(text).matches()) {
      throw new InvalidValueException(name, "not a valid " + name + " (" + pattern.pattern() + "): " + Excerpt.quote(text));
    }
    V value;
    try {
      value = parser.apply(text);
    } catch (InvalidValueException e) {
      throw e;
    } catch (DateTimeException | IllegalArgumentException | ArithmeticException e) {
      throw new InvalidValueException(name, "not a valid " + name + ": " + Excerpt.quote(text));
    }
    if (value == null) { // a user's parser: refused here rather than as a null property later
      throw new InvalidValueException(name, "not a valid " + name + " (its parser gave no value): " + Excerpt.quote(text));
    }
    return value;
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

  /**
   * The definition of a scalar of one's own: {@link #parse} and {@link #format} are required, the
   * rest optional. A parser refuses bad text by throwing an {@link InvalidValueException}, an {@link
   * IllegalArgumentException} or a {@link DateTimeException}, which {@link ScalarType#parse} reports
   * naming the scalar; what it reads, {@code format} must write back as text that reads equal.
   *
   * @param <V> the Java type of the values
   */
  public static final class Builder<V> {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final ImmutableSet<String> TABLE_SCHEMA_TYPES = ImmutableSet.of(
        "string", "number", "integer", "boolean", "date", "time", "datetime", "year", "yearmonth", "duration");

    private final String name;
    private final Class<V> javaType;
    private @Nullable Function<String, V> parser;
    private @Nullable Function<V, String> formatter;
    private Token token = Token.STRING;
    private @Nullable Pattern pattern;
    private @Nullable String jsonSchemaFormat;
    private @Nullable String tableSchemaType;
    private @Nullable String tableSchemaFormat;
    private @Nullable Function<RandomGenerator, V> generator;

    private Builder(String name, Class<V> javaType) {
      this(name, javaType, true);
      checkArgument(!BuiltInScalars.NAMES.contains(name), "%s is the name of a built-in type", name);
    }

    /** A built-in's definition ({@link BuiltInScalars}), whose name the public constructor refuses. */
    Builder(String name, Class<V> javaType, boolean unused) {
      checkArgument(NAME.matcher(checkNotNull(name, "name")).matches(),
          "a scalar's name is lowercase letters and digits, words joined by '-': %s", name);
      this.name = name;
      this.javaType = checkNotNull(javaType, "javaType");
    }

    /** How a value is read from its canonical text. */
    public Builder<V> parse(Function<String, V> parse) {
      this.parser = checkNotNull(parse, "parse");
      return this;
    }

    /** The canonical text of a value, which {@link #parse} reads back equal. */
    public Builder<V> format(Function<V, String> format) {
      this.formatter = checkNotNull(format, "format");
      return this;
    }

    /** How JSON writes the values; {@link Token#STRING} unless given. */
    public Builder<V> token(Token newToken) {
      this.token = checkNotNull(newToken, "token");
      return this;
    }

    /**
     * A regular expression the whole text matches, checked before {@link #parse} and stated in both
     * schemas; limited, as {@link Constraint#pattern(String)} says, to what Java, JSON Schema and
     * Table Schema read alike.
     */
    public Builder<V> pattern(String regex) {
      this.pattern = Pattern.compile(Constraint.pattern(regex).regex().orElseThrow());
      return this;
    }

    /** The JSON Schema {@code format} of the text, such as {@code uuid}, {@code date-time} or {@code uri}. */
    public Builder<V> jsonSchemaFormat(String format) {
      this.jsonSchemaFormat = checkNotNull(format, "format");
      return this;
    }

    /**
     * The Table Schema field type and, when not null, its {@code format} (such as {@code string}
     * and {@code uuid}, or {@code datetime} and null); by default the type the {@link Token} gives.
     */
    public Builder<V> tableSchema(String type, @Nullable String format) {
      checkArgument(TABLE_SCHEMA_TYPES.contains(type), "not a Table Schema field type this scalar can have: %s", type);
      this.tableSchemaType = type;
      this.tableSchemaFormat = format;
      return this;
    }

    /** Draws a value for generated test data (see {@link ScalarType#generator()}). */
    public Builder<V> generator(Function<RandomGenerator, V> newGenerator) {
      this.generator = checkNotNull(newGenerator, "generator");
      return this;
    }

    /** The scalar type; {@link #parse} and {@link #format} must have been given. */
    public ScalarType<V> build() {
      return new ScalarType<>(this);
    }
  }
}
