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
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;

/**
 * Finds the first reference that does not resolve in a dataset, as a JSON path below its entity
 * ({@code /lead/0}). Only the properties that can hold a reference are walked (found once per
 * struct type, by the check that a codec owns), and the path is built only for the dangling
 * reference, on the way back up. Thread-safe: a codec keeps one, so that what it found about a
 * registry's types goes when the codec goes.
 *
 * <pre>{@code
 * ReferenceCheck references = new ReferenceCheck(); // a field of the codec
 * ReferenceCheck.Dangling d = references.first(dataset, entity);
 * }</pre>
 */
public final class ReferenceCheck {
  /**
   * Per struct type, the properties whose type can hold a reference; bounded, as the other caches
   * keyed by types (a codec given values of ever new struct types starts again instead of leaking).
   */
  private static final int MAX_TYPES = 256;
  private final ConcurrentHashMap<StructType<?>, List<Property<?, ?>>> referring = new ConcurrentHashMap<>();

  /** A check with nothing found yet. */
  public ReferenceCheck() {}

  /** A dangling reference found in an entity: the path below the entity and the target. */
  public record Dangling(String path, Ref<?> target) {
    Dangling under(String segment) {
      return new Dangling("/" + segment + path, target);
    }
  }

  /** The first dangling reference of {@code entity} (of any registered kind) in {@code dataset}, or null. */
  @SuppressWarnings("unchecked")
  public @Nullable Dangling first(Dataset dataset, Entity entity) {
    return first(dataset, (EntityKind<Entity>) dataset.registry().kindOf(entity), entity);
  }

  /** The first dangling reference of {@code entity}, of {@code kind}, in {@code dataset}, or null. */
  public <E extends Entity> @Nullable Dangling first(Dataset dataset, EntityKind<E> kind, E entity) {
    return struct(dataset, kind.struct(), entity);
  }

  @SuppressWarnings("unchecked")
  private <T> @Nullable Dangling struct(Dataset dataset, StructType<T> type, Object value) {
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
  int cachedTypes() {
    return referring.size();
  }

  List<Property<?, ?>> referringProperties(StructType<?> type) {
    List<Property<?, ?>> properties = referring.get(type);
    if (properties != null) {
      return properties;
    }
    if (referring.size() >= MAX_TYPES) {
      referring.clear();
    }
    return referring.computeIfAbsent(type, ReferenceCheck::referring);
  }

  /** Walks a value whose type is known to hold references. */
  private @Nullable Dangling walk(Dataset dataset, ValueType<?> type, Object value) {
    return type.accept(new Walk(dataset), value);
  }

  /** The first dangling reference below a value, or null. */
  private final class Walk implements ValueType.Visitor<Object, @Nullable Dangling> {
    private final Dataset dataset;

    Walk(Dataset dataset) {
      this.dataset = dataset;
    }

    @Override
    public @Nullable Dangling visitScalar(ScalarType<?> type, Object value) {
      Ref<?> ref = (Ref<?>) value; // the only scalar a type that holds references is
      return dataset.contains(ref) ? null : new Dangling("", ref);
    }

    @Override
    public @Nullable Dangling visitLocalizedText(ValueType<LocalizedText> type, Object value) {
      return null;
    }

    @Override
    public @Nullable Dangling visitStruct(StructType<?> type, Object value) {
      return struct(dataset, type, value);
    }

    @Override
    public @Nullable Dangling visitList(ListType<?> type, Object value) {
      List<?> list = (List<?>) value;
      ValueType<?> element = type.element();
      for (int i = 0; i < list.size(); i++) {
        Dangling d = element.accept(this, list.get(i));
        if (d != null) {
          return d.under(Integer.toString(i));
        }
      }
      return null;
    }

    @Override
    public @Nullable Dangling visitOptional(OptionalType<?> type, Object value) {
      Optional<?> o = (Optional<?>) value;
      return o.isPresent() ? type.element().accept(this, o.get()) : null;
    }
  }

  private static List<Property<?, ?>> referring(StructType<?> type) {
    return type.properties().stream().<Property<?, ?>>map(p -> p).filter(p -> holdsReferences(p.type())).toList();
  }

  static boolean holdsReferences(ValueType<?> type) {
    return type.accept(HOLDS_REFERENCES, null);
  }

  /** Whether values of a type can hold a reference at any depth. */
  private static final ValueType.Visitor<@Nullable Void, Boolean> HOLDS_REFERENCES = new ValueType.Visitor<>() {
    @Override
    public Boolean visitScalar(ScalarType<?> type, @Nullable Void none) {
      return type instanceof RefType;
    }

    @Override
    public Boolean visitLocalizedText(ValueType<LocalizedText> type, @Nullable Void none) {
      return false;
    }

    @Override
    public Boolean visitStruct(StructType<?> type, @Nullable Void none) {
      return type.properties().stream().anyMatch(p -> holdsReferences(p.type()));
    }

    @Override
    public Boolean visitList(ListType<?> type, @Nullable Void none) {
      return holdsReferences(type.element());
    }

    @Override
    public Boolean visitOptional(OptionalType<?> type, @Nullable Void none) {
      return holdsReferences(type.element());
    }
  };
}
