package org.keneya.core.kind;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.keneya.core.error.DomainModelException;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.value.Ref;

/**
 * A value made of named properties, in output order, with a way to build one from property values.
 * It describes nested values ({@code Money}, {@code Deadline}, a postal address) and the body of every
 * entity kind. Building goes through the type's own factory or builder, so every invariant still
 * holds. There are two ways to describe one: {@link #builder} (a setter per property, checked by
 * the compiler) and {@link #positional} (one all-attributes factory, cheaper for codecs to build
 * with):
 *
 * <pre>{@code
 * StructType<Money> money = StructType.positional("money", Money.class,
 *         values -> Money.of(values.<BigDecimal>next(), values.<Currency>next()))
 *     .add("amount", ValueType.decimal(), Money::amount)
 *     .add("currency", ValueType.currency(), Money::currency)
 *     .build();
 * }</pre>
 *
 * @param <T> the Java type described
 */
public final class StructType<T> extends ValueType<T> {
  private final String name;
  private final Class<T> javaType;
  private final ImmutableList<Property<T, ?>> properties;
  private final ImmutableMap<String, Integer> indexByName;
  private final Function<@Nullable Object[], T> factory;

  private StructType(
      String name,
      Class<T> javaType,
      ImmutableList<Property<T, ?>> properties,
      Function<@Nullable Object[], T> factory) {
    this.name = Ref.checkKind(name);
    this.javaType = javaType;
    this.properties = properties;
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    for (int i = 0; i < properties.size(); i++) {
      index.put(properties.get(i).name(), i);
    }
    try {
      this.indexByName = index.buildOrThrow();
    } catch (IllegalArgumentException e) {
      throw new DomainModelException(name + ": two properties have the same name: " + e.getMessage());
    }
    this.factory = factory;
  }

  /**
   * Starts describing {@code type}, built through a builder {@code B}: {@code newBuilder} makes an
   * empty one, each property's setter fills it, {@code build} makes the value.
   */
  public static <T, B> Builder<T, B> builder(
      String name, Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
    return new Builder<>(name, type, newBuilder, build);
  }

  /**
   * Starts describing {@code type}, built in one call from its property values in order — by an
   * all-attributes factory, without a builder or a setter per property. {@code create} takes each
   * value with {@link PropertyValues#next()}, in the order the properties are added:
   *
   * <pre>{@code
   * StructType<DateRange> range = StructType.positional("date-range", DateRange.class,
   *         values -> DateRange.of(values.next(), values.next()))
   *     .add("start", ValueType.date(), DateRange::start)
   *     .add("end", ValueType.date(), DateRange::end)
   *     .build();
   * }</pre>
   *
   * <p>Cheaper to build with than {@link #builder}: no builder object, none of the collection
   * builders an Immutables builder makes up front, and no copy of a list that is already immutable.
   * The values' types are not checked at compile time, so test that every value rebuilt from its
   * own properties equals itself.
   */
  public static <T> Positional<T> positional(String name, Class<T> type, Function<PropertyValues, T> create) {
    return new Positional<>(name, type, create);
  }

  /** An optional property read through a getter that gives its value or {@code null}. */
  private static <T, E> Property<T, Optional<E>> optionalProperty(
      String name, ValueType<E> element, Function<T, @Nullable E> getterOrNull) {
    return new Property<>(
        name, ValueType.optional(element), owner -> Optional.ofNullable(getterOrNull.apply(owner)), getterOrNull);
  }

  /** The name used in schemas and messages, such as {@code money}. */
  public String name() {
    return name;
  }

  public Class<T> javaType() {
    return javaType;
  }

  /** The properties, in output order. */
  public ImmutableList<Property<T, ?>> properties() {
    return properties;
  }

  public Optional<Property<T, ?>> property(String propertyName) {
    Integer index = indexByName.get(propertyName);
    return index == null ? Optional.empty() : Optional.of(properties.get(index));
  }

  /** The position of a property in {@link #properties()}, or -1. */
  public int indexOf(String propertyName) {
    return indexByName.getOrDefault(propertyName, -1);
  }

