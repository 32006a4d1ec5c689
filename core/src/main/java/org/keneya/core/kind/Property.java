package org.keneya.core.kind;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.keneya.core.validation.Checks;

/**
 * One named, typed property of a {@link StructType} or entity kind, with its accessor resolved once
 * (no reflection per record). The name is the JSON field and the CSV column, so the two formats
 * cannot drift apart.
 *
 * <pre>{@code
 * Property<Money, ?> amount = ValueType.money().property("amount").orElseThrow();
 * amount.get(Money.of(1_000, "XOF")); // 1000, a BigDecimal
 * }</pre>
 *
 * @param <T> the type that holds the property
 * @param <V> the type of the property's value
 */
public final class Property<T, V> {
  /** The syntax of property names: lower camel case, as in {@code fiscalYear}. */
  public static final Pattern NAME_SYNTAX = Pattern.compile("[a-z][A-Za-z0-9]*");

  private final String name;
  private final ValueType<V> type;
  private final Function<T, V> getter;
  private final Function<T, ?> valueOrNull;
  private final boolean required; // asked for every property of every value read: worked out once
  private final ImmutableList<Constraint> constraints;

  Property(String name, ValueType<V> type, Function<T, V> getter, Constraint... constraints) {
    this(name, type, getter, unwrapping(type, getter), constraints);
  }

  Property(String name, ValueType<V> type, Function<T, V> getter, Function<T, ?> valueOrNull, Constraint... constraints) {
    Checks.check(
        NAME_SYNTAX.matcher(name).matches(), "Property.name", "must be lower camel case, was \"%s\"", name);
    this.name = name;
    this.type = type;
    this.getter = getter;
    this.valueOrNull = valueOrNull;
    this.required = type.shape() != ValueType.Shape.LIST && type.shape() != ValueType.Shape.OPTIONAL;
    this.constraints = ImmutableList.copyOf(constraints);
    for (Constraint constraint : this.constraints) {
      constraint.checkAppliesTo(name, type);
    }
  }

  private static <T, V> Function<T, ?> unwrapping(ValueType<V> type, Function<T, V> getter) {
    if (type.shape() == ValueType.Shape.OPTIONAL) {
      return owner -> ((Optional<?>) getter.apply(owner)).orElse(null);
    }
    return getter;
  }

  /** The property's name in lower camel case, such as {@code amount} or {@code asWritten}. */
  public String name() {
    return name;
  }

  /** The type of the property's values. */
  public ValueType<V> type() {
    return type;
  }

  /** The property's value in {@code owner}; never {@code null}. */
  public V get(T owner) {
    return getter.apply(owner);
  }

  /**
   * The property's value as codecs write it: for an optional property the value itself, or {@code
   * null} when absent; for any other property the same as {@link #get}. A property added with
   * {@link StructType.Builder#addOptional} answers without building an {@code Optional}.
   *
   * <pre>{@code
   * date.get(deadline);         // Optional[2024-03-31], or Optional.empty()
   * date.valueOrNull(deadline); // 2024-03-31, or null
   * }</pre>
   */
  public @Nullable Object valueOrNull(T owner) {
    return valueOrNull.apply(owner);
  }

  /**
   * The function {@link #valueOrNull} applies, for a codec that calls it from a call site of its
   * own: there the JIT sees one accessor and can inline it, where a call through {@code
   * valueOrNull}, shared by every property, reaches an unknown one.
   */
  public Function<T, ?> valueOrNullFunction() {
    return valueOrNull;
  }

  /** The constraints declared on the property, beyond what its type says; often none. */
  public ImmutableList<Constraint> constraints() {
    return constraints;
  }

  /** Whether a value must be present: true unless the type is a list or an optional. */
  public boolean isRequired() {
    return required;
  }

  @Override
  public String toString() {
    return name + ": " + type.describe();
  }
}
