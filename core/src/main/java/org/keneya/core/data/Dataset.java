package org.keneya.core.data;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.keneya.core.error.DatasetConflictException;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.RefType;
import org.keneya.core.validation.ValidationReport;
import org.keneya.core.value.Id;
import org.keneya.core.value.Ref;

/**
 * An immutable, indexed collection of entities of many kinds. Kinds are listed in registry order
 * and entities in natural id order, so two datasets with the same entities are equal and serialize
 * to the same bytes. A dataset may hold invalid data — a duplicate id, a dangling reference — so
 * that what was read can be shown back; {@link #validate()} reports it.
 *
 * <pre>{@code
 * Dataset dataset = Dataset.builder(KindRegistry.of(myModel)).add(ada).add(note).build();
 * Optional<Person> author = dataset.get(note.authors().get(0));
 * ValidationReport report = dataset.validate();
 * Dataset both = dataset.merge(other); // equal duplicates fold, conflicting ones throw
 * DatasetDiff diff = dataset.diff(other);  // added, removed, changed: other equals dataset.apply(diff)
 * }</pre>
 */
public final class Dataset {
  private static final Comparator<Entity> BY_ID = Comparator.comparing(Entity::id);

  private final KindRegistry registry;
  private final ImmutableMap<String, ImmutableList<Entity>> byKind;
  // Lookups search the id-ordered lists until there have been many (a sixteenth of the entities,
  // at least 512); then a hash index is built once. A reader that checks the distinct references
  // it read should not pay for an index of every entity; validation, one lookup per reference, does.
  private static final int LOOKUPS_BEFORE_INDEX = 512;
  private volatile @Nullable Map<Ref<?>, Entity> index; // the first entity of each kind and id
  private int lookups; // a heuristic: a lost update only delays the index
  private final int size;

  private Dataset(KindRegistry registry, ImmutableMap<String, ImmutableList<Entity>> byKind) {
    this.registry = registry;
    this.byKind = byKind;
    int count = 0;
    for (ImmutableList<Entity> entities : byKind.values()) {
      count += entities.size();
    }
    this.size = count;
  }

  public static Builder builder(KindRegistry registry) {
    return new Builder(registry);
  }

  public static Dataset empty(KindRegistry registry) {
    return builder(registry).build();
  }

  public static Dataset of(KindRegistry registry, Iterable<? extends Entity> entities) {
    return builder(registry).addAll(entities).build();
  }

  /** The registry that describes this dataset's kinds. */
  public KindRegistry registry() {
    return registry;
  }

  /** The kinds that have at least one entity, in registry order. */
  public ImmutableList<EntityKind<?>> kinds() {
    return byKind.keySet().stream().map(registry::requireKind).collect(ImmutableList.toImmutableList());
  }

  /** The entities of one kind, in id order. */
  @SuppressWarnings("unchecked")
  public <E extends Entity> ImmutableList<E> entities(EntityKind<E> kind) {
    ImmutableList<Entity> entities = byKind.get(kind.name());
    return entities == null ? ImmutableList.of() : (ImmutableList<E>) entities;
  }

  /** The entities of the kind that describes {@code type}. */
  public <E extends Entity> ImmutableList<E> entities(Class<E> type) {
    return registry.kindOf(type).map(this::entities).orElse(ImmutableList.of());
  }

