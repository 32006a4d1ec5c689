package org.example.harvest;

import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;

/**
 * A farm that delivers to the cooperative.
 *
 * @param id the farm's id
 * @param name its name, not blank
 * @param region a code of the {@value Harvest#REGIONS} codelist
 */
public record Farm(Id id, String name, Code region) implements Entity {
  /** The kind {@code farm}. */
  public static final EntityKind<Farm> KIND = EntityKind.of("farm", "Farm",
      StructType.positional("farm", Farm.class, v -> new Farm(v.next(), v.next(), v.next()))
          .add("id", ValueType.id(), Farm::id)
          .add("name", ValueType.string(), Farm::name, Constraint.nonBlank())
          .add("region", ValueType.code(Harvest.REGIONS), Farm::region)
          .build());
}
