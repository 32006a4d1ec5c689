package org.keneya.jackson.clash;

import java.util.List;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.DomainModel;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Id;

/**
 * A second model declaring a kind named {@code station}, as the test domain does: on one class path
 * with it, the class path's models cannot be merged. Registered only by the test that needs it.
 */
public final class RivalStations implements DomainModel {
  /** Another team's station. */
  public record RivalStation(Id id) implements Entity {
    static final EntityKind<RivalStation> KIND = EntityKind.of("station", "Station",
        StructType.positional("station", RivalStation.class, v -> new RivalStation(v.next()))
            .add("id", ValueType.id(), RivalStation::id)
            .build());
  }

  /** Used by {@link java.util.ServiceLoader}. */
  public RivalStations() {}

  @Override
  public String name() {
    return "rival-stations";
  }

  @Override
  public List<EntityKind<?>> kinds() {
    return List.of(RivalStation.KIND);
  }

  @Override
  public List<Codelist> codelists() {
    return List.of();
  }
}
