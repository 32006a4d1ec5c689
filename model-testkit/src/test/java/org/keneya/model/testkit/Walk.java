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
    switch (type.shape()) {
      case STRUCT:
        struct((StructType<?>) type, value, visitor);
        break;
      case LIST:
        for (Object element : (List<?>) value) {
          value(((ListType<?>) type).element(), element, visitor);
        }
        break;
      case OPTIONAL:
        ((Optional<?>) value).ifPresent(v -> value(((OptionalType<?>) type).element(), v, visitor));
        break;
      case LOCALIZED_TEXT:
        ((LocalizedText) value).byLanguage().values().forEach(t -> visitor.accept(ValueType.string(), t));
        break;
      default:
        break;
    }
  }

  private static <T> void struct(StructType<T> type, Object value, BiConsumer<ValueType<?>, Object> visitor) {
    T t = type.javaType().cast(value);
    for (Property<T, ?> p : type.properties()) {
      value(p.type(), p.get(t), visitor);
    }
  }
}
