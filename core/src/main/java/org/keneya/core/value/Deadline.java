package org.keneya.core.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.validation.Checks;

/**
 * When something is due, as a source wrote it and as far as it can be derived. The wording is kept
 * verbatim ({@code "Avant CT 2018"}, {@code "dans les 6 prochains mois"}, {@code "avant juin"}) so
 * nothing a document said is lost; the {@link Form} says what was derived from it:
 *
 * <ul>
 *   <li>{@link Form#DATE}: due by a date ({@link #date()});
 *   <li>{@link Form#BEFORE_EVENT}: due before a named event ({@link #event()}), optionally
 *       referring to the event's record ({@link #eventRef()}) and its date once known;
 *   <li>{@link Form#AT_EVENT}: due at a named event — presented to it, decided there — with the
 *       same fields as {@link Form#BEFORE_EVENT};
 *   <li>{@link Form#WITHIN}: due within a period ({@link #period()}) from a reference date ({@link
 *       #reference()}) when one is known;
 *   <li>{@link Form#UNSPECIFIED}: nothing can be derived.
 * </ul>
 *
 * <pre>{@code
 * Deadline.beforeEvent("Avant CT 2018", "CT 2018");
 * Deadline.atEvent("CT 2018", "CT 2018");       // due at the event, not before it
 * Deadline.within("dans les 6 prochains mois", Period.ofMonths(6), LocalDate.of(2018, 3, 1))
 *     .dueDate();                                  // Optional[2018-09-01]
 * Deadline.onDate("31 décembre 2024", LocalDate.of(2024, 12, 31)).isOverdue(LocalDate.of(2025, 1, 2)); // true
 * }</pre>
 */
@Value.Immutable
public abstract class Deadline {
  /**
   * The description of a deadline the codecs and the validator walk
   * ({@link ValueType#deadline()}); it reads the optional properties' stored
   * form, package-private, without allocating an {@code Optional}.
   */
  public static final StructType<Deadline> TYPE =
      StructType.builder("deadline", Deadline.class, Deadline::builder, Deadline.Builder::build)
          .addOptional("asWritten", ValueType.string(), Deadline::asWrittenOrNull, Deadline.Builder::asWritten,
              Constraint.nonBlank())
          .add("form", ValueType.enumeration(Deadline.Form.class), Deadline::form, Deadline.Builder::form)
          .addOptional("date", ValueType.date(), Deadline::dateOrNull, Deadline.Builder::date,
              Constraint.requiredWhen("form", "date"))
          .addOptional("event", ValueType.string(), Deadline::eventOrNull, Deadline.Builder::event,
              // one constraint per form: each says "required when form is ...", and all of them hold
              Constraint.nonBlank(), Constraint.requiredWhen("form", "before-event"), Constraint.requiredWhen("form", "at-event"))
          .addOptional("eventRef", ValueType.<Ref<?>>anyRef(), Deadline::eventRefOrNull, Deadline.Builder::eventRef)
          .addOptional("period", ValueType.period(), Deadline::periodOrNull, Deadline.Builder::period,
              Constraint.requiredWhen("form", "within"))
          .addOptional("reference", ValueType.date(), Deadline::referenceOrNull, Deadline.Builder::reference)
          .build();

  /** Only the implementation Immutables generates, in this package, extends it. */
  Deadline() {}

  /** What could be derived from the wording. */
  public enum Form {
    /** Due by a date. */
    DATE,
    /** Due before a named event. */
    BEFORE_EVENT,
    /** Due at a named event: to be presented or settled there ({@code "CT 2018"}). */
    AT_EVENT,
    /** Due within a period from a reference date. */
    WITHIN,
    /** Nothing can be derived from the wording. */
    UNSPECIFIED
  }

  /** The wording as written in the source; empty only when the source gave none. */
  public final Optional<String> asWritten() {
    return Optional.ofNullable(asWrittenOrNull());
  }

  /** {@link #asWritten()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  abstract @Nullable String asWrittenOrNull();

  public abstract Form form();

  /** {@link Form#DATE}: the due date; {@link Form#BEFORE_EVENT} and {@link Form#AT_EVENT}: the event's date, if known. */
  public final Optional<LocalDate> date() {
    return Optional.ofNullable(dateOrNull());
  }

  /** {@link #date()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  abstract @Nullable LocalDate dateOrNull();

  /** {@link Form#BEFORE_EVENT} and {@link Form#AT_EVENT}: the event's name, such as {@code CT 2018}. */
  public final Optional<String> event() {
    return Optional.ofNullable(eventOrNull());
  }

  /** {@link #event()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  abstract @Nullable String eventOrNull();

  /** {@link Form#BEFORE_EVENT} and {@link Form#AT_EVENT}: the record of the event, such as {@code event:review-2018}. */
  public final Optional<Ref<?>> eventRef() {
    return Optional.ofNullable(eventRefOrNull());
  }

