package org.keneya.io.json.internal;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.Excerpt;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.error.Place;
import org.keneya.core.internal.codec.ReferenceCheck;
import org.keneya.core.internal.codec.RegistryState;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.Ref;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.json.JsonFormat;
import org.keneya.io.json.JsonOptions;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The {@link JsonCodec} implementation: streams through Jackson's generator and parser, never a
 * tree. What it learns about the registry's types — the writers and name matchers, kept with the
 * registry ({@link RegistryState}) for every codec and stream of it, and the properties that hold
 * references, kept here — goes when the registry and the codec go.
 */
public final class DatasetJson implements JsonCodec {
  private final KindRegistry registry;
  private final JsonOptions options;
  private final Factories factories;
  private final ValueWriter writer; // thread-safe: its plans and specialized writers, made once
  private final NameMatchers matchers;
  private final ReferenceCheck references = new ReferenceCheck();

  public DatasetJson(KindRegistry registry, JsonOptions options) {
    this.registry = registry;
    this.options = options;
    this.factories = new Factories(options);
    this.writer = writer(registry, options.specializedWriters());
    this.matchers = RegistryState.of(registry, NameMatchers.class, NameMatchers::new);
  }

  /** The writer {@code registry} keeps for the JSON codecs, with specialized writers or without. */
  public static ValueWriter writer(KindRegistry registry, boolean specialized) {
    return RegistryState.of(registry, List.of(ValueWriter.class, specialized), () -> new ValueWriter(specialized));
  }

  @Override
  public void write(Dataset dataset, OutputStream out) {
    try (JsonGenerator g = factories.generator(out)) {
      writeDocument(g, dataset);
    }
  }

  /** Writes the dataset document through any generator, with this codec's writer. */
  public void writeDocument(JsonGenerator g, Dataset dataset) {
    writeDocument(g, dataset, writer);
  }

