package org.keneya.io.csv.internal;

import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.error.Place;
import org.keneya.core.kind.CodeType;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.RefType;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.value.Id;
import org.keneya.io.csv.CsvOptions;
import org.keneya.io.json.internal.ReadFailures;
import org.keneya.io.json.internal.ValueReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * The Frictionless Data Package descriptor of a folder of tables: one tabular resource per kind
 * with its Table Schema — field types, required fields, codes as enums, the primary key {@code
 * id}, foreign keys for references, {@code ""} as the missing value — generated from the same
 * layouts that write the tables, so the two cannot disagree.
 */
public final class DataPackages {
  private DataPackages() {}

  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      return new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
  };

  /**
   * The package description written with a byte-order mark ({@link CsvOptions#bom()}), and only
   * then, so that a descriptor written without one stays as it was.
   */
  public static final String BOM_DESCRIPTION = "The tables start with a UTF-8 byte-order mark (written with --bom), "
      + "for spreadsheets. Frictionless readers such as datapackage-js read the mark as part of the first column's "
      + "name, although the encoding is utf-8: for them, export without --bom.";

  /** The descriptor for tables written with {@code layouts} (in resource order). */
  public static String descriptor(KindRegistry registry, List<? extends Layout<?>> layouts, List<EntityKind<?>> kinds, CsvOptions options) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonFactory.builder().build().createGenerator(PRETTY, out)) {
      g.writeStartObject();
      g.writeStringProperty("profile", "tabular-data-package");
      g.writeStringProperty("name", "keneya-dataset");
      if (options.bom()) {
        // No encoding value makes Frictionless readers drop the mark: datapackage-js refuses
        // "utf-8-sig" (not an IANA name either) and keeps the mark with "utf-8". Say so instead.
        g.writeStringProperty("description", BOM_DESCRIPTION);
      }
      g.writeName("resources");
      g.writeStartArray();
      for (int i = 0; i < kinds.size(); i++) {
        resource(g, registry, kinds.get(i), layouts.get(i), options);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toString() + "\n";
  }

  /**
   * The {@code path} of each resource a descriptor lists, in order: the files a reader must find
   * beside it. Anything else in the descriptor is not read (the tables are read by the kinds' own
   * descriptions), but all of it is parsed under the nesting, text and number limits, and the
   * descriptor may be at most {@code maxEntryBytes} long and list at most {@code maxListLength}
   * resources.
   *
   * @throws MalformedInputException naming {@code source} and the place, if the descriptor is not
   *     JSON, goes past a limit, or a resource has no file name as its path
   */
  public static List<String> resourcePaths(InputStream descriptor, String source, ReadLimits limits) {
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(JsonLimits.constraints(limits)).build();
    JsonParser p = null;
    try {
      p = factory.createParser(ObjectReadContext.empty(), ReadFailures.marking(descriptor)); // reads the first bytes
      return resourcePaths(p, source, limits);
    } catch (JacksonException e) {
      throw failure(e, source, p);
    } finally {
      if (p != null) {
        p.close();
      }
    }
  }

  /** Jackson's error as ours, at the place it names or, for a limit, where the parser stopped. */
  private static RuntimeException failure(JacksonException e, String source, @Nullable JsonParser p) {
    ReadFailures.throwIfUnreadable(e); // unreadable, not bad data
    TokenStreamLocation location = e.getLocation() != null || p == null ? e.getLocation() : p.currentLocation();
    return new MalformedInputException(place(source, null, location), ValueReader.reason(e), e);
  }

  private static List<String> resourcePaths(JsonParser p, String source, ReadLimits limits) {
    List<String> paths = new ArrayList<>();
    expect(p, p.nextToken() == JsonToken.START_OBJECT, source, "", "a data package descriptor (an object)");
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (!name.equals("resources")) {
        p.skipChildren();
        continue;
      }
      expect(p, p.currentToken() == JsonToken.START_ARRAY, source, "/resources", "an array of resources");
      for (int i = 0; p.nextToken() == JsonToken.START_OBJECT; i++) {
        checkCount(p, source, limits, i);
        paths.add(path(p, source, "/resources/" + i));
      }
      expect(p, p.currentToken() == JsonToken.END_ARRAY, source, "/resources/" + paths.size(), "a resource (an object)");
    }
    return paths;
  }

  /** Refuses the resource of index {@code i} if it is past the list limit. */
  private static void checkCount(JsonParser p, String source, ReadLimits limits, int i) {
    try {
      limits.checkListLength(i + 1);
    } catch (InvalidValueException e) {
      throw new MalformedInputException(place(source, "/resources/" + i, p.currentTokenLocation()), e.reason());
    }
  }

  /** A place in the descriptor; a location Jackson does not know is left out. */
  private static Place place(String source, @Nullable String pointer, @Nullable TokenStreamLocation location) {
    long line = location == null ? 0 : Math.max(0, location.getLineNr());
    long column = location == null ? 0 : Math.max(0, location.getColumnNr());
    return Place.of(source, pointer, line, column);
  }

  private static String path(JsonParser p, String source, String pointer) {
    String path = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("path")) {
        expect(p, p.currentToken() == JsonToken.VALUE_STRING, source, pointer + "/path", "a file name");
        path = p.getString();
      } else {
        p.skipChildren();
      }
    }
    expect(p, path != null, source, pointer, "a resource with a path");
    return path;
  }

  private static void expect(JsonParser p, boolean found, String source, String pointer, String what) {
    if (!found) {
      throw new MalformedInputException(place(source, pointer.isEmpty() ? "/" : pointer, p.currentTokenLocation()), "expected " + what);
    }
  }

  private static void resource(JsonGenerator g, KindRegistry registry, EntityKind<?> kind, Layout<?> layout, CsvOptions options) {
    g.writeStartObject();
    g.writeStringProperty("name", kind.name());
    g.writeStringProperty("title", kind.label());
    g.writeStringProperty("path", kind.name() + ".csv");
    g.writeStringProperty("profile", "tabular-data-resource");
    g.writeStringProperty("format", "csv");
    g.writeStringProperty("mediatype", "text/csv");
    g.writeStringProperty("encoding", "utf-8");
    g.writeName("dialect");
    g.writeStartObject();
    g.writeStringProperty("delimiter", String.valueOf(options.delimiter()));
    g.writeBooleanProperty("doubleQuote", true);
    g.writeStringProperty("lineTerminator", options.crlf() ? "\r\n" : "\n");
    g.writeBooleanProperty("header", true);
    g.writeEndObject();
    g.writeName("schema");
    g.writeStartObject();
    g.writeName("fields");
    g.writeStartArray();
    for (Column column : layout.columns()) {
      field(g, registry, column);
    }
    g.writeEndArray();
    g.writeName("missingValues");
    g.writeStartArray();
    g.writeString("");
    g.writeEndArray();
    g.writeStringProperty("primaryKey", "id");
    List<Column> references = layout.columns().stream()
        .filter(c -> target(c).filter(t -> registry.kind(t).isPresent()).isPresent())
        .toList();
    if (!references.isEmpty()) { // the profile allows no empty foreignKeys list
      g.writeName("foreignKeys");
      g.writeStartArray();
      for (Column column : references) {
        g.writeStartObject();
        g.writeStringProperty("fields", column.name);
        g.writeName("reference");
        g.writeStartObject();
        g.writeStringProperty("resource", target(column).orElseThrow());
        g.writeStringProperty("fields", "id");
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static Optional<String> target(Column column) {
    return column.type == Column.Type.SCALAR && column.scalar() instanceof RefType
        ? ((RefType<?>) column.scalar()).target()
        : Optional.empty();
  }

  private static void field(JsonGenerator g, KindRegistry registry, Column column) {
    g.writeStartObject();
    g.writeStringProperty("name", column.name);
    g.writeStringProperty("type", type(column));
    if (column.type == Column.Type.LIST) {
      g.writeStringProperty("description", "a JSON array of " + ((org.keneya.core.kind.ListType<?>) column.valueType).element().describe());
    } else if (column.type == Column.Type.PRESENCE) {
      g.writeStringProperty("description", "true when the nested value is present");
    } else if (column.type == Column.Type.LANGUAGE) {
      g.writeStringProperty("description", "text in language " + column.language);
    }
    g.writeName("constraints");
    g.writeStartObject();
    g.writeBooleanProperty("required", column.required);
    if (column.type == Column.Type.SCALAR) {
      ScalarType<?> scalar = column.scalar();
      if (scalar instanceof CodeType) {
        g.writeName("enum");
        g.writeStartArray();
        registry.codelist(((CodeType) scalar).codelist()).ifPresent(list -> list.codes().forEach(c -> g.writeString(c.value())));
        g.writeEndArray();
      } else if (scalar.scalar() == ScalarType.Scalar.ID || (scalar instanceof RefType && ((RefType<?>) scalar).target().isPresent())) {
        g.writeStringProperty("pattern", Id.SYNTAX.pattern());
      }
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static String type(Column column) {
    switch (column.type) {
      case LIST:
        return "array";
      case PRESENCE:
        return "boolean";
      case LANGUAGE:
        return "string";
      default:
        switch (column.scalar().scalar()) {
          case BOOLEAN:
            return "boolean";
          case INTEGER:
            return "integer";
          case DECIMAL:
            return "number";
          case DATE:
            return "date";
          case PERIOD:
            return "duration";
          default:
            return "string";
        }
    }
  }
}
