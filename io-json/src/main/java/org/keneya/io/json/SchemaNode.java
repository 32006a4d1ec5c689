package org.keneya.io.json;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * A JSON object under construction, as {@link JsonSchemas} builds a schema: its members keep the
 * order they were first put in, and a member put again keeps its place. A schema is assembled out
 * of order (a struct's {@code required} list fills while its properties are written, a description
 * is added once a kind is defined), so it is built as this small tree and then written with
 * jackson-core's streaming generator — keneya-io-json needs no jackson-databind for it.
 *
 * <p>Members hold a {@link String}, a {@link Long}, a {@link BigDecimal}, a {@link Boolean}, a
 * {@code SchemaNode} or a {@link Values} array.
 */
final class SchemaNode {
  private static final JsonFactory FACTORY = new JsonFactory();

  /**
   * Jackson's default pretty printer, as databind's {@code INDENT_OUTPUT} writes (arrays on one
   * line, {@code "name" : value}), with {@code \n} line ends on every platform.
   */
  private static final ObjectWriteContext INDENTED = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    }
  };

  private final Map<String, Object> members = new LinkedHashMap<>();

  /** An empty object. */
  static SchemaNode object() {
    return new SchemaNode();
  }

  SchemaNode put(String name, String value) {
    members.put(name, value);
    return this;
  }

  SchemaNode put(String name, long value) {
    members.put(name, value);
    return this;
  }

  SchemaNode put(String name, boolean value) {
    members.put(name, value);
    return this;
  }

  SchemaNode put(String name, BigDecimal value) {
    members.put(name, value);
    return this;
  }

  /** Sets {@code name} to {@code value} and returns this object. */
  SchemaNode set(String name, SchemaNode value) {
    members.put(name, value);
    return this;
  }

  /** A new empty object under {@code name} (replacing what was there), returned. */
  SchemaNode putObject(String name) {
    SchemaNode child = new SchemaNode();
    members.put(name, child);
    return child;
  }

  /** A new empty array under {@code name} (replacing what was there), returned. */
  Values putArray(String name) {
    Values child = new Values();
    members.put(name, child);
    return child;
  }

  /** The array under {@code name}, made empty at the end if there is none. */
  Values withArray(String name) {
    Object value = members.get(name);
    return value instanceof Values ? (Values) value : putArray(name);
  }

  boolean has(String name) {
    return members.containsKey(name);
  }

  @Nullable Object get(String name) {
    return members.get(name);
  }

  /** This object indented, followed by a line end. */
  String toIndentedText() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(INDENTED, out)) {
      write(g);
    }
    return out + "\n";
  }

  private void write(JsonGenerator g) {
    g.writeStartObject();
    for (Map.Entry<String, Object> member : members.entrySet()) {
      g.writeName(member.getKey());
      writeValue(g, member.getValue());
    }
    g.writeEndObject();
  }

  private static void writeValue(JsonGenerator g, Object value) {
    if (value instanceof SchemaNode) {
      ((SchemaNode) value).write(g);
    } else if (value instanceof Values) {
      g.writeStartArray();
      for (Object item : ((Values) value).items) {
        writeValue(g, item);
      }
      g.writeEndArray();
    } else if (value instanceof String) {
      g.writeString((String) value);
    } else if (value instanceof Long) {
      g.writeNumber((long) value);
    } else if (value instanceof BigDecimal) {
      g.writeNumber((BigDecimal) value);
    } else if (value instanceof Boolean) {
      g.writeBoolean((boolean) value);
    } else {
      throw new IllegalStateException("not a JSON value: " + value.getClass());
    }
  }

  /** A JSON array under construction. */
  static final class Values {
    private final List<Object> items = new ArrayList<>();

    Values add(String value) {
      items.add(value);
      return this;
    }

    Values add(long value) {
      items.add(value);
      return this;
    }

    Values add(SchemaNode value) {
      items.add(value);
      return this;
    }

    /** A new empty object at the end, returned. */
    SchemaNode addObject() {
      SchemaNode child = new SchemaNode();
      items.add(child);
      return child;
    }
  }
}
