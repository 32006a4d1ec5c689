package org.keneya.testkit;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keneya.core.kind.Entity;
import org.keneya.core.value.Ref;

/**
 * The entities generated so far, by kind, that later entities may refer to: this is what keeps a
 * generated dataset referentially consistent. A generator of one's own kinds (such as the health
 * model's) adds what it makes here, so that {@link DerivedGens} can point references at it.
 * Standalone entity generators use {@link #synthetic(Iterable)}: a few references to entities that
 * do not exist. Mutable and not thread-safe: one per generated dataset.
 *
 * <pre>{@code
 * Pools pools = new Pools();
 * pools.add("member", member);
 * Optional<Loan> loan = new DerivedGens(values).entity(LOAN, 1, pools, source);
 * }</pre>
 */
public final class Pools {
  private final Map<String, List<Ref<?>>> refs = new HashMap<>();
  private final Map<Ref<?>, Entity> entities = new LinkedHashMap<>();

  /** Empty pools. */
  public Pools() {}

  /**
   * Pools that hold three references per kind named ({@code actor-1} to {@code actor-3}), to
   * entities that do not exist: for generating single entities outside a dataset.
   */
  public static Pools synthetic(Iterable<String> kinds) {
    Pools pools = new Pools();
    for (String kind : kinds) {
      for (int i = 1; i <= 3; i++) {
        pools.addRef(kind, Ref.of(kind, kind + "-" + i));
      }
    }
    return pools;
  }

  /** Adds a generated entity of {@code kind}: later references may point to it. */
  public void add(String kind, Entity entity) {
    Ref<?> ref = Ref.of(kind, entity.id());
    refs.computeIfAbsent(kind, k -> new ArrayList<>()).add(ref);
    entities.put(ref, entity);
  }

  /** Adds a reference that later references may use, without an entity behind it. */
  public void addRef(String kind, Ref<?> ref) {
    List<Ref<?>> list = refs.computeIfAbsent(kind, k -> new ArrayList<>());
    if (!list.contains(ref)) {
      list.add(ref);
    }
  }

  /** The references of one kind, in the order added, typed as the caller expects. */
  @SuppressWarnings("unchecked")
  public <T> List<Ref<T>> refs(String kind) {
    return (List<Ref<T>>) (List<?>) ImmutableList.copyOf(refs.getOrDefault(kind, List.of()));
  }

  /** The references of one kind, untyped, in the order added. */
  public List<Ref<?>> refsOf(String kind) {
    return ImmutableList.copyOf(refs.getOrDefault(kind, List.of()));
  }

  /** The references of every kind. */
  public List<Ref<?>> anyRefs() {
    return refs.values().stream().flatMap(List::stream).collect(ImmutableList.toImmutableList());
  }

  /** The entity a reference points to, if it was {@linkplain #add added}. */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> resolve(Ref<T> ref) {
    return Optional.ofNullable((T) entities.get(ref));
  }

  /** Every entity added, in the order added. */
  public List<Entity> entities() {
    return ImmutableList.copyOf(entities.values());
  }
}
