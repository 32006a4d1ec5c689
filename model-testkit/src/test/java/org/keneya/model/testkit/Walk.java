package org.keneya.model.testkit;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
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

/** Visits every value of a dataset through the kinds' descriptions (for coverage counts in tests). */
final class Walk {
  private Walk() {}

  /** Calls {@code visitor} with each value's type and value; an absent optional is visited as {@link Optional#empty()}. */
  static void values(Dataset dataset, BiConsumer<ValueType<?>, Object> visitor) {
    for (EntityKind<?> kind : dataset.kinds()) {
      entities(dataset, kind, visitor);
    }
  }

  private static <E extends Entity> void entities(Dataset dataset, EntityKind<E> kind, BiConsumer<ValueType<?>, Object> visitor) {
    for (E entity : dataset.entities(kind)) {
      for (Property<E, ?> p : kind.properties()) {
        value(p.type(), p.get(entity), visitor);
      }
    }
  }

  static void value(ValueType<?> type, Object value, BiConsumer<ValueType<?>, Object> visitor) {
    visitor.accept(type, value);
    type.accept(new ValueType.Visitor<Object, Void>() {
      @Override
      public Void visitScalar(ScalarType<?> scalar, Object v) {
        return null;
      }

      @Override
      public Void visitLocalizedText(ValueType<LocalizedText> text, Object v) {
        ((LocalizedText) v).byLanguage().values().forEach(t -> visitor.accept(ValueType.string(), t));
        return null;
      }

      @Override
      public Void visitStruct(StructType<?> struct, Object v) {
        struct(struct, v, visitor);
        return null;
      }

      @Override
      public Void visitList(ListType<?> list, Object v) {
        for (Object element : (List<?>) v) {
          value(list.element(), element, visitor);
        }
        return null;
      }

      @Override
      public Void visitOptional(OptionalType<?> optional, Object v) {
        ((Optional<?>) v).ifPresent(present -> value(optional.element(), present, visitor));
        return null;
      }
    }, value);
  }

  private static <T> void struct(StructType<T> type, Object value, BiConsumer<ValueType<?>, Object> visitor) {
    T t = type.javaType().cast(value);
    for (Property<T, ?> p : type.properties()) {
      value(p.type(), p.get(t), visitor);
    }
  }
}
