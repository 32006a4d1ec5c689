package org.keneya.model.testkit.laws;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.RefType;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Ref;

/** Counts references to a set of targets by walking the kinds' descriptions, independently of the validator. */
final class References {
  private References() {}

  static long count(Dataset dataset, Set<Ref<?>> targets) {
    long[] n = {0};
    for (EntityKind<?> kind : dataset.kinds()) {
      countKind(dataset, kind, targets, n);
    }
    return n[0];
  }

  private static <E extends Entity> void countKind(Dataset dataset, EntityKind<E> kind, Set<Ref<?>> targets, long[] n) {
    for (E e : dataset.entities(kind)) {
      for (Property<E, ?> p : kind.properties()) {
        walk(p.type(), p.get(e), targets, n);
      }
    }
  }

  private static void walk(ValueType<?> type, Object value, Set<Ref<?>> targets, long[] n) {
    if (type instanceof RefType && targets.contains(value)) {
      n[0]++;
    } else if (type instanceof StructType) {
      struct((StructType<?>) type, value, targets, n);
    } else if (type instanceof ListType) {
      ((List<?>) value).forEach(v -> walk(((ListType<?>) type).element(), v, targets, n));
    } else if (type instanceof OptionalType) {
      ((Optional<?>) value).ifPresent(v -> walk(((OptionalType<?>) type).element(), v, targets, n));
    }
  }

  private static <T> void struct(StructType<T> type, Object value, Set<Ref<?>> targets, long[] n) {
    T t = type.javaType().cast(value);
    for (Property<T, ?> p : type.properties()) {
      walk(p.type(), p.get(t), targets, n);
    }
  }
}
