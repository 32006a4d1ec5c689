package org.keneya.core.internal.codec;

import java.util.List;
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
 * ({@code /lead/0}). Only the properties that can hold a reference are walked (found once per
 * struct type), and the path is built only for the dangling reference, on the way back up.
 */
public final class ReferenceCheck {
  /**
   * Per struct type, the properties whose type can hold a reference; bounded, as the other caches
   * keyed by types (a service that builds ever new registries starts again instead of leaking).
   */
  private static final int MAX_TYPES = 256;
  private static final ConcurrentHashMap<StructType<?>, List<Property<?, ?>>> REFERRING = new ConcurrentHashMap<>();

  private ReferenceCheck() {}

  /** A dangling reference found in an entity: the path below the entity and the target. */
  public record Dangling(String path, Ref<?> target) {
    Dangling under(String segment) {
      return new Dangling("/" + segment + path, target);
    }
  }

  /** The first dangling reference of {@code entity} (of any registered kind) in {@code dataset}, or null. */
  @SuppressWarnings("unchecked")
  public static @Nullable Dangling first(Dataset dataset, Entity entity) {
    return first(dataset, (EntityKind<Entity>) dataset.registry().kindOf(entity), entity);
  }

  /** The first dangling reference of {@code entity}, of {@code kind}, in {@code dataset}, or null. */
  public static <E extends Entity> @Nullable Dangling first(Dataset dataset, EntityKind<E> kind, E entity) {
    return struct(dataset, kind.struct(), entity);
  }

  @SuppressWarnings("unchecked")
  private static <T> @Nullable Dangling struct(Dataset dataset, StructType<T> type, Object value) {
    T struct = type.javaType().cast(value);
    for (Property<?, ?> p : referringProperties(type)) {
      Property<T, ?> property = (Property<T, ?>) p;
      Dangling d = walk(dataset, property.type(), property.get(struct));
      if (d != null) {
        return d.under(property.name());
      }
    }
    return null;
  }

  /** How many struct types are cached now: for tests. */
  static int cachedTypes() {
    return REFERRING.size();
  }

  static List<Property<?, ?>> referringProperties(StructType<?> type) {
    List<Property<?, ?>> properties = REFERRING.get(type);
    if (properties != null) {
      return properties;
    }
    if (REFERRING.size() >= MAX_TYPES) {
      REFERRING.clear();
    }
    return REFERRING.computeIfAbsent(type, ReferenceCheck::referring);
  }

  /** Walks a value whose type is known to hold references. */
  private static @Nullable Dangling walk(Dataset dataset, ValueType<?> type, Object value) {
    switch (type.shape()) {
      case SCALAR:
        Ref<?> ref = (Ref<?>) value;
        return dataset.contains(ref) ? null : new Dangling("", ref);
      case OPTIONAL:
        Optional<?> o = (Optional<?>) value;
        return o.isPresent() ? walk(dataset, ((OptionalType<?>) type).element(), o.get()) : null;
      case LIST:
        List<?> list = (List<?>) value;
        ValueType<?> element = ((ListType<?>) type).element();
        for (int i = 0; i < list.size(); i++) {
          Dangling d = walk(dataset, element, list.get(i));
          if (d != null) {
            return d.under(Integer.toString(i));
          }
        }
        return null;
      default:
        return struct(dataset, (StructType<?>) type, value);
    }
  }

  private static List<Property<?, ?>> referring(StructType<?> type) {
    return type.properties().stream().<Property<?, ?>>map(p -> p).filter(p -> holdsReferences(p.type())).toList();
  }

  static boolean holdsReferences(ValueType<?> type) {
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
