package org.keneya.testkit;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
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
 * generated dataset referentially consistent. Standalone entity generators use {@link #synthetic()},
 * a few references to entities that do not exist.
 */
final class Pools {
  private final Map<String, List<Ref<?>>> refs = new HashMap<>();
  private final Map<Ref<?>, Entity> entities = new LinkedHashMap<>();
  private final Map<Ref<?>, LocalDate> meetingDates = new HashMap<>();

  /** A few references per health kind, for generating entities outside a dataset. */
  static Pools synthetic() {
    Pools pools = new Pools();
    for (String kind : List.of("document", "actor", "framework", "pillar", "programme", "meeting", "finding", "budget")) {
      for (int i = 1; i <= 3; i++) {
        pools.refs.computeIfAbsent(kind, k -> new ArrayList<>()).add(Ref.of(kind, kind + "-" + i));
      }
    }
    pools.meetingDates.put(Ref.of("meeting", "meeting-1"), LocalDate.of(2018, 5, 29));
    return pools;
  }

  void add(String kind, Entity entity) {
    Ref<?> ref = Ref.of(kind, entity.id());
    refs.computeIfAbsent(kind, k -> new ArrayList<>()).add(ref);
    entities.put(ref, entity);
  }

  void addRef(String kind, Ref<?> ref) {
    List<Ref<?>> list = refs.computeIfAbsent(kind, k -> new ArrayList<>());
    if (!list.contains(ref)) {
      list.add(ref);
    }
  }

  void meetingDate(Ref<?> meeting, LocalDate date) {
    meetingDates.put(meeting, date);
  }

  @SuppressWarnings("unchecked")
  <T> List<Ref<T>> refs(String kind) {
    return (List<Ref<T>>) (List<?>) ImmutableList.copyOf(refs.getOrDefault(kind, List.of()));
  }

  /** The references of one kind, untyped. */
  List<Ref<?>> refsOf(String kind) {
    return ImmutableList.copyOf(refs.getOrDefault(kind, List.of()));
  }

  List<Ref<?>> anyRefs() {
    return refs.values().stream().flatMap(List::stream).collect(ImmutableList.toImmutableList());
  }

  Map<Ref<?>, LocalDate> meetingDates() {
    return meetingDates;
  }

  @SuppressWarnings("unchecked")
  <T> Optional<T> resolve(Ref<T> ref) {
    return Optional.ofNullable((T) entities.get(ref));
  }

  List<Entity> entities() {
    return ImmutableList.copyOf(entities.values());
  }
}
