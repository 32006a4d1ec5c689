package org.example.library;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.keneya.core.annotation.Kind;
import org.keneya.core.annotation.NonBlank;
import org.keneya.core.annotation.Pattern;
import org.keneya.core.annotation.UniqueItems;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.Id;

/**
 * A member of the library: a record that checks nothing itself — its description's declared
 * constraints are what every reader and the validator enforce.
 *
 * @param id the member's id
 * @param name the name, not blank
 * @param joined the day the member joined
 * @param email an address, if given
 * @param interests subjects the member asked to hear about, each once
 */
@Kind(name = "member", label = "Member")
public record Member(
    Id id, @NonBlank String name, LocalDate joined, @Pattern("[^@\\s]+@[^@\\s]+") @Nullable String email,
    @NonBlank @UniqueItems List<String> interests)
    implements Entity {
  /** The kind {@code member}, described from this declaration by Keneya's annotation processor. */
  public static final EntityKind<Member> KIND = MemberDescription.KIND;
}
