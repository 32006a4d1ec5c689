package org.keneya.core.followup;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.PartialDate;
import org.keneya.core.value.Ref;

/**
 * When an item is due, and how that was derived from its deadline as written — or why no date can
 * be: a date is never guessed without saying how it was found.
 *
 * <pre>{@code
 * due.date();     // Optional[2018-05-02]
 * due.reason();   // "deadline \"Avant CT 2018\": before meeting:prodess-ct-2018, held from 2018-05-02"
 * }</pre>
 */
public final class DueDate {
  /** How the date was found, or why there is none. */
  public enum Basis {
    /** The deadline is a date. */
    DATE,
    /** The date of the event the deadline refers to, from the event's record in the dataset. */
    EVENT_RECORD,
    /** The event's date as the deadline itself stores it, the event having no dated record. */
    EVENT_DATE_IN_DEADLINE,
    /** A period from a reference date ("within 6 months"). */
    WITHIN_PERIOD,
    /** No date can be derived; {@link #reason()} says why. */
    NONE
  }

  private static final DueDate NO_DEADLINE = new DueDate(null, null, null, Basis.NONE, null, null, "no deadline");

  private final @Nullable LocalDate date;
  private final @Nullable String property;
  private final @Nullable Deadline deadline;
  private final Basis basis;
  private final @Nullable Ref<?> event;
  private final @Nullable PartialDate eventDate;
  private final String reason;

  DueDate(@Nullable LocalDate date, @Nullable String property, @Nullable Deadline deadline, Basis basis,
      @Nullable Ref<?> event, @Nullable PartialDate eventDate, String reason) {
    this.date = date;
    this.property = property;
    this.deadline = deadline;
    this.basis = basis;
    this.event = event;
    this.eventDate = eventDate;
    this.reason = reason;
  }

  /** An item with no deadline at all. */
  static DueDate none() {
    return NO_DEADLINE;
  }

  /** The day the item is due by, when one can be derived. */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /** The deadline property the date comes from (or the first one, when none gives a date). */
  public Optional<String> property() {
    return Optional.ofNullable(property);
  }

  /** The deadline as the item holds it. */
  public Optional<Deadline> deadline() {
    return Optional.ofNullable(deadline);
  }

  /** How the date was found, or {@link Basis#NONE}. */
  public Basis basis() {
    return basis;
  }

  /**
   * The record of the event the date was taken from: for {@link Basis#EVENT_RECORD}, and for {@link
   * Basis#WITHIN_PERIOD} when the period runs from the event the item came from.
   */
  public Optional<Ref<?>> event() {
    return Optional.ofNullable(event);
  }

  /**
   * The date of {@link #event()} as precisely as the dataset knows it — {@code 2018}, {@code
   * 2023-06}, a day — which {@link #date()} was read from (its first or last day).
   */
  public Optional<PartialDate> eventDate() {
    return Optional.ofNullable(eventDate);
  }

  /** How the date was derived, or why none can be, in English, naming the deadline as written. */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DueDate d && Objects.equals(date, d.date) && Objects.equals(property, d.property)
        && Objects.equals(deadline, d.deadline) && basis == d.basis && Objects.equals(event, d.event)
        && Objects.equals(eventDate, d.eventDate) && reason.equals(d.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, property, deadline, basis, event, eventDate, reason);
  }

  @Override
  public String toString() {
    return (date == null ? "no date" : date.toString()) + " (" + reason + ")";
  }
}
