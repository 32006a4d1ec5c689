package org.keneya.core.data;

import java.util.Arrays;
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
  /** Receives one scalar value (a reference, a code, a text…) and where it sits. */
  interface ScalarVisitor {
    void visit(Path path, ValueType<?> type, Object value);
  }

  /**
   * Where a value sits below its entity, such as {@code lines[0].funder}: a stack of property names
   * and list indexes, spelled out by {@link #toString()} only when a visitor needs it (a violation),
   * because validation visits every value of every entity.
   */
  static final class Path {
    private Object[] segments = new Object[8]; // a String property name or an Integer list index
    private int depth;

    void push(Object segment) {
      if (depth == segments.length) {
        segments = Arrays.copyOf(segments, depth * 2);
      }
      segments[depth++] = segment;
    }

    void pop() {
      segments[--depth] = null;
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < depth; i++) {
        if (segments[i] instanceof Integer) {
          s.append('[').append(segments[i]).append(']');
        } else {
          s.append(i == 0 ? "" : ".").append(segments[i]);
        }
      }
      return s.toString();
    }
  }

  private ValueWalker() {}

  static <E extends Entity> void walk(EntityKind<E> kind, E entity, ScalarVisitor visitor) {
    walk(new Path(), kind, entity, visitor);
  }

  /** As {@link #walk(EntityKind, Entity, ScalarVisitor)}, with a path of the caller's, left empty. */
  static <E extends Entity> void walk(Path path, EntityKind<E> kind, E entity, ScalarVisitor visitor) {
    List<Property<E, ?>> properties = kind.properties();
    for (int i = 0; i < properties.size(); i++) { // by index: no iterator per entity
      walkProperty(path, properties.get(i), entity, visitor);
    }
  }

  private static <T> void walkProperty(Path path, Property<T, ?> property, T owner, ScalarVisitor visitor) {
    path.push(property.name());
    ValueType<?> type = property.type();
    if (type.shape() == ValueType.Shape.OPTIONAL) { // through valueOrNull (see StructType.Builder#addOptional)
      Object value = property.valueOrNull(owner);
      if (value != null) {
        walk(path, ((OptionalType<?>) type).element(), value, visitor);
      }
    } else {
      walk(path, type, property.get(owner), visitor);
    }
    path.pop();
  }

  private static void walk(Path path, ValueType<?> type, Object value, ScalarVisitor visitor) {
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
            path.push(i);
            walk(path, element, list.get(i), visitor);
            path.pop();
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

  private static <T> void walkStruct(Path path, StructType<T> type, Object value, ScalarVisitor visitor) {
    T struct = type.javaType().cast(value);
    List<Property<T, ?>> properties = type.properties();
    for (int i = 0; i < properties.size(); i++) {
      walkProperty(path, properties.get(i), struct, visitor);
    }
  }
}
