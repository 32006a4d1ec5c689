package org.example.theatre;

import org.keneya.core.annotation.AtLeast;
import org.keneya.core.annotation.Kind;
import org.keneya.core.annotation.NonBlank;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;

/**
 * A part in a play and the actor who plays it.
 *
 * @param id the role's id
 * @param character the character, in one or more languages
 * @param play the play's title
 * @param actor who plays it
 * @param performances how many times, 1 or more
 */
@Kind(name = "role", label = "Role")
public record Role(Id id, LocalizedText character, @NonBlank String play, Ref<Actor> actor, @AtLeast(1) int performances)
    implements Entity {
  /** The kind {@code role}, described from this declaration by Keneya's annotation processor. */
  public static final EntityKind<Role> KIND = RoleDescription.KIND;
}
