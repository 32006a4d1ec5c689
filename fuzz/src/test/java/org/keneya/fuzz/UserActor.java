package org.keneya.fuzz;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.keneya.core.annotation.AtLeast;
import org.keneya.core.annotation.CodeOf;
import org.keneya.core.annotation.Kind;
import org.keneya.core.annotation.NonBlank;
import org.keneya.core.annotation.Pattern;
import org.keneya.core.annotation.UniqueItems;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Provenance;
import org.keneya.core.value.Ref;
import org.keneya.model.HealthCodelists;

/**
 * A user's own {@code actor}, to replace the health model's: every property of the health actor,
 * and two more, an address to write to and a head count.
 *
 * @param id the actor's id
 * @param type a code of the health model's actor types
 * @param name the name
 * @param acronym the acronym, if any
 * @param aliases other names found in sources, each once
 * @param level a code of the health model's levels, if known
 * @param parent the actor it sits under, if any
 * @param title for a person, the title or function
 * @param provenance where it is recorded
 * @param email an address to write to (the user's addition)
 * @param staff how many people work there (the user's addition)
 */
@Kind(name = "actor", label = "Actor")
public record UserActor(
    Id id, @CodeOf(HealthCodelists.ACTOR_TYPE) Code type, LocalizedText name, @NonBlank @Nullable String acronym,
    @NonBlank @UniqueItems List<String> aliases, @CodeOf(HealthCodelists.LEVEL) @Nullable Code level,
    @Nullable Ref<UserActor> parent, @Nullable LocalizedText title, List<Provenance> provenance,
    @Pattern("[^@\\s]+@[^@\\s]+") @Nullable String email, @AtLeast(0) int staff)
    implements Entity {
  /** The kind {@code actor} of the user's type, described by Keneya's annotation processor. */
  public static final EntityKind<UserActor> KIND = UserActorDescription.KIND;
}
