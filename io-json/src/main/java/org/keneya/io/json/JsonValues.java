package org.keneya.io.json;

import java.io.StringWriter;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.kind.ValueType;
import org.keneya.io.json.internal.Factories;
import org.keneya.io.json.internal.ValueReader;
import org.keneya.io.json.internal.ValueWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * One value as compact JSON text, encoded exactly as inside a dataset document — for formats that
 * embed JSON, such as a CSV cell holding a list. Thread-safe.
 *
 * <pre>{@code
 * String cell = JsonValues.toJson(ValueType.list(ValueType.ref("actor")), recommendation.lead()); // ["dns","dgs"]
 * Object back = JsonValues.fromJson(ValueType.list(ValueType.ref("actor")), cell, "recommendation.csv row 4 lead");
 * }</pre>
 */
public final class JsonValues {
  private static final Factories FACTORIES = new Factories(JsonOptions.defaults());
  private static final ValueWriter WRITER = new ValueWriter();

  private JsonValues() {}

  public static String toJson(ValueType<?> type, Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORIES.generator(out)) {
      WRITER.write(g, type, value);
    }
    return out.toString();
  }

  /**
   * Reads one value strictly; errors are {@link MalformedInputException}s whose place is {@code
   * where} with the pointer inside the value.
   */
  public static Object fromJson(ValueType<?> type, String json, String where) {
    try (JsonParser parser = FACTORIES.parser(json)) {
      ValueReader reader = new ValueReader(parser, where, false);
      try {
        if (reader.next() == null) {
          throw reader.fail("empty JSON value");
        }
        Object value = reader.read(type);
        if (reader.next() != null) {
          throw reader.fail("trailing content after the value: " + ValueReader.describe(parser.currentToken()));
        }
        return value;
      } catch (JacksonException e) {
        throw reader.translate(e);
      }
    }
  }

  /**
   * Reads one value strictly under the read limits of {@code options}, as an embedding format
   * must for text it did not write; errors are {@link MalformedInputException}s whose place is
   * {@code source} with the pointer inside the value.
   */
  @SuppressWarnings("unchecked")
  public static <T> T fromJson(ValueType<T> type, String json, String source, JsonOptions options) {
    Factories factories = options == JsonOptions.defaults() ? FACTORIES : new Factories(options);
    try (JsonParser parser = factories.parser(json)) {
      ValueReader reader = new ValueReader(parser, source, options.ignoreUnknownProperties());
      try {
        if (reader.next() == null) {
          throw reader.fail("empty JSON value");
        }
        Object value = reader.read(type);
        if (reader.next() != null) {
          throw reader.fail("trailing content after the value: " + ValueReader.describe(parser.currentToken()));
        }
        return (T) value;
      } catch (JacksonException e) {
        throw reader.translate(e);
      }
    }
  }
}
