package org.keneya.jackson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Code;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.core.value.Provenance;
import org.keneya.core.value.Ref;
import org.keneya.core.value.StatedRate;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.json.JsonFormat;
import org.keneya.io.json.JsonOptions;
import org.keneya.io.json.internal.DatasetJson;
import org.keneya.io.json.internal.Factories;
import org.keneya.io.json.internal.NameMatchers;
import org.keneya.io.json.internal.ValueReader;
import org.keneya.io.json.internal.ValueWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamWriteCapability;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.Version;
import tools.jackson.core.util.JsonGeneratorDelegate;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.ser.Serializers;

/**
 * A Jackson 3 module that reads and writes Keneya types exactly as the {@link JsonCodec} does:
 * the core values ({@link Id}, {@link Code}, {@link Ref}, {@link LocalizedText}, {@link Money},
 * {@link StatedRate}, {@link Deadline}, {@link DateRange}, {@link Provenance}), every entity kind of
 * the registry (generated subclasses included), and a whole {@link Dataset} as a {@link
 * JsonFormat#DATASET} document. It is listed in {@code META-INF/services}, so {@code
 * findAndAddModules()} registers it with every kind on the classpath:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * String json = mapper.writeValueAsString(new Report("2024", total, recommendations));
 * Report back = mapper.readValue(json, Report.class);
 *
 * JsonMapper custom = JsonMapper.builder().addModule(new KeneyaJacksonModule(registry)).build();
 * }</pre>
 *
 * <p>Values are encoded by the kinds' descriptions, never by bean introspection: a reference alone
 * is written {@code kind:id}, a code as its text, money as {@code {"amount":…,"currency":…}} with
 * the amount in plain notation. Reading is as strict as the codec — a wrong type, a missing
 * required property or a value the type refuses is a {@link MismatchedInputException} whose message
 * names the problem and the JSON pointer inside the value, with the {@link
 * MalformedInputException} as its cause. Jackson 3 skips unknown properties by default
 * ({@code FAIL_ON_UNKNOWN_PROPERTIES} is off), but inside Keneya values the module keeps the
 * codec's own rule, {@link JsonOptions#ignoreUnknownProperties(boolean)}: strict unless the module
 * is built with lenient options. A dataset read through a mapper is checked like one read by the
 * codec, dangling references included. No type information is written or read: the module uses no
 * polymorphic typing.
 *
 * <p>Registering a second instance (with another registry) replaces the first, as both share one
 * registration id.
 */
public final class KeneyaJacksonModule extends JacksonModule {
  /** The module's name, as {@link #getModuleName()} reports it. */
  public static final String NAME = "keneya";

  private static final Version VERSION = loadVersion();
  private static final Factories FACTORIES = new Factories(JsonOptions.defaults());
  private static final String SOURCE = "JSON";

  /** The core values and their descriptions; looked up by class and superclass (generated subclasses). */
  private static final Map<Class<?>, ValueType<?>> VALUES = Map.of(
      Id.class, ValueType.id(),
      Code.class, ValueType.code("any"),
      Ref.class, ValueType.anyRef(),
      LocalizedText.class, ValueType.localizedText(),
      Money.class, ValueType.money(),
      StatedRate.class, ValueType.statedRate(),
      Deadline.class, ValueType.deadline(),
      DateRange.class, ValueType.dateRange(),
      Provenance.class, ValueType.provenance());

  private final JsonOptions options;
  /** This module's writer and name matchers: what they work out about the kinds goes with the module. */
  private final ValueWriter writer;
  private final NameMatchers matchers = new NameMatchers();
  /** Where the kinds come from: a given registry, or the class path on first use. */
  private final Supplier<KindRegistry> source;
  /** The registry and its codec once made, or why they could not be; guarded by {@code this}. */
  private @Nullable KindRegistry registry;
  private @Nullable JsonCodec codec;
  private @Nullable RuntimeException failure;

  /**
   * A module for every kind found with {@link KindRegistry#load()}, reading strictly — the one
   * {@link java.util.ServiceLoader} makes for {@code JsonMapper.builder().findAndAddModules()}. The
   * class path is read when the module is first asked for an entity or a dataset, not here: a
   * class path whose models cannot be merged (two kinds of one name) never makes {@code
   * findAndAddModules()} fail; the first entity or dataset written or read through the module
   * fails instead, with an {@link IllegalStateException} naming the cause, and so does every later
   * one. Core values ({@code Money}, {@code Ref}…) need no kinds and always work. The class path
   * is the constructing thread's context class loader, as {@link KindRegistry#load()} reads it.
   */
  public KeneyaJacksonModule() {
    this(classPath(Thread.currentThread().getContextClassLoader()), JsonOptions.defaults());
  }

