package org.keneya.model.testkit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keneya.core.kind.Entity;
import org.keneya.core.value.Ref;
import org.keneya.testkit.Pools;

/**
 * The testkit's {@link Pools} of generated entities, plus what the health generators also need to
 * know of them: the start date of each meeting, so that a deadline before a meeting carries it.
 */
final class HealthPools {
  private final Pools pools;
  private final Map<Ref<?>, LocalDate> meetingDates = new HashMap<>();

  private HealthPools(Pools pools) {
    this.pools = pools;
  }

  HealthPools() {
    this(new Pools());
  }

  /** A few references per health kind, for generating entities outside a dataset. */
  static HealthPools synthetic() {
    HealthPools pools = new HealthPools(Pools.synthetic(
        List.of("document", "actor", "framework", "pillar", "programme", "meeting", "finding", "budget")));
    pools.meetingDate(Ref.of("meeting", "meeting-1"), LocalDate.of(2018, 5, 29));
    return pools;
  }

  /** The testkit's pools, for the generators derived from descriptions. */
  Pools pools() {
    return pools;
  }

  void add(String kind, Entity entity) {
    pools.add(kind, entity);
  }

  void meetingDate(Ref<?> meeting, LocalDate date) {
    meetingDates.put(meeting, date);
  }

  <T> List<Ref<T>> refs(String kind) {
    return pools.refs(kind);
  }

  List<Ref<?>> refsOf(String kind) {
    return pools.refsOf(kind);
  }

  Map<Ref<?>, LocalDate> meetingDates() {
    return meetingDates;
  }

  List<Entity> entities() {
    return pools.entities();
  }
}
