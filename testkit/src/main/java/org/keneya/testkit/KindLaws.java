package org.keneya.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.validation.Violation;
import org.keneya.core.value.LocalizedText;
import org.keneya.testkit.engine.PropertyFailure;
import org.keneya.testkit.engine.PropertyResult;
import org.keneya.testkit.engine.PropertyRunner;
import org.keneya.testkit.gen.Gen;
import org.opentest4j.AssertionFailedError;

/**
 * The laws every kind must satisfy, checked in one line by a plug-in author on their own kind over
 * generated datasets of their registry:
 *
 * <ul>
 *   <li><b>{@value #DESCRIPTION}</b>: every generated entity is an instance of the kind's Java
 *       type, and every property's getter — at every depth, nested values and list elements
 *       included — works and gives a value of its declared value type (present when required, an
 *       {@code Optional} for an optional property, a list for a list…), which its codecs' reading
 *       ({@code valueOrNull}) agrees with;
 *   <li><b>{@value #REBUILT}</b>: the builder or constructor behind the description, given an
 *       entity's property values, rebuilds an entity equal to it (and so every nested value);
 *   <li><b>{@value #VALID}</b>: validating a generated dataset reports no error about an entity of
 *       the kind — nor any warning, with {@link #noWarnings()} (a warning flags data a source may
 *       well hold, such as a stated total that its lines do not give, which the generators derived
 *       from descriptions do not avoid);
 *   <li><b>round trip through <i>codec</i></b>, for each codec given with {@link #roundTrips}:
 *       decoding what it encoded gives an equal dataset, and encoding that again the same bytes
 *       ({@link CodecAssertions#assertLossless}).
 * </ul>
 *
 * <p>The test kit depends on no codec, so the caller hands them in, one line each:
 *
 * <pre>{@code
 * @Test
 * void loansObeyTheLaws() {
 *   KindLaws.check(registry, Loan.KIND);                        // description, rebuild, validity
 *
 *   JsonCodec json = JsonCodec.create(registry);
 *   CsvCodec csv = CsvCodec.create(registry, CsvOptions.defaults());
 *   KindLaws.of(registry, Loan.KIND)
 *       .roundTrips("json", json::toBytes, json::fromBytes)
 *       .roundTrips("csv", d -> zip(csv, d), bytes -> csv.readZip(new ByteArrayInputStream(bytes)))
 *       .check();
 * }
 * }</pre>
 *
 * <p>Each law is a property over {@linkplain #tries(int) 100} datasets with 1 to 5 entities of the
 * kind (and 0 to 5 of each other kind of the registry, derived from the descriptions with {@link
 * DatasetGen}; hand in a generator of your own with {@link #datasets(Gen)}). Every law is checked;
 * if any fails, one {@link AssertionFailedError} names the kind and, for each broken law, the seed,
 * the shrunk counterexample printed in full ({@link DatasetPrinter}) and the failure, whose own
 * exception is the cause (the others are suppressed). Immutable; each method returns a copy.
 *
 * @param <E> the kind's Java type
 */
public final class KindLaws<E extends Entity> {
  /** The name of the law that the description matches the type. */
  public static final String DESCRIPTION = "the description matches the type";

  /** The name of the law that an entity is rebuilt from its property values. */
  public static final String REBUILT = "rebuilt from its property values";

  /** The name of the law that generated values are valid. */
  public static final String VALID = "generated values are valid";

  /** How many datasets each law is checked on unless told. */
  public static final int DEFAULT_TRIES = 100;

  private final GenSettings settings;
  private final EntityKind<E> kind;
  private final Gen<Dataset> datasets;
  private final ImmutableList<Codec> codecs;
  private final int tries;
  private final @Nullable Long seed;
  private final boolean noWarnings;

  private KindLaws(
      GenSettings settings, EntityKind<E> kind, Gen<Dataset> datasets, ImmutableList<Codec> codecs, int tries,
      @Nullable Long seed, boolean noWarnings) {
    this.settings = settings;
    this.kind = kind;
    this.datasets = datasets;
    this.codecs = codecs;
    this.tries = tries;
    this.seed = seed;
    this.noWarnings = noWarnings;
  }