  /** {@link #eventRef()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  abstract @Nullable Ref<?> eventRefOrNull();

  /** {@link Form#WITHIN}: the period allowed. */
  public final Optional<Period> period() {
    return Optional.ofNullable(periodOrNull());
  }

  /** {@link #period()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  abstract @Nullable Period periodOrNull();

  /** {@link Form#WITHIN}: the date the period runs from, if known. */
  public final Optional<LocalDate> reference() {
    return Optional.ofNullable(referenceOrNull());
  }

  /** {@link #reference()}'s value, or {@code null}: the stored form, read without an {@code Optional}. */
  abstract @Nullable LocalDate referenceOrNull();

  /** Due by {@code date}. */
  public static Deadline onDate(String asWritten, LocalDate date) {
    return builder().asWritten(asWritten).form(Form.DATE).date(date).build();
  }

  /** Due before the event named {@code event}; its record and date, when known, are set through {@link #builder()}. */
  public static Deadline beforeEvent(String asWritten, String event) {
    return builder().asWritten(asWritten).form(Form.BEFORE_EVENT).event(event).build();
  }

  /**
   * Due at the event named {@code event} ({@code "CT 2018"}, {@code "lors de la prochaine réunion"});
   * its record and date, when known, are set through {@link #builder()}.
   */
  public static Deadline atEvent(String asWritten, String event) {
    return builder().asWritten(asWritten).form(Form.AT_EVENT).event(event).build();
  }

  /** Due within {@code period} from {@code from}. */
  public static Deadline within(String asWritten, Period period, LocalDate from) {
    return builder().asWritten(asWritten).form(Form.WITHIN).period(period).reference(from).build();
  }

  /** Nothing can be derived from {@code asWritten}. */
  public static Deadline unspecified(String asWritten) {
    return builder().asWritten(asWritten).form(Form.UNSPECIFIED).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Deadline}; {@link #form()} is required and decides which fields apply. */
  public static final class Builder extends ImmutableDeadline.Builder {
    /** An empty builder, as {@link Deadline#builder()} returns. */
    public Builder() {}
  }

  /**
   * The last day the item may be done, when it can be derived: the date of a {@link Form#DATE}
   * deadline, the event's date of a {@link Form#BEFORE_EVENT} or {@link Form#AT_EVENT} one when
   * known, the reference date plus the period of a {@link Form#WITHIN} one.
   */
  @Value.Derived
  @Value.Auxiliary
  public Optional<LocalDate> dueDate() {
    switch (form()) {
      case DATE:
      case BEFORE_EVENT:
      case AT_EVENT:
        return date();
      case WITHIN:
        return withinDueDate();
      default:
        return Optional.empty();
    }
  }

  /** The reference date plus the period; empty when either is unknown or the sum is past any date (refused by the check). */
  private Optional<LocalDate> withinDueDate() {
    LocalDate start = referenceOrNull();
    Period period = periodOrNull();
    if (start == null || period == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(start.plus(period));
    } catch (DateTimeException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** True when a due date is known and {@code asOf} is after it. */
  public boolean isOverdue(LocalDate asOf) {
    return dueDate().map(asOf::isAfter).orElse(false);
  }

  @Value.Check
  void check() {
    asWritten().ifPresent(w -> Checks.notBlank("Deadline.asWritten", w));
    event().ifPresent(e -> Checks.notBlank("Deadline.event", e));
    switch (form()) {
      case DATE:
        Checks.check(date().isPresent(), "Deadline.date", "is required for a DATE deadline");
        onlyFor("event", event().isEmpty() && eventRef().isEmpty());
        onlyFor("period", period().isEmpty() && reference().isEmpty());
        break;
      case BEFORE_EVENT:
      case AT_EVENT:
        Checks.check(event().isPresent(), "Deadline.event", "is required for a %s deadline", form());
        onlyFor("period", period().isEmpty() && reference().isEmpty());
        break;
      case WITHIN:
        Checks.check(period().isPresent(), "Deadline.period", "is required for a WITHIN deadline");
        Checks.check(
            !period().get().isNegative() && !period().get().isZero(),
            "Deadline.period",
            "must be positive, was %s",
            period().get());
        Checks.check(
            reference().isEmpty() || dueDate().isPresent(),
            "Deadline.period",
            "%s from %s runs past the last date a date can hold",
            period().get(),
            reference().orElse(null));
        onlyFor("date", date().isEmpty());
        onlyFor("event", event().isEmpty() && eventRef().isEmpty());
        break;
      default:
        onlyFor("date", date().isEmpty());
        onlyFor("event", event().isEmpty() && eventRef().isEmpty());
        onlyFor("period", period().isEmpty() && reference().isEmpty());
    }
  }

  private void onlyFor(String field, boolean absent) {
    if (!absent) { // the field name is built only on failure: every deadline read runs this
      Checks.check(false, "Deadline." + field, "does not apply to a %s deadline", form());
    }
  }
}
