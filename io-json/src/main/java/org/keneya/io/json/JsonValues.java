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
 * embed JSON, such as a CSV cell holding a list. Thread-safe. Each call walks the value's
 * description afresh and keeps nothing about its types: for many values of a registry's kinds, a
 * {@link JsonCodec} or {@link JsonLines} writer keeps what it works out once.
 *
 * <pre>{@code
 * String cell = JsonValues.toJson(ValueType.list(ValueType.ref("actor")), recommendation.lead()); // ["dns","dgs"]
 * Object back = JsonValues.fromJson(ValueType.list(ValueType.ref("actor")), cell, "recommendation.csv row 4 lead");
 * }</pre>
 */
public final class JsonValues {
  private static final Factories FACTORIES = new Factories(JsonOptions.defaults());
  private static volatile Factories recent = FACTORIES;

  private JsonValues() {}

  /** {@code value} as compact JSON text, as {@code type} describes it. */
  public static String toJson(ValueType<?> type, Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORIES.generator(out)) {
      new ValueWriter(false).write(g, type, value); // one value: a specialized writer would not pay
    }
    return out.toString();
  }

  /**
   * Reads one value strictly, within the default {@link org.keneya.core.codec.ReadLimits}; errors
   * are {@link MalformedInputException}s whose place is {@code where} with the pointer inside the
   * value. See {@link #fromJson(ValueType, String, String, JsonOptions)}.
   */
  public static Object fromJson(ValueType<?> type, String json, String where) {
    return fromJson(type, json, where, JsonOptions.defaults());
  }

  /**
   * Reads one value strictly, within {@code options}' {@link JsonOptions#limits() limits} — so that
   * a CSV reader applies its own limits to the JSON in its cells. Every refusal, from bad syntax to
   * a value past a limit, is a {@link MalformedInputException} whose place is {@code source} with
   * the pointer inside the value, line and column; {@link JsonOptions#ignoreUnknownProperties()}
   * is not followed (a value is read strictly), nor are the options for writing.
   */
  @SuppressWarnings("unchecked") // the reader builds a T from type's description
  public static <T> T fromJson(ValueType<T> type, String json, String source, JsonOptions options) {
    try (JsonParser parser = factories(options).parser(json)) {
      ValueReader reader = new ValueReader(parser, source, false, options.limits());
      try {
        if (reader.next() == null) {
          throw reader.fail("empty JSON value");
        }
        T value = (T) reader.read(type);
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
   * Factories for {@code options}' limits: the defaults' shared, the last others' kept, as a CSV
   * reader passes the same options for every cell and a Jackson factory is costly to build.
   */
  private static Factories factories(JsonOptions options) {
    if (options.limits().equals(FACTORIES.limits())) {
      return FACTORIES;
    }
    Factories last = recent;
    if (!last.limits().equals(options.limits())) {
      last = new Factories(options.pretty(false));
      recent = last; // racy but benign: a thread that misses it builds its own
    }
    return last;
  }
}
