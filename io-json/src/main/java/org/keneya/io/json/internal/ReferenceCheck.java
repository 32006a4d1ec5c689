package org.keneya.io.json.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
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

/**
 * Finds the first reference that does not resolve in a dataset, as a JSON path below its entity
 * ({@code /lead/0}). Types that cannot hold a reference are skipped without being walked.
 */
public final class ReferenceCheck {
  private static final Map<ValueType<?>, Boolean> HOLDS_REFERENCES = new ConcurrentHashMap<>();

  private ReferenceCheck() {}

  /** A dangling reference found in an entity: the path below the entity and the target. */
  public record Dangling(String path, Ref<?> target) {}

  /** The first dangling reference of {@code entity} (of any registered kind) in {@code dataset}, or null. */
  @SuppressWarnings("unchecked")
  public static @Nullable Dangling first(Dataset dataset, Entity entity) {
    return first(dataset, (EntityKind<Entity>) dataset.registry().kindOf(entity), entity);
  }

  static <E extends Entity> @Nullable Dangling first(Dataset dataset, EntityKind<E> kind, E entity) {
    for (Property<E, ?> p : kind.properties()) {
      Dangling d = walk(dataset, p.type(), p.get(entity), "/" + p.name());
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static @Nullable Dangling walk(Dataset dataset, ValueType<?> type, Object value, String path) {
    if (!holdsReferences(type)) {
      return null;
    }
    if (type instanceof RefType) {
      return dataset.contains((Ref<?>) value) ? null : new Dangling(path, (Ref<?>) value);
    }
    if (type instanceof OptionalType) {
      Optional<?> o = (Optional<?>) value;
      return o.isPresent() ? walk(dataset, ((OptionalType<?>) type).element(), o.get(), path) : null;
    }
    if (type instanceof ListType) {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        Dangling d = walk(dataset, ((ListType<?>) type).element(), list.get(i), path + "/" + i);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    return struct(dataset, (StructType<?>) type, value, path);
  }

  private static <T> @Nullable Dangling struct(Dataset dataset, StructType<T> type, Object value, String path) {
    T t = type.javaType().cast(value);
    for (Property<T, ?> p : type.properties()) {
      Dangling d = walk(dataset, p.type(), p.get(t), path + "/" + p.name());
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  static boolean holdsReferences(ValueType<?> type) {
    Boolean known = HOLDS_REFERENCES.get(type);
    if (known == null) {
      known = compute(type);
      HOLDS_REFERENCES.put(type, known);
    }
    return known;
  }

  private static boolean compute(ValueType<?> type) {
    if (type instanceof RefType) {
      return true;
    }
    if (type instanceof OptionalType) {
      return holdsReferences(((OptionalType<?>) type).element());
    }
    if (type instanceof ListType) {
      return holdsReferences(((ListType<?>) type).element());
    }
    if (type instanceof StructType) {
      return ((StructType<?>) type).properties().stream().anyMatch(p -> holdsReferences(p.type()));
    }
    return false;
  }
}
