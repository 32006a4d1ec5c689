package org.example.production;

import java.time.LocalDate;
import org.keneya.core.annotation.Kind;
import org.keneya.core.annotation.NonBlank;
import org.keneya.core.annotation.Occurs;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.Id;

/**
 * A rehearsal: the event a fix is due before.
 *
 * @param id the rehearsal's id
 * @param name what it is called ("générale")
 * @param day the day it takes place, which a deadline before it is derived from
 */
@Kind(name = "rehearsal", label = "Rehearsal")
public record Rehearsal(Id id, @NonBlank String name, @Occurs LocalDate day) implements Entity {
  /** The kind {@code rehearsal}, described from this declaration by Keneya's annotation processor. */
  public static final EntityKind<Rehearsal> KIND = RehearsalDescription.KIND;
}
