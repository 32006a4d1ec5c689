package org.example.library;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
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
public record Member(Id id, String name, LocalDate joined, @Nullable String email, List<String> interests)
    implements Entity {
  /** The kind {@code member}. */
  public static final EntityKind<Member> KIND = EntityKind.of("member", "Member",
      StructType.positional("member", Member.class, v -> new Member(v.next(), v.next(), v.next(), v.next(), v.next()))
          .add("id", ValueType.id(), Member::id)
          .add("name", ValueType.string(), Member::name, Constraint.nonBlank())
          .add("joined", ValueType.date(), Member::joined)
          .addOptional("email", ValueType.string(), Member::email, Constraint.pattern("[^@\\s]+@[^@\\s]+"))
          .add("interests", ValueType.list(ValueType.string()), Member::interests, Constraint.nonBlank(),
              Constraint.uniqueItems())
          .build());
}
