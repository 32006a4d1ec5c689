package org.keneya.core.data;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.keneya.core.data.DatasetDiff.EntityChange;
import org.keneya.core.data.DatasetDiff.PropertyChange;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;

/**
 * Finds the {@link DatasetDiff} between two datasets: entities matched by kind and id, then each
 * changed entity's values compared through its kind's description (see {@link DatasetDiff} for what
 * is reported where).
 */
final class Differ {
  private final List<Object> path = new ArrayList<>(); // the segments down to the value compared
  private final List<PropertyChange> changes = new ArrayList<>(); // of the entity being compared

  static DatasetDiff diff(Dataset first, Dataset second) {
    Differ differ = new Differ();
    ImmutableList.Builder<EntityChange> entities = ImmutableList.builder();
    for (EntityKind<?> kind : first.registry().kinds()) {
      differ.diffKind(kind, first.entities(kind), second.entities(kind), entities);
    }
    return new DatasetDiff(first.registry(), entities.build());
  }

  /** Both lists are in id order: walked side by side. */
  private void diffKind(EntityKind<?> kind, List<? extends Entity> first, List<? extends Entity> second,
      ImmutableList.Builder<EntityChange> out) {
    checkUnique(kind, first, "first");
    checkUnique(kind, second, "second");
    int i = 0;
    int j = 0;
    while (i < first.size() || j < second.size()) {
      int order = i == first.size() ? 1 : j == second.size() ? -1 : first.get(i).id().compareTo(second.get(j).id());
      if (order < 0) {
        out.add(new EntityChange(EntityChange.Type.REMOVED, kind, first.get(i++), null, ImmutableList.of()));
      } else if (order > 0) {
        out.add(new EntityChange(EntityChange.Type.ADDED, kind, null, second.get(j++), ImmutableList.of()));
      } else {
        Entity before = first.get(i++);
        Entity after = second.get(j++);
        if (!before.equals(after)) {
          changes.clear();
          compare(kind.struct(), before, after);
          out.add(new EntityChange(EntityChange.Type.CHANGED, kind, before, after, ImmutableList.copyOf(changes)));
        }
      }
    }
  }

  /** A diff matches entities by kind and id: a dataset holding one id twice has no diff. */
  private static void checkUnique(EntityKind<?> kind, List<? extends Entity> entities, String which) {
    for (int k = 1; k < entities.size(); k++) {
      if (entities.get(k - 1).id().equals(entities.get(k).id())) {
        throw new IllegalArgumentException("cannot diff: the " + which + " dataset holds " + kind.name() + ":"
            + entities.get(k).id() + " twice (Dataset.validate() reports duplicate ids)");
      }
    }
  }

  private void compare(ValueType<?> type, Object before, Object after) {
    if (!before.equals(after)) {
      type.accept(compare, new Pair(before, after));
    }
  }

  /** Two values of one type, not equal. */
  private record Pair(Object before, Object after) {}

  private final ValueType.PartialVisitor<Pair, @Nullable Void> compare = new ValueType.PartialVisitor<>() {
    @SuppressWarnings("unchecked") // both values are of the struct's Java type
    @Override
    public @Nullable Void visitStruct(StructType<?> type, Pair pair) {
      for (Property<?, ?> p : type.properties()) {
        Property<Object, ?> property = (Property<Object, ?>) p;
        Object before = property.valueOrNull(pair.before());
        Object after = property.valueOrNull(pair.after());
        if (Objects.equals(before, after)) {
          continue;
        }
        path.add(property.name());
        ValueType<?> valueType = property.type();
        if (valueType instanceof OptionalType) { // valueOrNull gives the value unwrapped, or null when absent
          valueType = ((OptionalType<?>) valueType).element();
        }
        if (before == null || after == null) {
          changes.add(new PropertyChange(PropertyChange.Type.CHANGED, path, valueType, before, after));
        } else {
          valueType.accept(this, new Pair(before, after));
        }
        path.remove(path.size() - 1);
      }
      return null;
    }

    @Override
    public @Nullable Void visitList(ListType<?> type, Pair pair) {
      List<?> before = (List<?>) pair.before();
      List<?> after = (List<?>) pair.after();
      if (after.size() > before.size() && after.subList(0, before.size()).equals(before)) {
        changes.add(new PropertyChange(PropertyChange.Type.APPENDED, path, type, before, after));
      } else if (after.size() == before.size()) {
        for (int i = 0; i < before.size(); i++) {
          path.add(i);
          compare(type.element(), before.get(i), after.get(i));
          path.remove(path.size() - 1);
        }
      } else {
        otherwise(type, pair);
      }
      return null;
    }

    @Override
    public @Nullable Void otherwise(ValueType<?> type, Pair pair) {
      changes.add(new PropertyChange(PropertyChange.Type.CHANGED, path, type, pair.before(), pair.after()));
      return null;
    }
  };
}
