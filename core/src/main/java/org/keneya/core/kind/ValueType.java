package org.keneya.core.kind;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.keneya.core.error.DomainModelException;
import org.keneya.core.value.Code;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.core.value.Provenance;
import org.keneya.core.value.Ref;
import org.keneya.core.value.StatedRate;

/**
 * The type of a property's value, as codecs and the validator see it. Every codec switches on
 * {@link #shape()} and needs one case per shape, so a new kind needs no codec change:
 *
 * <ul>
 *   <li>{@link Shape#SCALAR}: a {@link ScalarType} with a canonical text form — text, numbers,
 *       dates, ids, currencies, enum constants, {@linkplain CodeType codes}, {@linkplain RefType
 *       references}, and the scalars {@linkplain ScalarType#builder defined} by Keneya (UUID,
 *       instant…) or by a user;
 *   <li>{@link Shape#LOCALIZED_TEXT}: {@link LocalizedText};
 *   <li>{@link Shape#STRUCT}: a nested value with its own properties ({@link StructType});
 *   <li>{@link Shape#LIST} and {@link Shape#OPTIONAL}: a list or an optional of another type.
 * </ul>
 *
 * <pre>{@code
 * ValueType<List<Ref<Person>>> authors = ValueType.list(ValueType.ref("person"));
 * ValueType<Optional<Deadline>> deadline = ValueType.optional(ValueType.deadline());
 * }</pre>
 *
 * @param <V> the Java type of the values
 */
public abstract class ValueType<V> {
  /** The structural family of a value type. */
  public enum Shape {
    SCALAR,
    LOCALIZED_TEXT,
    STRUCT,
    LIST,
    OPTIONAL
  }

  ValueType() {}

  public abstract Shape shape();

  /** A short description for messages and schemas, such as {@code list<ref<person>>}. */
  public abstract String describe();

  @Override
  public String toString() {
    return describe();
  }

  // ---- scalars

  public static ScalarType<String> string() {
    return ScalarType.STRING;
  }

  public static ScalarType<Boolean> bool() {
    return ScalarType.BOOLEAN;
  }

  public static ScalarType<Integer> integer() {
    return ScalarType.INTEGER;
  }

  /** An exact decimal; never a {@code double}. */
  public static ScalarType<BigDecimal> decimal() {
    return ScalarType.DECIMAL;
  }

  /** An ISO 8601 date ({@code 2024-03-22}). */
  public static ScalarType<LocalDate> date() {
    return ScalarType.DATE;
  }

  /** An ISO 8601 period ({@code P6M}). */
  public static ScalarType<Period> period() {
    return ScalarType.PERIOD;
  }

  public static ScalarType<Id> id() {
    return ScalarType.ID;
  }

  /** An ISO 4217 currency ({@code XOF}). */
  public static ScalarType<Currency> currency() {
    return ScalarType.CURRENCY;
  }

  /** A UUID in its canonical form ({@code 123e4567-e89b-12d3-a456-426614174000}). */
  public static ScalarType<UUID> uuid() {
    return BuiltInScalars.UUID_TYPE;
  }

  /** An instant in UTC, as RFC 3339 writes it ({@code 2024-03-22T10:15:30Z}), years 0000 to 9999. */
  public static ScalarType<Instant> instant() {
    return BuiltInScalars.INSTANT;
  }

  /**
   * A date and time with its offset from UTC, as RFC 3339 writes it ({@code
   * 2024-03-22T10:15:30+01:00}), years 0000 to 9999; the offset is kept, so two values of the same
   * instant with different offsets are not equal.
   */
  public static ScalarType<OffsetDateTime> offsetDateTime() {
    return BuiltInScalars.OFFSET_DATE_TIME;
  }

  /** A 64-bit integer, written as a JSON integer. */
  public static ScalarType<Long> longInteger() {
    return BuiltInScalars.LONG;
  }

  /**
   * A finite {@code double}, written as a JSON number ({@code 1.5E10}); NaN and infinities are
   * refused. For amounts of money, use {@link #decimal()}: a double is inexact.
   */
  public static ScalarType<Double> finiteDouble() {
    return BuiltInScalars.DOUBLE;
  }

  /** An absolute URI in ASCII ({@code https://example.org/a?b}). */
  public static ScalarType<URI> uri() {
    return BuiltInScalars.URI_TYPE;
  }

  /** A year from 0000 to 9999, written with four digits ({@code 2024}). */
  public static ScalarType<Year> year() {
    return BuiltInScalars.YEAR;
  }

  /** Constants of a Java enum, written in lowercase with hyphens ({@code BEFORE_EVENT} → {@code before-event}). */
  public static <E extends Enum<E>> ScalarType<E> enumeration(Class<E> type) {
    return new EnumType<>(type);
  }

  /** A code that must be listed in the named codelist. */
  public static CodeType code(String codelist) {
    return new CodeType(codelist);
  }

  /** A reference to an entity of the named kind, written as its id alone. */
  public static <R extends Ref<?>> RefType<R> ref(String kind) {
    return new RefType<>(Optional.of(Ref.checkKind(kind)));
  }

  /** A reference to an entity of any kind, written {@code kind:id}. */
  public static <R extends Ref<?>> RefType<R> anyRef() {
    return new RefType<>(Optional.empty());
  }

  public static ValueType<LocalizedText> localizedText() {
    return LocalizedTextType.INSTANCE;
  }

  // ---- containers

  public static <E> ListType<E> list(ValueType<E> element) {
    return new ListType<>(element);
  }

  /**
   * A value that may be absent. An optional of an optional is refused: no format could tell an
   * absent inner value from an absent outer one.
   */
  public static <E> OptionalType<E> optional(ValueType<E> element) {
    if (element.shape() == Shape.OPTIONAL) {
      throw new DomainModelException("an optional of an optional cannot be written losslessly: " + element.describe());
    }
    return new OptionalType<>(element);
  }

  // ---- core structs

  /** {@link Money}: {@code amount} (decimal) and {@code currency}. */
  public static StructType<Money> money() {
    return CoreStructs.MONEY;
  }

  /** {@link DateRange}: {@code start} and {@code end}. */
  public static StructType<DateRange> dateRange() {
    return CoreStructs.DATE_RANGE;
  }

  /** {@link StatedRate}: wording, figure, decimals and rounding. */
  public static StructType<StatedRate> statedRate() {
    return CoreStructs.STATED_RATE;
  }

  /** {@link Deadline}: wording, form and what was derived. */
  public static StructType<Deadline> deadline() {
    return Deadline.TYPE;
  }

  /** {@link Provenance}: document and passage. */
  public static StructType<Provenance> provenance() {
    return Provenance.TYPE;
  }
}
