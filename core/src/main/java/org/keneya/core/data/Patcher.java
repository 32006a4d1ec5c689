package org.keneya.core.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.keneya.core.data.DatasetDiff.EntityChange;
import org.keneya.core.data.DatasetDiff.PropertyChange;
import org.keneya.core.error.DiffMismatchException;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Ref;

/**
 * Applies a {@link DatasetDiff} to a dataset: every entity and value it names is checked against
 * its "before" side first, then a new dataset is built; nothing is built when one does not fit. The
 * changes of one value are applied together, each nested value rebuilt once, so that a rule between
 * two properties (one required when another has a value) holds after the changes as it did before.
 */
final class Patcher {
  private final String entity; // the reference of the entity being patched, for messages

  private Patcher(String entity) {
    this.entity = entity;
  }

  static Dataset apply(Dataset dataset, DatasetDiff diff) {
    Map<Ref<?>, @Nullable Entity> replaced = new HashMap<>(); // null for a removal
    List<Entity> added = new ArrayList<>();
    for (EntityChange change : diff.entities()) {
      Ref<?> ref = change.ref();
      Entity current = dataset.get(ref).map(Entity.class::cast).orElse(null);
      switch (change.type()) {
        case ADDED -> {
          if (current != null) {
            throw new DiffMismatchException(ref.toString(), null, "the diff adds it, but it is already in the dataset");
          }
          added.add(change.after().orElseThrow());
        }
        case REMOVED -> {
          if (current == null) {
            throw new DiffMismatchException(ref.toString(), null, "the diff removes it, but it is not in the dataset");
          } else if (!current.equals(change.before().orElseThrow())) {
            throw new DiffMismatchException(ref.toString(), null, "the diff removes it, but its values differ from those it removes");
          }
          replaced.put(ref, null);
        }
        case CHANGED -> {
          if (current == null) {
            throw new DiffMismatchException(ref.toString(), null, "the diff changes it, but it is not in the dataset");
          }
          replaced.put(ref, new Patcher(ref.toString()).patch(change.kind(), current, change.properties()));
        }
      }
    }
    Dataset.Builder patched = Dataset.builder(dataset.registry());
    for (Entity entity : dataset.entities()) {
      Ref<?> ref = Ref.of(dataset.registry().kindOf(entity).name(), entity.id());
      if (!replaced.containsKey(ref)) {
        patched.add(entity);
      } else {
        Entity replacement = replaced.remove(ref); // a duplicate id: the first is patched, the others left
        if (replacement != null) {
          patched.add(replacement);
        }
      }
    }
    return patched.addAll(added).build();
  }

  private Entity patch(EntityKind<?> kind, Entity entity, List<PropertyChange> changes) {
    Object patched = rebuild(kind.struct(), entity, changes, 0);
    return (Entity) Objects.requireNonNull(patched);
  }

  /**
   * {@code value}, of {@code type}, with {@code changes} applied: their segments from {@code depth} on
   * lead down from it. {@code value} is null for an absent optional value.
   */
  private @Nullable Object rebuild(ValueType<?> type, @Nullable Object value, List<PropertyChange> changes, int depth) {
    PropertyChange first = changes.get(0);
    if (first.segments().size() == depth) { // the change of this very value
      if (changes.size() > 1) {
        throw new IllegalArgumentException(entity + " " + first.path() + ": the diff changes this value more than once");
      }
      Object before = first.before().orElse(null);
      if (!Objects.equals(value, before)) {
        throw new DiffMismatchException(entity, first.path(), "the diff expects " + DiffText.write(first.valueType(), before)
            + " but the dataset has " + DiffText.write(first.valueType(), value));
      }
      return first.after().orElse(null);
    }
    if (value == null) {
      throw new DiffMismatchException(entity, DiffText.path(first.segments().subList(0, depth)),
          "the diff changes a value inside it, but it is absent");
    }
    return type.accept(new Rebuild(changes, depth), value);
  }

  /** Rebuilds a struct or a list with the changes below it, grouped by their next segment. */
  private final class Rebuild implements ValueType.PartialVisitor<Object, Object> {
    private final List<PropertyChange> changes;
    private final int depth;

    Rebuild(List<PropertyChange> changes, int depth) {
      this.changes = changes;
      this.depth = depth;
    }

    /** The changes by their segment at {@code depth}, in order of first appearance. */
    private Map<Object, List<PropertyChange>> bySegment() {
      Map<Object, List<PropertyChange>> groups = new LinkedHashMap<>();
      for (PropertyChange change : changes) {
        groups.computeIfAbsent(change.segments().get(depth), k -> new ArrayList<>()).add(change);
      }
      return groups;
    }

    @SuppressWarnings("unchecked") // the value is of the struct's Java type
    @Override
    public Object visitStruct(StructType<?> type, Object value) {
      StructType<Object> struct = (StructType<Object>) type;
      @Nullable Object[] values = new Object[struct.properties().size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = struct.properties().get(i).valueOrNull(value);
      }
      for (Map.Entry<Object, List<PropertyChange>> group : bySegment().entrySet()) {
        int at = group.getKey() instanceof String ? struct.indexOf((String) group.getKey()) : -1;
        if (at < 0) {
          throw mismatch(group.getValue().get(0), "no such property in " + struct.name());
        }
        Property<Object, ?> property = struct.properties().get(at);
        ValueType<?> valueType = property.type();
        if (valueType instanceof OptionalType) { // values hold it unwrapped, as valueOrNull gives it
          valueType = ((OptionalType<?>) valueType).element();
        }
        values[at] = rebuild(valueType, values[at], group.getValue(), depth + 1);
      }
      return struct.create(values);
    }

    @Override
    public Object visitList(ListType<?> type, Object value) {
      List<Object> items = new ArrayList<>((List<?>) value);
      for (Map.Entry<Object, List<PropertyChange>> group : bySegment().entrySet()) {
        int at = group.getKey() instanceof Integer ? (Integer) group.getKey() : -1;
        if (at < 0 || at >= items.size()) {
          throw mismatch(group.getValue().get(0), "the list has " + items.size() + " items");
        }
        items.set(at, Objects.requireNonNull(rebuild(type.element(), items.get(at), group.getValue(), depth + 1)));
      }
      return com.google.common.collect.ImmutableList.copyOf(items);
    }

    @Override
    public Object otherwise(ValueType<?> type, Object value) {
      throw mismatch(changes.get(0), "a " + type.describe() + " has nothing inside to change");
    }

    private DiffMismatchException mismatch(PropertyChange change, String reason) {
      return new DiffMismatchException(entity, DiffText.path(change.segments().subList(0, depth + 1)), reason);
    }
  }
}
