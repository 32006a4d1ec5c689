package org.keneya.core.kind;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.keneya.core.error.DomainModelException;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.value.Ref;
import org.keneya.core.value.LocalizedText;

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
  private final int[] constrained; // the indexes of the properties with declared constraints
  private final boolean deeplyConstrained; // a property of this struct, or of a value nested in it, has one

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
    this.constrained = IntStream.range(0, properties.size()).filter(i -> !properties.get(i).constraints().isEmpty()).toArray();
    for (int i : constrained) {
      for (Constraint c : properties.get(i).constraints()) {
        c.whenProperty().ifPresent(other -> checkCondition(properties.get(i), other, c.whenValue().orElseThrow()));
      }
    }
    this.deeplyConstrained = constrained.length > 0
        || properties.stream().anyMatch(p -> nestedStruct(p.type()).map(t -> t.deeplyConstrained).orElse(false));
  }

  /** Refuses a {@link Constraint#requiredWhen} on a property that does not exist or is not a scalar, or a value it cannot have. */
  private void checkCondition(Property<T, ?> property, String other, String value) {
    int at = indexOf(other);
    ValueType<?> type = at < 0 ? null : properties.get(at).type();
    if (type != null && type.shape() == Shape.OPTIONAL) {
      type = ((OptionalType<?>) type).element();
    }
    if (type == null || type.shape() != Shape.SCALAR) {
      throw new DomainModelException(name + "." + property.name() + ": required when " + other
          + ", which is not a scalar property of " + name);
    }
    try {
      ((ScalarType<?>) type).parse(value);
    } catch (RuntimeException e) {
      throw new DomainModelException(name + "." + property.name() + ": required when " + other + " is " + value
          + ", which " + other + " cannot be: " + e.getMessage());
    }
  }

  /** The struct a value of {@code type} holds, through optionals and lists. */
  private static Optional<StructType<?>> nestedStruct(ValueType<?> type) {
    return type.accept(NESTED_STRUCT, null);
  }

  private static final PartialVisitor<@Nullable Void, Optional<StructType<?>>> NESTED_STRUCT = new PartialVisitor<>() {
    @Override
    public Optional<StructType<?>> visitStruct(StructType<?> type, @Nullable Void none) {
      return Optional.of(type);
    }

    @Override
    public Optional<StructType<?>> visitList(ListType<?> type, @Nullable Void none) {
      return nestedStruct(type.element());
    }

    @Override
    public Optional<StructType<?>> visitOptional(OptionalType<?> type, @Nullable Void none) {
      return nestedStruct(type.element());
    }

    @Override
    public Optional<StructType<?>> otherwise(ValueType<?> type, @Nullable Void none) {
      return Optional.empty();
    }
  };

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
   * StructType<Money> money = StructType.positional("money", Money.class,
   *         values -> Money.of(values.<BigDecimal>next(), values.<Currency>next())) // overloaded: say which
   *     .add("amount", ValueType.decimal(), Money::amount)
   *     .add("currency", ValueType.currency(), Money::currency)
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
      String name, ValueType<E> element, Function<T, @Nullable E> getterOrNull, Constraint... constraints) {
    return new Property<>(
        name, ValueType.optional(element), owner -> Optional.ofNullable(getterOrNull.apply(owner)), getterOrNull,
        constraints);
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
    for (int i : constrained) {
      Object value = values[i] instanceof Optional ? ((Optional<?>) values[i]).orElse(null) : values[i];
      checkConstraints(properties.get(i), value, i, values);
    }
    return factory.apply(values);
  }

  /**
   * Checks the constraints declared on the properties of {@code value} and of every value nested in
   * it, calling {@code onViolation} with the path of each property that breaks one, such as {@code
   * lines[2].amounts.forecast}, and the error. Values built by a reader have been checked already
   * ({@link #create}); this is for values built otherwise, by a type of one's own that does not
   * check them itself.
   */
  public void forEachViolation(T value, BiConsumer<String, InvalidValueException> onViolation) {
    forEachViolation(value, "", onViolation);
  }

  private void forEachViolation(T value, String prefix, BiConsumer<String, InvalidValueException> onViolation) {
    if (!deeplyConstrained) {
      return;
    }
    @Nullable Object[] values = new Object[properties.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = properties.get(i).valueOrNull(value);
    }
    for (int i : constrained) {
      try {
        checkConstraints(properties.get(i), values[i], i, values);
      } catch (InvalidValueException e) {
        onViolation.accept(prefix + properties.get(i).name(), e);
      }
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        nested(properties.get(i).type(), values[i], prefix + properties.get(i).name(), onViolation);
      }
    }
  }

  private static void nested(ValueType<?> type, Object value, String path, BiConsumer<String, InvalidValueException> onViolation) {
    type.accept(new NestedViolations(path, onViolation), value);
  }

  /** Reports the violations of the structs a value holds, at their path. */
  private static final class NestedViolations implements Visitor<Object, @Nullable Void> {
    private final String path;
    private final BiConsumer<String, InvalidValueException> onViolation;

    NestedViolations(String path, BiConsumer<String, InvalidValueException> onViolation) {
      this.path = path;
      this.onViolation = onViolation;
    }

    @Override
    public @Nullable Void visitScalar(ScalarType<?> type, Object value) {
      return null;
    }

    @Override
    public @Nullable Void visitLocalizedText(ValueType<LocalizedText> type, Object value) {
      return null;
    }

    @SuppressWarnings("unchecked") // the value is of the type's Java type
    @Override
    public @Nullable Void visitStruct(StructType<?> type, Object value) {
      ((StructType<Object>) type).forEachViolation(value, path + ".", onViolation);
      return null;
    }

    @Override
    public @Nullable Void visitList(ListType<?> type, Object value) {
      List<?> items = (List<?>) value;
      for (int i = 0; i < items.size(); i++) {
        nested(type.element(), items.get(i), path + "[" + i + "]", onViolation);
      }
      return null;
    }

    @Override
    public @Nullable Void visitOptional(OptionalType<?> type, Object value) {
      // a property's optional value comes unwrapped (valueOrNull), a list's optional item wrapped
      Object present = value instanceof Optional ? ((Optional<?>) value).orElse(null) : value;
      if (present != null) {
        type.element().accept(this, present);
      }
      return null;
    }
  }

  /** The constraints of {@code property}, the {@code i}th, whose value is {@code value} (or null) among {@code values}. */
  private void checkConstraints(Property<T, ?> property, @Nullable Object value, int i, @Nullable Object[] values) {
    String field = javaType.getSimpleName() + "." + property.name();
    for (Constraint c : property.constraints()) {
      if (c.kind() == Constraint.Kind.REQUIRED_WHEN) {
        if (value == null && hasValue(indexOf(c.whenProperty().orElseThrow()), values, c.whenValue().orElseThrow())) {
          throw new InvalidValueException(field, "is required when " + c.whenProperty().orElseThrow() + " is " + c.whenValue().orElseThrow());
        }
      } else {
        c.check(field, value);
      }
    }
  }

  /** Whether the scalar property at {@code at} has, in {@code values}, the value written {@code text}. */
  @SuppressWarnings("unchecked") // the value is of the scalar's Java type
  private boolean hasValue(int at, @Nullable Object[] values, String text) {
    Object value = values[at] instanceof Optional ? ((Optional<?>) values[at]).orElse(null) : values[at];
    if (value == null) {
      return false;
    }
    ValueType<?> type = properties.get(at).type();
    ScalarType<Object> scalar = (ScalarType<Object>) (type.shape() == Shape.OPTIONAL ? ((OptionalType<?>) type).element() : type);
    return scalar.format(value).equals(text);
  }

  @Override
  public Shape shape() {
    return Shape.STRUCT;
  }
  @Override
  public final <A, R> R accept(Visitor<A, R> visitor, A arg) {
    return visitor.visitStruct(this, arg);
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

    /**
     * Adds the next property with its getter, and the constraints declared on it; the factory takes
     * its value in this place.
     */
    public <V> Positional<T> add(
        String propertyName, ValueType<V> valueType, Function<T, V> getter, Constraint... constraints) {
      properties.add(new Property<>(propertyName, valueType, getter, constraints));
      return this;
    }

    /**
     * Adds the next property, an optional one, from a getter that returns its value or {@code
     * null}; the factory takes the value or {@code null} (see {@link Builder#addOptional}).
     */
    public <E> Positional<T> addOptional(
        String propertyName, ValueType<E> element, Function<T, @Nullable E> getterOrNull, Constraint... constraints) {
      properties.add(optionalProperty(propertyName, element, getterOrNull, constraints));
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

    /** Adds a property with its getter, the builder method that sets it, and its declared constraints. */
    @SuppressWarnings("unchecked")
    public <V> Builder<T, B> add(
        String propertyName,
        ValueType<V> valueType,
        Function<T, V> getter,
        BiConsumer<B, ? super V> setter,
        Constraint... constraints) {
      BiConsumer<B, Object> untyped = (BiConsumer<B, Object>) setter;
      Property<T, V> property = new Property<>(propertyName, valueType, getter, constraints);
      if (valueType.shape() == Shape.OPTIONAL) { // create() may give the bare value: the setter takes an Optional
        return add(property,
            (B builder, Object value) -> untyped.accept(builder, value instanceof Optional ? value : Optional.of(value)));
      }
      return add(property, untyped);
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
        BiConsumer<B, ? super E> setter,
        Constraint... constraints) {
      return add(
          optionalProperty(propertyName, element, getterOrNull, constraints),
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