  /**
   * Checks that {@code kind}, a kind of {@code registry}, obeys the laws that need no codec: its
   * description matches its type, its entities are rebuilt from their property values, and its
   * generated entities are valid.
   *
   * @throws AssertionFailedError naming the kind, each broken law and its shrunk counterexample
   * @throws IllegalArgumentException if {@code registry} does not hold {@code kind}
   */
  public static void check(KindRegistry registry, EntityKind<?> kind) {
    of(registry, kind).check();
  }

  /** The laws of {@code kind}, a kind of {@code registry}, over datasets drawn with the default settings. */
  public static <E extends Entity> KindLaws<E> of(KindRegistry registry, EntityKind<E> kind) {
    return of(GenSettings.of(registry), kind);
  }

  /**
   * The laws of {@code kind}, a kind of {@code settings}' registry, over datasets drawn with {@code
   * settings} (other languages, always filled optional fields…).
   *
   * @throws IllegalStateException if {@code settings} have no registry
   * @throws IllegalArgumentException if the registry does not hold {@code kind}
   */
  public static <E extends Entity> KindLaws<E> of(GenSettings settings, EntityKind<E> kind) {
    KindRegistry registry = settings.registry();
    Optional<EntityKind<?>> registered = registry.kind(kind.name());
    checkArgument(registered.isPresent() && registered.get().equals(kind),
        "kind %s is not the registry's%s: %s", kind.name(),
        registered.isPresent() ? " (the registry has another kind of that name)" : "", registry);
    return new KindLaws<>(settings, kind, DatasetGen.of(settings).withCount(kind.name(), 1, 5), ImmutableList.of(),
        DEFAULT_TRIES, null, false);
  }

  /**
   * Also checks that the codec named {@code name} round-trips datasets holding the kind losslessly:
   * decoding what {@code encoder} wrote gives an equal dataset, and encoding it again the same bytes.
   */
  public KindLaws<E> roundTrips(String name, CodecAssertions.Encoder encoder, CodecAssertions.Decoder decoder) {
    checkArgument(!name.isBlank(), "a codec needs a name");
    ImmutableList<Codec> more = ImmutableList.<Codec>builder()
        .addAll(codecs).add(new Codec(name, Objects.requireNonNull(encoder), Objects.requireNonNull(decoder))).build();
    return new KindLaws<>(settings, kind, datasets, more, tries, seed, noWarnings);
  }

  /**
   * The datasets the laws are checked on, instead of the derived ones — a model's hand-tuned
   * generator, say. Those without an entity of the kind check nothing.
   */
  public KindLaws<E> datasets(Gen<Dataset> newDatasets) {
    return new KindLaws<>(settings, kind, Objects.requireNonNull(newDatasets), codecs, tries, seed, noWarnings);
  }

  /** How many datasets each law is checked on; at least 1. */
  public KindLaws<E> tries(int newTries) {
    checkArgument(newTries >= 1, "tries must be at least 1, was %s", newTries);
    return new KindLaws<>(settings, kind, datasets, codecs, newTries, seed, noWarnings);
  }

  /**
   * The seed that fixes every generated dataset, as a failure prints it. Without it, {@code
   * -Dkeneya.seed=…} is used if given, else a random seed.
   */
  public KindLaws<E> seed(long newSeed) {
    return new KindLaws<>(settings, kind, datasets, codecs, tries, newSeed, noWarnings);
  }

  /**
   * A warning about a generated entity of the kind breaks the law {@value #VALID} too, not only an
   * error: for datasets drawn by a generator that avoids what warnings flag (the health model's
   * hand-tuned one, say).
   */
  public KindLaws<E> noWarnings() {
    return new KindLaws<>(settings, kind, datasets, codecs, tries, seed, true);
  }