  /** The kinds {@code loader} offers, read on first use (the loader is the constructing thread's). */
  private static Supplier<KindRegistry> classPath(ClassLoader loader) {
    return () -> KindRegistry.load(loader);
  }

  /** A module for the kinds of {@code registry}, reading strictly. */
  public KeneyaJacksonModule(KindRegistry registry) {
    this(registry, JsonOptions.defaults());
  }

  /**
   * A module for the kinds of {@code registry}, reading as {@code options} say: {@link
   * JsonOptions#ignoreUnknownProperties(boolean)} for every Keneya value and entity, {@link
   * JsonOptions#limits(org.keneya.core.codec.ReadLimits)} for every Keneya value and entity (the
   * mapper's own parser applies the mapper's constraints to the rest), {@link
   * JsonOptions#checkReferences(boolean)} for datasets, {@link JsonOptions#specializedWriters(boolean)}
   * for every Keneya value, entity and dataset written. {@link JsonOptions#pretty(boolean)} is
   * ignored: indentation is the mapper's.
   */
  public KeneyaJacksonModule(KindRegistry registry, JsonOptions options) {
    this(given(registry), options);
  }

  private static Supplier<KindRegistry> given(KindRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    return () -> registry;
  }

  private KeneyaJacksonModule(Supplier<KindRegistry> source, JsonOptions options) {
    this.source = source;
    this.options = Objects.requireNonNull(options, "options");
    this.writer = new ValueWriter(options.specializedWriters());
  }

  /**
   * The registry whose kinds this module reads and writes; for the no-argument module, loaded from
   * the class path on the first call.
   *
   * @throws IllegalStateException if the class path's models cannot be merged, naming the cause
   */
  public KindRegistry registry() {
    return loaded().registry;
  }

  private synchronized KeneyaJacksonModule loaded() {
    if (registry == null && failure == null) {
      try {
        KindRegistry made = source.get();
        codec = JsonCodec.create(made, options);
        registry = made;
      } catch (RuntimeException e) {
        failure = new IllegalStateException(
            NAME + " cannot read or write Keneya entities: the kinds on the class path do not load: " + e.getMessage(), e);
      }
    }
    if (failure != null) {
      throw failure;
    }
    return this;
  }

  @Override
  public String getModuleName() {
    return NAME;
  }

