package org.keneya.testkit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.LocalizedText;

/**
 * A dataset, or one entity, as indented JSON text for people to read — what a failing property or
 * law prints as its counterexample — written from the registry's descriptions alone, so that any
 * kind is shown in full with no codec on the class path: kinds that have entities in registry
 * order, entities in id order, properties in their kind's order, numbers and booleans bare, every
 * other scalar as its canonical text, localized text as an object by language, an absent optional
 * property left out. The same dataset always gives the same text.
 *
 * <p>It is close to, but not, Keneya's JSON format ({@code keneya-io-json}): no format header, no
 * read limits, nothing reads it back.
 *
 * <pre>{@code
 * System.out.println(DatasetPrinter.json(dataset));
 * // {
 * //   "loan": [
 * //     {
 * //       "id": "loan-1",
 * //       "book": "book-1",
 * //       "due": "2024-02-29"
 * //     }
 * //   ]
 * // }
 * }</pre>
 */
public final class DatasetPrinter {
  private static final String INDENT = "  ";

  private DatasetPrinter() {}

  /** Every entity of {@code dataset}, by kind: {@code {"kind": [{…}, …], …}}. */
  public static String json(Dataset dataset) {
    StringBuilder out = new StringBuilder();
    List<EntityKind<?>> kinds = dataset.kinds();
    if (kinds.isEmpty()) {
      return "{}";
    }
    out.append('{');
    for (int k = 0; k < kinds.size(); k++) {
      EntityKind<?> kind = kinds.get(k);
      out.append(k == 0 ? "\n" : ",\n").append(INDENT);
      string(out, kind.name());
      out.append(": [");
      entities(out, kind, dataset);
      out.append('\n').append(INDENT).append(']');
    }
    return out.append("\n}").toString();
  }

  /**
   * A value of a counterexample as a failure prints it: a dataset in full, as {@link
   * #json(Dataset)} writes it after its number of entities; any other value by its {@code
   * toString}. A dataset whose description fails to read its entities is shown by its {@code
   * toString} with the reason.
   */
  public static String describe(@Nullable Object value) {
    if (value instanceof Dataset) {
      Dataset dataset = (Dataset) value;
      try {
        return "Dataset of " + dataset.size() + (dataset.size() == 1 ? " entity " : " entities ") + json(dataset);
      } catch (RuntimeException e) { // a getter that fails: the laws report that, not the printer
        return dataset + " (not printable as JSON: " + e + ")";
      }
    }
    return String.valueOf(value);
  }

  /** One entity of {@code kind}, as an object of its properties. */
  public static <E extends Entity> String json(EntityKind<E> kind, E entity) {
    StringBuilder out = new StringBuilder();
    struct(out, kind.struct(), entity, 0);
    return out.toString();
  }

  private static <E extends Entity> void entities(StringBuilder out, EntityKind<E> kind, Dataset dataset) {
    List<E> entities = dataset.entities(kind);
    for (int i = 0; i < entities.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n").append(INDENT).append(INDENT);
      struct(out, kind.struct(), entities.get(i), 2);
    }
  }

  private static <T> void struct(StringBuilder out, StructType<T> type, Object value, int depth) {
    T struct = type.javaType().cast(value);
    boolean first = true;
    out.append('{');
    for (Property<T, ?> property : type.properties()) {
      Object got = property.get(struct);
      if (got instanceof Optional && ((Optional<?>) got).isEmpty()) {
        continue;
      }
      out.append(first ? "\n" : ",\n");
      indent(out, depth + 1);
      string(out, property.name());
      out.append(": ");
      value(out, property.type(), got, depth + 1);
      first = false;
    }
    if (!first) {
      out.append('\n');
      indent(out, depth);
    }
    out.append('}');
  }

  private static void value(StringBuilder out, ValueType<?> type, Object value, int depth) {
    type.accept(new ValuePrinter(out, depth), value);
  }

  /** Prints a value of each shape as JSON, at an indentation depth. */
  private static final class ValuePrinter implements ValueType.Visitor<Object, @Nullable Void> {
    private final StringBuilder out;
    private final int depth;

    ValuePrinter(StringBuilder out, int depth) {
      this.out = out;
      this.depth = depth;
    }

    @SuppressWarnings("unchecked") // the value is of the type's Java type
    @Override
    public @Nullable Void visitScalar(ScalarType<?> type, Object value) {
      String text = ((ScalarType<Object>) type).format(value);
      if (type.token() == ScalarType.Token.STRING) {
        string(out, text);
      } else {
        out.append(text); // a number or a boolean, as JSON writes it
      }
      return null;
    }

    @Override
    public @Nullable Void visitLocalizedText(ValueType<LocalizedText> type, Object value) {
      Map<String, String> byLanguage = ((LocalizedText) value).byLanguage();
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, String> text : byLanguage.entrySet()) {
        out.append(first ? "" : ", ");
        string(out, text.getKey());
        out.append(": ");
        string(out, text.getValue());
        first = false;
      }
      out.append('}');
      return null;
    }

    @Override
    public @Nullable Void visitStruct(StructType<?> type, Object value) {
      struct(out, type, value, depth);
      return null;
    }

    @Override
    public @Nullable Void visitList(ListType<?> type, Object value) {
      List<?> list = (List<?>) value;
      if (list.isEmpty()) {
        out.append("[]");
        return null;
      }
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "\n" : ",\n");
        indent(out, depth + 1);
        value(out, type.element(), list.get(i), depth + 1);
      }
      out.append('\n');
      indent(out, depth);
      out.append(']');
      return null;
    }

    @Override
    public @Nullable Void visitOptional(OptionalType<?> type, Object value) {
      Optional<?> optional = (Optional<?>) value;
      if (optional.isPresent()) {
        type.element().accept(this, optional.get());
      } else {
        out.append("null"); // an absent optional inside a list
      }
      return null;
    }
  }

  private static void indent(StringBuilder out, int depth) {
    for (int i = 0; i < depth; i++) {
      out.append(INDENT);
    }
  }

  /** {@code text} as a JSON string: quotes, backslashes, control characters and lone surrogates escaped. */
  static void string(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          boolean lone = Character.isSurrogate(c)
              && !(Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
              && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
          if (c < 0x20 || c == 0x7f || lone || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