  /**
   * Checks every law.
   *
   * @throws AssertionFailedError naming the kind, each broken law and its shrunk counterexample
   */
  public void check() {
    List<String> broken = new ArrayList<>();
    List<Throwable> causes = new ArrayList<>();
    law(DESCRIPTION, this::describedAsItIs, broken, causes);
    law(REBUILT, this::rebuilt, broken, causes);
    law(VALID, this::valid, broken, causes);
    for (Codec codec : codecs) {
      law("round trip through " + codec.name,
          d -> CodecAssertions.assertLossless(d, codec.encoder, codec.decoder), broken, causes);
    }
    if (!broken.isEmpty()) {
      AssertionFailedError failure = new AssertionFailedError(
          "kind " + kind.name() + " breaks " + broken.size() + (broken.size() == 1 ? " law" : " laws") + ":\n"
              + String.join("\n", broken),
          causes.get(0));
      causes.subList(1, causes.size()).forEach(failure::addSuppressed);
      throw failure;
    }
  }

  private void law(String law, PropertyRunner.Check<Dataset> check, List<String> broken, List<Throwable> causes) {
    PropertyRunner.Builder runner = PropertyRunner.builder().tries(tries);
    if (seed != null) {
      runner.seed(seed);
    }
    PropertyResult<Dataset> result = runner.build().run(datasets, check);
    Optional<PropertyFailure<Dataset>> failure = result.failure();
    if (failure.isPresent()) {
      PropertyFailure<Dataset> f = failure.get();
      broken.add("law \"" + law + "\" of kind " + kind.name() + " failed on try " + result.tries() + " of " + tries
          + " (seed " + result.seed() + ")\n"
          + "Shrunk counterexample (" + f.originalDraws() + " draws shrunk to " + f.shrunkDraws() + " in "
          + f.shrinkSteps() + " steps): " + DatasetPrinter.describe(f.shrunk()) + "\n"
          + "Failure: " + f.shrunkFailure() + "\n"
          + "Reproduce with KindLaws….seed(" + result.seed() + "L) or -D" + PropertyRunner.SEED_PROPERTY + "="
          + result.seed());
      causes.add(f.shrunkFailure());
    }
  }

  // ---- the laws

  private void describedAsItIs(Dataset dataset) {
    for (E entity : dataset.entities(kind)) {
      String where = kind.name() + ":" + entity.id();
      if (!kind.type().isInstance(entity)) {
        throw new AssertionFailedError(where + ": an entity of kind " + kind.name() + " is a "
            + entity.getClass().getName() + ", not a " + kind.type().getName());
      }
      matches(kind.struct(), entity, where);
    }
  }

  private static <T> void matches(StructType<T> type, Object value, String where) {
    if (!type.javaType().isInstance(value)) {
      throw new AssertionFailedError(where + ": a " + value.getClass().getName() + " where the description of "
          + type.name() + " says " + type.javaType().getName());
    }
    T struct = type.javaType().cast(value);
    for (Property<T, ?> property : type.properties()) {
      String at = where + "." + property.name();
      Object got = read(property, struct, at);
      @Nullable Object orNull;
      try {
        orNull = property.valueOrNull(struct);
      } catch (RuntimeException e) {
        throw new AssertionFailedError(at + ": the codecs' reading (valueOrNull) threw " + e, e);
      }
      Object expected = property.type().shape() == ValueType.Shape.OPTIONAL ? Optional.ofNullable(orNull) : orNull;
      if (!Objects.equals(got, expected)) {
        throw new AssertionFailedError(
            at + ": the getter gives <" + got + "> but the codecs' reading (valueOrNull) <" + orNull + ">");
      }
      matchesType(property.type(), got, at);
    }
  }

  private static <T> Object read(Property<T, ?> property, T struct, String at) {
    Object got;
    try {
      got = property.get(struct);
    } catch (RuntimeException e) {
      throw new AssertionFailedError(at + ": the getter threw " + e, e);
    }
    if (got == null) {
      throw new AssertionFailedError(at + ": the getter gave null where the description says "
          + property.type().describe() + (property.isRequired() ? " (required)" : " (an optional is Optional.empty())"));
    }
    return got;
  }

  private static void matchesType(ValueType<?> type, Object value, String at) {
    type.accept(new TypeMatch(at), value);
  }

  /** Fails unless a value, found at {@code at}, is of a type's Java type, at every depth. */
  private static final class TypeMatch implements ValueType.Visitor<Object, @Nullable Void> {
    private final String at;

    TypeMatch(String at) {
      this.at = at;
    }