  /** The version of this library (keneya-jackson), as built. */
  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new KeneyaSerializers());
    context.addDeserializers(new KeneyaDeserializers());
  }

  @Override
  public String toString() {
    KindRegistry made;
    synchronized (this) {
      made = registry;
    }
    return NAME + " " + VERSION + " " + (made != null ? made : failure != null ? "(kinds failed to load)" : "(kinds not loaded yet)");
  }

  // ---- lookup

  private static @Nullable ValueType<?> coreValue(Class<?> raw) {
    for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
      ValueType<?> type = VALUES.get(c);
      if (type != null) {
        return type;
      }
    }
    return null;
  }

  /** The description of {@code raw}: a core value or an entity kind's struct; null if neither. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private @Nullable ValueType<?> describe(Class<?> raw) {
    ValueType<?> type = coreValue(raw);
    if (type != null) {
      return type;
    }
    if (Entity.class.isAssignableFrom(raw)) {
      Optional<EntityKind<?>> kind = (Optional) registry().kindOf((Class<? extends Entity>) raw);
      return kind.map(EntityKind::struct).orElse(null);
    }
    return null;
  }

  private final class KeneyaSerializers implements Serializers {
    @Override
    public @Nullable ValueSerializer<?> findSerializer(
        SerializationConfig config,
        JavaType type,
        BeanDescription.Supplier beanDescRef,
        com.fasterxml.jackson.annotation.JsonFormat.@Nullable Value formatOverrides) {
      Class<?> raw = type.getRawClass();
      if (Dataset.class.isAssignableFrom(raw)) {
        return new DatasetSerializer();
      }
      ValueType<?> described = describe(raw);
      return described == null ? null : new KeneyaValueSerializer(described, raw);
    }
  }

  private final class KeneyaDeserializers implements Deserializers {
    @Override
    public @Nullable ValueDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
      Class<?> raw = type.getRawClass();
      if (raw == Dataset.class) {
        return new DatasetDeserializer();
      }
      ValueType<?> described = describe(raw);
      return described == null ? null : new KeneyaValueDeserializer(described, raw, options);
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return valueType == Dataset.class || describe(valueType) != null;
    }
  }

  // ---- values and entities

  private final class KeneyaValueSerializer extends ValueSerializer<Object> {
    private final ValueType<?> type;
    private final Class<?> handled;

    KeneyaValueSerializer(ValueType<?> type, Class<?> handled) {
      this.type = type;
      this.handled = handled;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
      writer.write(plainDecimals(gen), type, value);
    }

    @Override
    public Class<?> handledType() {
      return handled;
    }
  }

  private final class KeneyaValueDeserializer extends ValueDeserializer<Object> {
    private final ValueType<?> type;
    private final Class<?> handled;

    private final JsonOptions options;

    KeneyaValueDeserializer(ValueType<?> type, Class<?> handled, JsonOptions options) {
      this.type = type;
      this.handled = handled;
      this.options = options;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      ValueReader reader = new ValueReader(p, SOURCE, options.ignoreUnknownProperties(), options.limits(), matchers);
      try {
        return reader.read(type);
      } catch (MalformedInputException e) {
        throw failure(p, handled, type.describe(), e, null);
      }
    }

    @Override
    public Class<?> handledType() {
      return handled;
    }
  }

  // ---- datasets

  /** Writes the codec's document through the mapper's generator, so indentation and target follow the mapper. */
  private final class DatasetSerializer extends ValueSerializer<Dataset> {
    @Override
    public void serialize(Dataset dataset, JsonGenerator gen, SerializationContext ctxt) {
      DatasetJson.writeDocument(plainDecimals(gen), dataset, writer);
    }

    @Override
    public Class<?> handledType() {
      return Dataset.class;
    }
  }

  /**
   * Copies the document exactly (numbers as written, duplicate keys kept) and hands it to the
   * {@link JsonCodec}, so a dataset read through a mapper passes every check the codec makes.
   */
  private final class DatasetDeserializer extends ValueDeserializer<Dataset> {
    @Override
    public Dataset deserialize(JsonParser p, DeserializationContext ctxt) {
      TokenStreamLocation start = p.currentTokenLocation();
      ByteArrayOutputStream copy = new ByteArrayOutputStream(8192);
      try (JsonGenerator g = FACTORIES.generator(copy)) {
        g.copyCurrentStructureExact(p);
      }
      try {
        return Objects.requireNonNull(loaded().codec).fromBytes(copy.toByteArray());
      } catch (MalformedInputException e) {
        throw failure(p, Dataset.class, "Keneya dataset", e, start);
      }
    }

    @Override
    public Class<?> handledType() {
      return Dataset.class;
    }
  }

  // ---- helpers

  /**
   * The error for a refused value: Jackson's own error (bad syntax, a read limit) as it was,
   * otherwise a {@link MismatchedInputException} naming the reason and the pointer inside the value.
   * For a dataset, read from a copy, the pointer is inside the dataset and {@code start} says where
   * the dataset begins in the input.
   */
  private static JacksonException failure(
      JsonParser p, Class<?> target, String what, MalformedInputException e, @Nullable TokenStreamLocation start) {
    if (e.getCause() instanceof JacksonException) {
      return (JacksonException) e.getCause();
    }
    String pointer = e.place().path().filter(path -> !path.equals("/")).map(path -> " at " + path).orElse("");
    // Jackson 3 leaves line and column out of its own messages by default (the source is redacted).
    long line = start == null ? e.place().line().orElse(0) : start.getLineNr();
    long column = start == null ? e.place().column().orElse(0) : start.getColumnNr();
    String where = line > 0 && column > 0
        ? " (" + (start == null ? "" : "the dataset starts at ") + "line " + line + ", column " + column + ")"
        : "";
    JacksonException failure =
        MismatchedInputException.from(p, target, "invalid " + what + pointer + where + ": " + e.reason()).withCause(e);
    // A dataset is read from a copy: the parser's location is the dataset's end, not the error's.
    return start == null ? failure : failure.clearLocation();
  }

  /** Decimals in plain notation, as the codec writes them, whatever the mapper's own setting. */
  private static JsonGenerator plainDecimals(JsonGenerator gen) {
    if (gen.isEnabled(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        || !gen.has(StreamWriteCapability.CAN_WRITE_FORMATTED_NUMBERS)) {
      return gen;
    }
    return new JsonGeneratorDelegate(gen, true) {
      @Override
      public JsonGenerator writeNumber(BigDecimal value) {
        delegate.writeNumber(value.toPlainString());
        return this;
      }
    };
  }

  private static Version loadVersion() {
    Properties properties = new Properties();
    try (InputStream in = KeneyaJacksonModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the version of " + NAME, e);
    }
    String version = properties.getProperty("version", "");
    if (version.isEmpty() || version.contains("${")) {
      return Version.unknownVersion(); // not filtered, as when run from sources without Maven
    }
    return VersionUtil.parseVersion(
        version, properties.getProperty("groupId", "org.keneya"), properties.getProperty("artifactId", "keneya-jackson"));
  }
}
