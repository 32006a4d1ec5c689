package org.keneya.io.json.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.LocalizedText;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Writes values to a {@link JsonGenerator} by walking their {@link ValueType}: one case per shape,
 * property names pre-encoded once per struct type. Absent optionals and empty lists are omitted.
 */
public final class ValueWriter {
  private final Map<StructType<?>, SerializableString[]> names = new ConcurrentHashMap<>(); // safe to share between threads

  /** Writes an entity as an object of its kind's properties. */
  public <E extends Entity> void writeEntity(JsonGenerator out, EntityKind<E> kind, E entity) {
    writeStruct(out, kind.struct(), entity);
  }

  @SuppressWarnings("unchecked")
  public void write(JsonGenerator out, ValueType<?> type, Object value) {
    switch (type.shape()) {
      case SCALAR:
        writeScalar(out, (ScalarType<Object>) type, value);
        break;
      case LOCALIZED_TEXT:
        writeText(out, ((LocalizedText) value).byLanguage());
        break;
      case STRUCT:
        writeStruct(out, (StructType<Object>) type, value);
        break;
      case LIST:
        ValueType<?> element = ((ListType<?>) type).element();
        List<?> list = (List<?>) value;
        out.writeStartArray();
        for (int i = 0; i < list.size(); i++) {
          write(out, element, list.get(i));
        }
        out.writeEndArray();
        break;
      case OPTIONAL:
        write(out, ((OptionalType<?>) type).element(), ((Optional<?>) value).orElseThrow());
        break;
      default:
        throw new IllegalStateException("unknown shape " + type.shape());
    }
  }

  /** By index over the map's own key and value lists: no entry or iterator objects per text. */
  private static void writeText(JsonGenerator out, ImmutableSortedMap<String, String> texts) {
    ImmutableList<String> languages = texts.keySet().asList();
    ImmutableList<String> values = texts.values().asList();
    out.writeStartObject();
    for (int i = 0; i < languages.size(); i++) {
      out.writeName(languages.get(i));
      out.writeString(values.get(i));
    }
    out.writeEndObject();
  }

  private static void writeScalar(JsonGenerator out, ScalarType<Object> type, Object value) {
    switch (type.scalar()) {
      case BOOLEAN:
        out.writeBoolean((Boolean) value);
        break;
      case INTEGER:
        out.writeNumber((Integer) value);
        break;
      case DECIMAL:
        out.writeNumber((BigDecimal) value);
        break;
      case STRING:
        out.writeString((String) value);
        break;
      default:
        out.writeString(type.format(value));
    }
  }

  private <T> void writeStruct(JsonGenerator out, StructType<T> type, Object value) {
    T struct = type.javaType().cast(value);
    SerializableString[] encoded = names.computeIfAbsent(type, ValueWriter::encodeNames);
    List<Property<T, ?>> properties = type.properties();
    out.writeStartObject();
    for (int i = 0; i < encoded.length; i++) {
      Property<T, ?> property = properties.get(i);
      ValueType<?> valueType = property.type();
      if (valueType.shape() == ValueType.Shape.OPTIONAL) { // through valueOrNull: no Optional to allocate
        valueType = ((OptionalType<?>) valueType).element();
      }
      Object v = property.valueOrNull(struct);
      if (v == null || isAbsent(valueType, v)) {
        continue;
      }
      out.writeName(encoded[i]);
      write(out, valueType, v);
    }
    out.writeEndObject();
  }

  private static boolean isAbsent(ValueType<?> type, Object value) {
    return type.shape() == ValueType.Shape.LIST && ((List<?>) value).isEmpty();
  }

  private static SerializableString[] encodeNames(StructType<?> type) {
    return type.properties().stream().map(p -> new SerializedString(p.name())).toArray(SerializableString[]::new);
  }
}