    @Override
    public @Nullable Void visitScalar(ScalarType<?> type, Object value) {
      expect(value, type.javaType(), type, at);
      return null;
    }

    @Override
    public @Nullable Void visitLocalizedText(ValueType<LocalizedText> type, Object value) {
      expect(value, LocalizedText.class, type, at);
      return null;
    }

    @Override
    public @Nullable Void visitStruct(StructType<?> type, Object value) {
      matches(type, value, at);
      return null;
    }

    @Override
    public @Nullable Void visitList(ListType<?> type, Object value) {
      expect(value, List.class, type, at);
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        Object element = list.get(i);
        if (element == null) {
          throw new AssertionFailedError(at + "[" + i + "]: null in a list");
        }
        matchesType(type.element(), element, at + "[" + i + "]");
      }
      return null;
    }

    @Override
    public @Nullable Void visitOptional(OptionalType<?> type, Object value) {
      expect(value, Optional.class, type, at);
      ((Optional<?>) value).ifPresent(v -> type.element().accept(this, v));
      return null;
    }
  }

  private static void expect(Object value, Class<?> javaType, ValueType<?> type, String at) {
    if (!javaType.isInstance(value)) {
      throw new AssertionFailedError(at + ": a " + value.getClass().getName() + " where the description says "
          + type.describe() + " (" + javaType.getName() + ")");
    }
  }

  private void rebuilt(Dataset dataset) {
    for (E entity : dataset.entities(kind)) {
      rebuild(kind.struct(), entity, kind.name() + ":" + entity.id());
    }
  }

  private static <T> void rebuild(StructType<T> type, Object value, String where) {
    T struct = type.javaType().cast(value);
    List<Property<T, ?>> properties = type.properties();
    Object[] values = new Object[properties.size()];
    for (int i = 0; i < values.length; i++) {
      Property<T, ?> property = properties.get(i);
      values[i] = property.get(struct);
      rebuildNested(property.type(), values[i], where + "." + property.name());
    }
    T rebuilt;
    try {
      rebuilt = type.create(values);
    } catch (RuntimeException e) {
      throw new AssertionFailedError(where + ": building from its own property values threw " + e, e);
    }
    if (!struct.equals(rebuilt)) {
      throw new AssertionFailedError(
          where + ": built from its own property values, it is not equal to itself (a property the description"
              + " does not list, or a builder that changes a value?)", struct, rebuilt);
    }
  }

  private static void rebuildNested(ValueType<?> type, Object value, String where) {
    type.accept(new ValueType.PartialVisitor<Object, @Nullable Void>() {
      @Override
      public @Nullable Void visitStruct(StructType<?> struct, Object v) {
        rebuild(struct, v, where);
        return null;
      }

      @Override
      public @Nullable Void visitOptional(OptionalType<?> optional, Object v) {
        ((Optional<?>) v).ifPresent(present -> rebuildNested(optional.element(), present, where));
        return null;
      }

      @Override
      public @Nullable Void visitList(ListType<?> list, Object v) {
        List<?> items = (List<?>) v;
        for (int i = 0; i < items.size(); i++) {
          rebuildNested(list.element(), items.get(i), where + "[" + i + "]");
        }
        return null;
      }

      @Override
      public @Nullable Void otherwise(ValueType<?> other, Object v) {
        return null; // scalars and texts have no properties
      }
    }, value);
  }

  private void valid(Dataset dataset) {
    List<Violation> violations = dataset.validate().violations().stream()
        .filter(v -> v.entity().kind().equals(kind.name()) && (noWarnings || v.isError()))
        .toList();
    if (!violations.isEmpty()) {
      throw new AssertionFailedError("validation reports " + violations.size() + (noWarnings ? " violation" : " error")
          + (violations.size() == 1 ? "" : "s") + " of generated " + kind.name() + " entities: " + violations);
    }
  }

  private static final class Codec {
    final String name;
    final CodecAssertions.Encoder encoder;
    final CodecAssertions.Decoder decoder;

    Codec(String name, CodecAssertions.Encoder encoder, CodecAssertions.Decoder decoder) {
      this.name = name;
      this.encoder = encoder;
      this.decoder = decoder;
    }
  }
}