  /** Every entity, kind by kind. */
  public ImmutableList<Entity> entities() {
    return byKind.values().stream().flatMap(List::stream).collect(ImmutableList.toImmutableList());
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** The entity a reference points to, if it is in this dataset. */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> get(Ref<T> ref) {
    return Optional.ofNullable((T) lookup(ref));
  }

  public <E extends Entity> Optional<E> get(EntityKind<E> kind, Id id) {
    return get(kind.ref(id));
  }

  public boolean contains(Ref<?> ref) {
    return lookup(ref) != null;
  }

  private @Nullable Entity lookup(Ref<?> ref) {
    Map<Ref<?>, Entity> map = index;
    if (map == null) {
      if (lookups++ < Math.max(LOOKUPS_BEFORE_INDEX, size / 16)) {
        return search(ref);
      }
      map = index();
    }
    return map.get(ref);
  }

  /** A binary search of the kind's entities, for the first of its id (as the index keeps). */
  private @Nullable Entity search(Ref<?> ref) {
    ImmutableList<Entity> entities = byKind.get(ref.kind());
    if (entities == null) {
      return null;
    }
    int low = 0;
    int high = entities.size() - 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (entities.get(middle).id().compareTo(ref.id()) < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    Entity found = entities.get(low);
    return found.id().equals(ref.id()) ? found : null;
  }

  private Map<Ref<?>, Entity> index() {
    Map<Ref<?>, Entity> map = index;
    if (map == null) {
      map = new HashMap<>(size + size / 3 + 1); // load factor .75: no rehash
      for (Map.Entry<String, ImmutableList<Entity>> kind : byKind.entrySet()) {
        for (Entity entity : kind.getValue()) {
          map.putIfAbsent(Ref.of(kind.getKey(), entity.id()), entity);
        }
      }
      index = map; // built twice at worst, by two threads at once: the same content either way
    }
    return map;
  }

  /**
   * This dataset with the entities of {@code other} added: an entity equal to one already here
   * folds into it; a different entity under the same kind and id is a {@link
   * DatasetConflictException} naming both.
   */
  public Dataset merge(Dataset other) {
    Builder merged = toBuilder();
    for (Map.Entry<String, ImmutableList<Entity>> kind : other.byKind.entrySet()) {
      for (Entity entity : kind.getValue()) {
        Ref<?> ref = Ref.of(kind.getKey(), entity.id());
        Entity mine = index().get(ref);
        if (mine == null) {
          merged.add(entity);
        } else if (!mine.equals(entity)) {
          throw new DatasetConflictException(ref.toString(), mine, entity);
        }
      }
    }
    return merged.build();
  }

  /**
   * The entities {@code keep} accepts, with every entity they reference, transitively: a subset
   * that resolves every reference it holds when this dataset does.
   *
   * <pre>{@code
   * Dataset oneNote = dataset.subset(e -> e.id().equals(Id.of("n1")));   // with its authors
   * }</pre>
   */
  public Dataset subset(Predicate<? super Entity> keep) {
    Set<Ref<?>> taken = new HashSet<>();
    Deque<Ref<?>> pending = new ArrayDeque<>();
    for (Map.Entry<String, ImmutableList<Entity>> kind : byKind.entrySet()) {
      for (Entity entity : kind.getValue()) {
        if (keep.test(entity)) {
          pending.add(Ref.of(kind.getKey(), entity.id()));
        }
      }
    }
    Builder subset = builder(registry);
    ValueWalker references = new ValueWalker((path, type, value) -> {
      if (type instanceof RefType) {
        pending.add((Ref<?>) value);
      }
    });
    while (!pending.isEmpty()) {
      Ref<?> ref = pending.remove();
      Entity entity = index().get(ref);
      if (entity != null && taken.add(ref)) {
        subset.add(entity);
        walk(references, entity);
      }
    }
    return subset.build();
  }

  private <E extends Entity> void walk(ValueWalker walker, E entity) {
    walker.walk(registry.kindOf(entity), entity);
  }

  /**
   * What changed from this dataset to {@code other}: the entities added, removed and changed, by
   * kind and id, each change property by property with its path; a list that only grew at its end
   * (a status history with new entries) is reported as appended items. {@code apply(diff(other))}
   * equals {@code other}, and {@code diff(this)} is empty. See {@link DatasetDiff} for the order and
   * the rules.
   *
   * <pre>{@code
   * DatasetDiff diff = before.diff(after);
   * System.out.print(diff.toText());   // + station:s3, ~ station:s1 with name: {fr: "Kati"} -> {fr: "Kita"}...
   * before.apply(diff).equals(after);   // true
   * }</pre>
   *
   * @throws IllegalArgumentException when the datasets' registries have different kinds, or when a
   *     dataset holds one kind and id twice (entities are matched by kind and id)
   */
  public DatasetDiff diff(Dataset other) {
    checkSameKinds(other.registry, "diff");
    return Differ.diff(this, other);
  }

  /**
   * This dataset with {@code diff} applied as a patch: its removed entities taken out, its added ones
   * put in, its changed values set. Every entity and value the diff names must be as its "before"
   * side says — an entity it adds absent, one it removes equal to its removed version, each changed
   * value equal to its before value (the other values of a changed entity may differ: they are
   * kept) — or a {@link org.keneya.core.error.DiffMismatchException} names the first entity and
   * path that does not fit, and nothing is applied (this dataset is immutable).
   *
   * @throws IllegalArgumentException when the diff was made with a registry of other kinds
   */
  public Dataset apply(DatasetDiff diff) {
    checkSameKinds(diff.registry(), "apply a diff to");
    return Patcher.apply(this, diff);
  }

  private void checkSameKinds(KindRegistry other, String what) {
    if (other != registry && !other.kinds().equals(registry.kinds())) {
      throw new IllegalArgumentException("cannot " + what + " datasets of registries with different kinds: "
          + registry.kinds() + " and " + other.kinds());
    }
  }

  /** Checks ids, references, codes and every kind's own rules. */
  public ValidationReport validate() {
    return new Validator(this).run();
  }

  /** A builder holding this dataset's entities. */
  public Builder toBuilder() {
    Builder builder = builder(registry);
    byKind.values().forEach(builder::addAll);
    return builder;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Dataset && byKind.equals(((Dataset) o).byKind);
  }

  @Override
  public int hashCode() {
    return byKind.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Dataset{");
    byKind.forEach((kind, entities) -> s.append(s.length() > 8 ? ", " : "").append(kind).append('=').append(entities.size()));
    return s.append('}').toString();
  }

  /**
   * Collects entities; any order, duplicates kept (validation reports them). Their order is checked
   * as they arrive, while they are still in the processor's cache: a codec adds them already in id
   * order, and then nothing is sorted again.
   */
  public static final class Builder {
    private final KindRegistry registry;
    private final Map<String, Entities> byKind = new HashMap<>();
    private @Nullable EntityKind<?> lastKind; // entities come in runs of one kind: one lookup per run
    private @Nullable Entities last;

    private Builder(KindRegistry registry) {
      this.registry = registry;
    }

    /** Adds an entity of a registered kind. */
    public Builder add(Entity entity) {
      EntityKind<?> kind = registry.kindOf(entity);
      Entities entities = kind == lastKind ? last : byKind.computeIfAbsent(kind.name(), k -> new Entities());
      lastKind = kind;
      last = entities;
      entities.add(entity);
      return this;
    }

    public Builder addAll(Iterable<? extends Entity> entities) {
      entities.forEach(this::add);
      return this;
    }

    public Dataset build() {
      Map<String, ImmutableList<Entity>> ordered = new LinkedHashMap<>();
      for (EntityKind<?> kind : registry.kinds()) {
        Entities entities = byKind.get(kind.name());
        if (entities != null) {
          ordered.put(kind.name(), entities.sorted());
        }
      }
      return new Dataset(registry, ImmutableMap.copyOf(ordered));
    }
  }

  /** The entities of one kind as added, and whether they came in id order. */
  private static final class Entities {
    private final List<Entity> list = new ArrayList<>();
    private boolean inOrder = true;

    void add(Entity entity) {
      if (inOrder && !list.isEmpty() && BY_ID.compare(list.get(list.size() - 1), entity) > 0) {
        inOrder = false;
      }
      list.add(entity);
    }

    ImmutableList<Entity> sorted() {
      if (inOrder) {
        return ImmutableList.copyOf(list);
      }
      List<Entity> sorted = new ArrayList<>(list);
      sorted.sort(BY_ID); // stable: duplicates keep their order, and lookups find the first added
      return ImmutableList.copyOf(sorted);
    }
  }
}
