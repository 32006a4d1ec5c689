package org.keneya.core.followup;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.Code;
import org.keneya.core.value.Ref;

/**
 * Where an item that is followed up stands on a date: its status then (from its dated history), open
 * or closed, when it is due and why, who is responsible for it, and its theme.
 */
public final class ItemState {
  private final EntityKind<?> kind;
  private final Entity entity;
  private final LocalDate asOf;
  private final @Nullable Code status;
  private final @Nullable LocalDate statusDate;
  private final boolean open;
  private final DueDate due;
  private final ImmutableList<Responsibility> responsible;
  private final @Nullable Ref<?> theme;

  ItemState(EntityKind<?> kind, Entity entity, LocalDate asOf, @Nullable Code status, @Nullable LocalDate statusDate,
      boolean open, DueDate due, ImmutableList<Responsibility> responsible, @Nullable Ref<?> theme) {
    this.kind = kind;
    this.entity = entity;
    this.asOf = asOf;
    this.status = status;
    this.statusDate = statusDate;
    this.open = open;
    this.due = due;
    this.responsible = responsible;
    this.theme = theme;
  }

  /** The item's kind. */
  public EntityKind<?> kind() {
    return kind;
  }

  /** The item. */
  public Entity entity() {
    return entity;
  }

  /** The reference to the item ({@code recommendation:r1}). */
  public Ref<?> ref() {
    return Ref.of(kind.name(), entity.id());
  }

  /** The date this state is as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The latest status reported on or before {@link #asOf()}; empty when none was. */
  public Optional<Code> status() {
    return Optional.ofNullable(status);
  }

  /** The date of that status. */
  public Optional<LocalDate> statusDate() {
    return Optional.ofNullable(statusDate);
  }

  /** Whether the item is open: no status reported yet, or one its codelist does not tag as closing. */
  public boolean isOpen() {
    return open;
  }

  /** When the item is due, and how that was derived. */
  public DueDate due() {
    return due;
  }

  /** Whether the item is open and its due date has passed: {@link #asOf()} is after it. */
  public boolean isOverdue() {
    return open && due.date().map(asOf::isAfter).orElse(false);
  }

  /**
   * Whether the item is open and due within {@code days} of {@link #asOf()}: on that day or any of
   * the {@code days} that follow.
   */
  public boolean isDueWithin(int days) {
    return open && due.date().map(d -> !d.isBefore(asOf) && !d.isAfter(asOf.plusDays(days))).orElse(false);
  }

  /** The actors responsible, each with its role, in the order the kind declares the roles. */
  public ImmutableList<Responsibility> responsible() {
    return responsible;
  }

  /** The theme progress is counted by (a pillar, say), if the kind has one and the item names it. */
  public Optional<Ref<?>> theme() {
    return Optional.ofNullable(theme);
  }

  @Override
  public String toString() {
    return ref() + " as of " + asOf + ": " + (status == null ? "no status" : status + " since " + statusDate)
        + (open ? ", open" : ", closed") + ", due " + due;
  }
}
