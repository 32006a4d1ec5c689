package org.keneya.core.data;

import java.util.List;
import java.util.Optional;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;

/**
 * Visits every scalar value of an entity — through nested values, lists and optionals — by its
 * kind's description, with the path it sits at ({@code lines[0].funder}). The one place that
 * knows how to reach every reference and code, shared by validation and subsetting.
 */
final class ValueWalker {
  /** Receives one scalar value (a reference, a code, a text…) and its path. */
  interface ScalarVisitor {
    void visit(String path, ValueType<?> type, Object value);
  }

  private ValueWalker() {}

  static <E extends Entity> void walk(EntityKind<E> kind, E entity, ScalarVisitor visitor) {
    for (Property<E, ?> property : kind.properties()) {
      walk(property.name(), property.type(), property.get(entity), visitor);
    }
  }

  private static void walk(String path, ValueType<?> type, Object value, ScalarVisitor visitor) {
    switch (type.shape()) {
      case SCALAR:
        visitor.visit(path, type, value);
        break;
      case STRUCT:
        walkStruct(path, (StructType<?>) type, value, visitor);
        break;
      case LIST:
        ValueType<?> element = ((ListType<?>) type).element();
        if (element.shape() != ValueType.Shape.LOCALIZED_TEXT) { // texts hold no scalar of interest
          List<?> list = (List<?>) value;
          for (int i = 0; i < list.size(); i++) {
            walk(path + "[" + i + "]", element, list.get(i), visitor);
          }
        }
        break;
      case OPTIONAL:
        Optional<?> optional = (Optional<?>) value;
        if (optional.isPresent()) {
          walk(path, ((OptionalType<?>) type).element(), optional.get(), visitor);
        }
        break;
      default: // localized text
        break;
    }
  }

  private static <T> void walkStruct(String path, StructType<T> type, Object value, ScalarVisitor visitor) {
    T struct = type.javaType().cast(value);
    for (Property<T, ?> property : type.properties()) {
      walk(path + "." + property.name(), property.type(), property.get(struct), visitor);
    }
  }
}
