package org.keneya.core.followup;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.keneya.core.value.Ref;

/**
 * How many items of a group are open, closed and overdue on a date: the group being a theme (a
 * pillar), or an actor in a role (lead, supporting), or the items with neither ({@link #group()}
 * empty).
 */
public final class Progress {
  private final @Nullable Ref<?> group;
  private final @Nullable String role;
  private final int open;
  private final int closed;
  private final int overdue;

  Progress(@Nullable Ref<?> group, @Nullable String role, int open, int closed, int overdue) {
    this.group = group;
    this.role = role;
    this.open = open;
    this.closed = closed;
    this.overdue = overdue;
  }

  /** The theme or the actor; empty for the items that name none. */
  public Optional<Ref<?>> group() {
    return Optional.ofNullable(group);
  }

  /** The actor's role, in a count by responsible actor; empty in a count by theme. */
  public Optional<String> role() {
    return Optional.ofNullable(role);
  }

  /** The items still open, the overdue ones included. */
  public int open() {
    return open;
  }

  /** The items closed. */
  public int closed() {
    return closed;
  }

  /** The open items whose due date has passed. */
  public int overdue() {
    return overdue;
  }

  /** All the items of the group. */
  public int total() {
    return open + closed;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Progress p && Objects.equals(group, p.group) && Objects.equals(role, p.role) && open == p.open
        && closed == p.closed && overdue == p.overdue;
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, role, open, closed, overdue);
  }

  @Override
  public String toString() {
    return (group == null ? "(none)" : group.toString()) + (role == null ? "" : " as " + role) + ": " + open
        + " open (" + overdue + " overdue), " + closed + " closed";
  }
}
