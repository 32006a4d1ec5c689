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
import org.keneya.core.value.PartialDate;
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

  /**
   * What to do with a value type, one method per shape, with an argument of the caller's — the
   * value being walked, a path, a generator's settings — and a result. {@link
   * ValueType#accept(Visitor, Object)} calls the method of the type's shape; validation, subsetting,
   * reference collection, the generators, the codecs and the schemas all dispatch this way, so a
   * shape is handled in each of them or the compiler says where it is not.
   *
   * <pre>{@code
   * // the number of scalars a value holds, at any depth
   * ValueType.Visitor<Object, Integer> count = new ValueType.Visitor<>() {
   *   public Integer visitScalar(ScalarType<?> type, Object value) { return 1; }
   *   public Integer visitLocalizedText(ValueType<LocalizedText> type, Object value) { return 1; }
   *   public Integer visitStruct(StructType<?> type, Object value) {
   *     int n = 0;
   *     for (Property<?, ?> p : type.properties()) {
   *       Object v = ((Property<Object, ?>) p).get(value);
   *       n += p.type().accept(this, v);
   *     }
   *     return n;
   *   }
   *   public Integer visitList(ListType<?> type, Object value) {
   *     return ((List<?>) value).stream().mapToInt(item -> type.element().accept(this, item)).sum();
   *   }
   *   public Integer visitOptional(OptionalType<?> type, Object value) {
   *     return ((Optional<?>) value).map(v -> type.element().accept(this, v)).orElse(0);
   *   }
   * };
   * int scalars = kind.struct().accept(count, entity);
   * }</pre>
   *
   * @param <A> the argument passed along, such as the value ({@link Void} and null for none)
   * @param <R> the result ({@link Void} and null for none)
   */
  public interface Visitor<A, R> {
    /** A scalar: text, a number, a date, an id, a code, a reference, an enum constant, a defined scalar. */
    R visitScalar(ScalarType<?> type, A arg);

    /** A localized text. */
    R visitLocalizedText(ValueType<LocalizedText> type, A arg);

    /** A nested value with its own properties. */
    R visitStruct(StructType<?> type, A arg);

    /** A list. */
    R visitList(ListType<?> type, A arg);

    /** An optional value (as a list's item; a struct's optional property is present or null, see {@link Property#valueOrNull}). */
    R visitOptional(OptionalType<?> type, A arg);
  }

  /**
   * A {@link Visitor} for the shapes that matter to it: the others go to {@link #otherwise}. Use
   * {@link Visitor} itself where every shape must be thought about.
   *
   * <pre>{@code
   * // the struct a value of a type holds, through lists and optionals
   * ValueType.PartialVisitor<Void, Optional<StructType<?>>> nested = new ValueType.PartialVisitor<>() {
   *   public Optional<StructType<?>> visitStruct(StructType<?> type, Void none) { return Optional.of(type); }
   *   public Optional<StructType<?>> visitList(ListType<?> type, Void none) { return type.element().accept(this, none); }
   *   public Optional<StructType<?>> visitOptional(OptionalType<?> type, Void none) { return type.element().accept(this, none); }
   *   public Optional<StructType<?>> otherwise(ValueType<?> type, Void none) { return Optional.empty(); }
   * };
   * }</pre>
   *
   * @param <A> the argument passed along
   * @param <R> the result
   */
  public interface PartialVisitor<A, R> extends Visitor<A, R> {
    /** What every shape this visitor does not handle gives. */
    R otherwise(ValueType<?> type, A arg);

    @Override
    default R visitScalar(ScalarType<?> type, A arg) {
      return otherwise(type, arg);
    }

    @Override
    default R visitLocalizedText(ValueType<LocalizedText> type, A arg) {
      return otherwise(type, arg);
    }

    @Override
    default R visitStruct(StructType<?> type, A arg) {
      return otherwise(type, arg);
    }

    @Override
    default R visitList(ListType<?> type, A arg) {
      return otherwise(type, arg);
    }

    @Override
    default R visitOptional(OptionalType<?> type, A arg) {
      return otherwise(type, arg);
    }
  }

  ValueType() {}

  public abstract Shape shape();

  /** Calls the method of {@code visitor} for this type's shape with {@code arg}, and returns its result. */
  public abstract <A, R> R accept(Visitor<A, R> visitor, A arg);

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

  /**
   * A {@link PartialDate}: a year, a month or a day, written in the ISO 8601 reduced form of its
   * precision ({@code 2023}, {@code 2023-06}, {@code 2023-09-27}), years 0000 to 9999. A column or
   * a property of partial dates may mix the three precisions.
   */
  public static ScalarType<PartialDate> partialDate() {
    return BuiltInScalars.PARTIAL_DATE;
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

  /**
   * {@link DateRange}: {@code start} and {@code end}, each a {@linkplain #partialDate() partial
   * date} ({@code {"start":"2014","end":"2023"}}, {@code {"start":"2023-12-26","end":"2023-12-29"}}).
   */
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
