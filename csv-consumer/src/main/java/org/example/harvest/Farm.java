package org.example.harvest;

import org.keneya.core.annotation.CodeOf;
import org.keneya.core.annotation.Kind;
import org.keneya.core.annotation.NonBlank;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;

/**
 * A farm that delivers to the cooperative.
 *
 * @param id the farm's id
 * @param name its name, not blank
 * @param region a code of the {@value Harvest#REGIONS} codelist
 */
@Kind(name = "farm", label = "Farm")
public record Farm(Id id, @NonBlank String name, @CodeOf(Harvest.REGIONS) Code region) implements Entity {
  /** The kind {@code farm}, described from this declaration by Keneya's annotation processor. */
  public static final EntityKind<Farm> KIND = FarmDescription.KIND;
}