  /**
   * Builds a value from property values given in {@link #properties()} order. A {@code null} stands
   * for an absent value: an empty optional, an empty list, or — for a required property — an
   * {@link InvalidValueException} naming it. An optional property's value may be given as {@link
   * Property#valueOrNull} returns it (the value itself, which readers prefer: nothing to wrap) or
   * as {@link Property#get} does (an {@code Optional}).
   *
   * <pre>{@code
   * // asWritten, form, date, event, eventRef, period, reference
   * Deadline d = ValueType.deadline().create(new Object[] {"avant juin", Deadline.Form.UNSPECIFIED, null, null, null, null, null});
   * }</pre>
   */
  public T create(@Nullable Object[] values) {
    if (values.length != properties.size()) {
      throw new IllegalArgumentException(
          name + " has " + properties.size() + " properties, got " + values.length + " values");
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null && properties.get(i).isRequired()) {
        throw new InvalidValueException(name + "." + properties.get(i).name(), "is required");
      }
    }
    return factory.apply(values);
  }

  @Override
  public Shape shape() {
    return Shape.STRUCT;
  }

  @Override
  public String describe() {
    return name;
  }

  /**
   * Collects the properties of a {@link StructType} built by a positional factory (see {@link
   * #positional}).
   *
   * @param <T> the type described
   */
  public static final class Positional<T> {
    private final String name;
    private final Class<T> type;
    private final Function<PropertyValues, T> create;
    private final List<Property<T, ?>> properties = new ArrayList<>();

    private Positional(String name, Class<T> type, Function<PropertyValues, T> create) {
      this.name = name;
      this.type = type;
      this.create = create;
    }

    /** Adds the next property with its getter; the factory takes its value in this place. */
    public <V> Positional<T> add(String propertyName, ValueType<V> valueType, Function<T, V> getter) {
      properties.add(new Property<>(propertyName, valueType, getter));
      return this;
    }

    /**
     * Adds the next property, an optional one, from a getter that returns its value or {@code
     * null}; the factory takes the value or {@code null} (see {@link Builder#addOptional}).
     */
    public <E> Positional<T> addOptional(String propertyName, ValueType<E> element, Function<T, @Nullable E> getterOrNull) {
      properties.add(optionalProperty(propertyName, element, getterOrNull));
      return this;
    }

    public StructType<T> build() {
      ImmutableList<Property<T, ?>> fixed = ImmutableList.copyOf(properties);
      ValueType.Shape[] shapes = fixed.stream().map(p -> p.type().shape()).toArray(ValueType.Shape[]::new);
      Function<PropertyValues, T> create = this.create;
      String name = this.name;
      return new StructType<>(name, type, fixed, values -> {
        PropertyValues in = new PropertyValues(values, shapes);
        T value = create.apply(in);
        in.checkAllTaken(name);
        return value;
      });
    }
  }

  /**
   * Collects the properties of a {@link StructType} built through a builder (see {@link #builder}).
   *
   * @param <T> the type described
   * @param <B> the type of its builder
   */
  public static final class Builder<T, B> {
    private final String name;
    private final Class<T> type;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Property<T, ?>> properties = new ArrayList<>();
    private final List<BiConsumer<B, Object>> setters = new ArrayList<>();

    private Builder(String name, Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
      this.name = name;
      this.type = type;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /** Adds a property with its getter and the builder method that sets it. */
    @SuppressWarnings("unchecked")
    public <V> Builder<T, B> add(
        String propertyName, ValueType<V> valueType, Function<T, V> getter, BiConsumer<B, ? super V> setter) {
      BiConsumer<B, Object> untyped = (BiConsumer<B, Object>) setter;
      if (valueType.shape() == Shape.OPTIONAL) { // create() may give the bare value: the setter takes an Optional
        return add(new Property<>(propertyName, valueType, getter),
            (B builder, Object value) -> untyped.accept(builder, value instanceof Optional ? value : Optional.of(value)));
      }
      return add(new Property<>(propertyName, valueType, getter), untyped);
    }

    /**
     * Adds an optional property from a getter that returns its value or {@code null}, and the
     * builder method that sets a present value (never called for an absent one):
     *
     * <pre>{@code
     * .addOptional("nickname", ValueType.string(), Person::nicknameOrNull, Builder::nickname)
     * }</pre>
     *
     * <p>The same as {@code add(name, ValueType.optional(element), getter, setter)} for every
     * reader of the description, but cheaper for codecs: they write through {@link
     * Property#valueOrNull}, so a type that stores the value as a nullable field (as Keneya's own
     * types do, with an {@code Optional} accessor computed from it) is written without allocating.
     * A getter such as {@code p -> p.nickname().orElse(null)} works too; whether the JIT then removes
     * the accessor's {@code Optional} depends on the JDK (25 does, 17 does not: see BENCHMARKS.md).
     */
    @SuppressWarnings("unchecked")
    public <E> Builder<T, B> addOptional(
        String propertyName,
        ValueType<E> element,
        Function<T, @Nullable E> getterOrNull,
        BiConsumer<B, ? super E> setter) {
      return add(
          optionalProperty(propertyName, element, getterOrNull),
          (B builder, Object value) -> { // as valueOrNull gives it, or as an Optional
            if (!(value instanceof Optional)) {
              setter.accept(builder, (E) value);
            } else if (((Optional<?>) value).isPresent()) {
              setter.accept(builder, (E) ((Optional<?>) value).get());
            }
          });
    }

    private Builder<T, B> add(Property<T, ?> property, BiConsumer<B, Object> setter) {
      properties.add(property);
      setters.add(setter);
      return this;
    }

    public StructType<T> build() {
      ImmutableList<BiConsumer<B, Object>> fixedSetters = ImmutableList.copyOf(setters);
      Supplier<B> newBuilder = this.newBuilder;
      Function<B, T> build = this.build;
      return new StructType<>(
          name,
          type,
          ImmutableList.copyOf(properties),
          values -> {
            B builder = newBuilder.get();
            for (int i = 0; i < values.length; i++) {
              Object value = values[i];
              if (value != null) {
                fixedSetters.get(i).accept(builder, value);
              }
            }
            return build.apply(builder);
          });
    }
  }
}
