package org.keneya.core.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.LocalizedText;

/** The text of a {@link DatasetDiff} for people: paths such as {@code sensors[0].model}, and values. */
final class DiffText {
  private DiffText() {}

  /** {@code sensors[0].model} from {@code ["sensors", 0, "model"]}. */
  static String path(List<Object> segments) {
    StringBuilder s = new StringBuilder();
    for (Object segment : segments) {
      if (segment instanceof Integer) {
        s.append('[').append(segment).append(']');
      } else {
        s.append(s.length() == 0 ? "" : ".").append(segment);
      }
    }
    return s.toString();
  }

  /** A value of {@code type} on one line, or {@code (absent)} for null. */
  static String write(ValueType<?> type, @Nullable Object value) {
    if (value == null) {
      return "(absent)";
    }
    StringBuilder s = new StringBuilder();
    type.accept(WRITE, new Target(s, value));
    return s.toString();
  }

  /** What to write and where. */
  private record Target(StringBuilder out, Object value) {
    Target with(Object other) {
      return new Target(out, other);
    }
  }

  private static final ValueType.Visitor<Target, @Nullable Void> WRITE = new ValueType.Visitor<>() {
    @SuppressWarnings("unchecked") // the value is of the scalar's Java type
    @Override
    public @Nullable Void visitScalar(ScalarType<?> type, Target target) {
      String text = ((ScalarType<Object>) type).format(target.value());
      if (type.scalar() == ScalarType.Scalar.STRING) {
        quote(target.out(), text);
      } else {
        target.out().append(text);
      }
      return null;
    }

    @Override
    public @Nullable Void visitLocalizedText(ValueType<LocalizedText> type, Target target) {
      StringBuilder s = target.out().append('{');
      boolean first = true;
      for (Map.Entry<String, String> text : ((LocalizedText) target.value()).byLanguage().entrySet()) {
        s.append(first ? "" : ", ").append(text.getKey()).append(": ");
        quote(s, text.getValue());
        first = false;
      }
      s.append('}');
      return null;
    }

    @SuppressWarnings("unchecked") // the value is of the struct's Java type
    @Override
    public @Nullable Void visitStruct(StructType<?> type, Target target) {
      StringBuilder s = target.out().append('{');
      boolean first = true;
      for (Property<?, ?> property : type.properties()) {
        Object value = ((Property<Object, ?>) property).valueOrNull(target.value());
        if (value == null) {
          continue;
        }
        s.append(first ? "" : ", ").append(property.name()).append(": ");
        ValueType<?> valueType = property.type();
        if (valueType instanceof OptionalType) { // valueOrNull gives an optional property's value unwrapped
          valueType = ((OptionalType<?>) valueType).element();
        }
        valueType.accept(this, target.with(value));
        first = false;
      }
      s.append('}');
      return null;
    }

    @Override
    public @Nullable Void visitList(ListType<?> type, Target target) {
      StringBuilder s = target.out().append('[');
      List<?> items = (List<?>) target.value();
      for (int i = 0; i < items.size(); i++) {
        s.append(i == 0 ? "" : ", ");
        type.element().accept(this, target.with(items.get(i)));
      }
      s.append(']');
      return null;
    }

    @Override
    public @Nullable Void visitOptional(OptionalType<?> type, Target target) {
      Optional<?> value = (Optional<?>) target.value();
      if (value.isPresent()) {
        type.element().accept(this, target.with(value.get()));
      } else {
        target.out().append("(absent)");
      }
      return null;
    }
  };

  /** {@code text} in double quotes, escaped as JSON escapes it. */
  private static void quote(StringBuilder s, String text) {
    s.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            s.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    s.append('"');
  }
}