  /** Writes the dataset document through any generator (a mapper's, for instance) with {@code writer}. */
  public static void writeDocument(JsonGenerator g, Dataset dataset, ValueWriter writer) {
    g.writeStartObject();
    g.writeName("format");
    g.writeString(JsonFormat.DATASET);
    g.writeName("version");
    g.writeNumber(JsonFormat.VERSION);
    g.writeName("kinds");
    g.writeStartObject();
    for (EntityKind<?> kind : dataset.kinds()) {
      writeKind(writer, g, dataset, kind);
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static <E extends Entity> void writeKind(ValueWriter writer, JsonGenerator g, Dataset dataset, EntityKind<E> kind) {
    g.writeName(kind.name());
    g.writeStartArray();
    for (E entity : dataset.entities(kind)) {
      writer.writeEntity(g, kind, entity);
    }
    g.writeEndArray();
  }

  @Override
  public byte[] toBytes(Dataset dataset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    write(dataset, out);
    return out.toByteArray();
  }

  @Override
  public Dataset fromBytes(byte[] json) {
    try (JsonParser parser = factories.parser(json, "(bytes)")) {
      return read(parser, "(bytes)");
    }
  }

  @Override
  public Dataset read(InputStream in, String sourceName) {
    try (JsonParser parser = factories.parser(in, sourceName)) {
      return read(parser, sourceName);
    }
  }

  private Dataset read(JsonParser parser, String source) {
    ValueReader r = new ValueReader(parser, source, options.ignoreUnknownProperties(), options.limits(), matchers);
    try {
      return readDocument(r, source);
    } catch (JacksonException e) {
      throw r.translate(e); // limits are checked lazily, when a value is fetched
    }
  }

  private Dataset readDocument(ValueReader r, String source) {
    JsonParser parser = r.parser();
    if (r.next() != JsonToken.START_OBJECT) {
      throw r.fail("expected a Keneya dataset object, found " + ValueReader.describe(parser.currentToken()));
    }
    Dataset.Builder dataset = Dataset.builder(registry);
    r.cacheReferences();
    if (options.checkReferences()) {
      r.collectReferences();
    }
    Map<String, List<Entity>> inFileOrder = new LinkedHashMap<>();
    Map<String, List<Integer>> lines = new LinkedHashMap<>();
    boolean sawFormat = false;
    boolean sawVersion = false;
    boolean sawKinds = false;
    while (r.next() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      r.path().push(name);
      r.next();
      switch (name) {
        case "format":
          if (sawFormat) {
            throw r.duplicate(name);
          }
          Header.checkFormat(r, JsonFormat.DATASET);
          sawFormat = true;
          break;
        case "version":
          if (sawVersion) {
            throw r.duplicate(name);
          }
          Header.checkVersion(r);
          sawVersion = true;
          break;
        case "kinds":
          if (sawKinds) {
            throw r.duplicate(name);
          }
          sawKinds = true;
          readKinds(r, dataset, inFileOrder, lines);
          break;
        default:
          if (!options.ignoreUnknownProperties()) {
            throw r.fail("unknown property " + Excerpt.quote(name) + " in a dataset; known: [format, version, kinds]");
          }
          r.skip();
      }
      r.path().pop();
    }
    if (!sawFormat || !sawVersion) {
      throw r.fail("missing required property \"" + (sawFormat ? "version" : "format") + "\" in the dataset");
    }
    if (r.next() != null) {
      throw r.fail("trailing content after the dataset: " + ValueReader.describe(parser.currentToken()));
    }
    Dataset result = dataset.build();
    if (options.checkReferences() && !allResolve(result, r.references())) {
      checkReferences(result, inFileOrder, lines, source); // walks the entities to name the first dangling one
    }
    return result;
  }

  private void readKinds(
      ValueReader r, Dataset.Builder dataset, Map<String, List<Entity>> inFileOrder, Map<String, List<Integer>> lines) {
    JsonParser parser = r.parser();
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw r.fail("expected an object of entity arrays by kind, found " + ValueReader.describe(parser.currentToken()));
    }
    while (r.next() == JsonToken.PROPERTY_NAME) {
      String kindName = parser.currentName();
      r.path().push(kindName);
      r.next();
      EntityKind<?> kind = registry.kind(kindName).orElse(null);
      if (inFileOrder.containsKey(kindName)) {
        throw r.duplicate(kindName);
      }
      if (kind == null) {
        if (!options.ignoreUnknownProperties()) {
          throw r.fail("unknown kind " + Excerpt.quote(kindName) + "; known kinds: "
              + registry.kinds().stream().map(EntityKind::name).toList());
        }
        r.skip();
      } else {
        readEntities(r, kind, dataset, inFileOrder.computeIfAbsent(kindName, k -> new ArrayList<>()),
            lines.computeIfAbsent(kindName, k -> new ArrayList<>()));
      }
      r.path().pop();
    }
  }

  private static void readEntities(
      ValueReader r, EntityKind<?> kind, Dataset.Builder dataset, List<Entity> inFileOrder, List<Integer> lines) {
    JsonParser parser = r.parser();
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw r.fail("expected an array of " + kind.name() + " entities, found " + ValueReader.describe(parser.currentToken()));
    }
    r.path().push(0);
    int index = inFileOrder.size();
    while (r.next() != JsonToken.END_ARRAY) {
      r.path().replaceTop(index++);
      lines.add((int) r.line());
      Entity entity = r.readStruct(kind.struct());
      dataset.add(entity);
      inFileOrder.add(entity);
    }
    r.path().pop();
  }

  private static boolean allResolve(Dataset dataset, List<Ref<?>> references) {
    for (Ref<?> ref : references) {
      if (!dataset.contains(ref)) {
        return false;
      }
    }
    return true;
  }

  private void checkReferences(
      Dataset dataset, Map<String, List<Entity>> inFileOrder, Map<String, List<Integer>> lines, String source) {
    for (Map.Entry<String, List<Entity>> kind : inFileOrder.entrySet()) {
      List<Entity> entities = kind.getValue();
      EntityKind<?> entityKind = dataset.registry().requireKind(kind.getKey());
      for (int i = 0; i < entities.size(); i++) {
        ReferenceCheck.Dangling d = dangling(dataset, entityKind, entities.get(i));
        if (d != null) {
          String pointer = "/kinds/" + JsonPath.escape(kind.getKey()) + "/" + i + d.path();
          throw new MalformedInputException(
              Place.of(source, pointer, lines.get(kind.getKey()).get(i), 0),
              "dangling reference: " + d.target() + " is not in the dataset");
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private <E extends Entity> ReferenceCheck.@Nullable Dangling dangling(Dataset dataset, EntityKind<E> kind, Entity entity) {
    return references.first(dataset, kind, (E) entity);
  }
}
