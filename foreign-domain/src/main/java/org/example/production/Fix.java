package org.example.production;

import java.util.List;
import org.example.theatre.Actor;
import org.jspecify.annotations.Nullable;
import org.keneya.core.annotation.Due;
import org.keneya.core.annotation.Kind;
import org.keneya.core.annotation.NonBlank;
import org.keneya.core.annotation.Responsible;
import org.keneya.core.annotation.StatusHistory;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.Ref;

/**
 * Something to fix before the show, followed up through the roles it declares.
 *
 * @param id the fix's id
 * @param what what is to be fixed
 * @param assignees who fixes it
 * @param checkers who checks it was fixed
 * @param due when it is due, as the stage manager wrote it
 * @param states its history, oldest first; a state tagged closing ends it
 */
@Kind(name = "fix", label = "Fix")
public record Fix(
    Id id, @NonBlank String what, @Responsible("assignee") List<Ref<Actor>> assignees,
    @Responsible("checker") List<Ref<Actor>> checkers, @Due @Nullable Deadline due,
    @StatusHistory(date = "on", status = "state") List<FixState> states)
    implements Entity {
  /** The kind {@code fix}, described from this declaration by Keneya's annotation processor. */
  public static final EntityKind<Fix> KIND = FixDescription.KIND;
}
