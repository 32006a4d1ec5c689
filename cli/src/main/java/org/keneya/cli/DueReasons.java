package org.keneya.cli;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.keneya.core.followup.DueDate;
import org.keneya.core.followup.ItemState;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.PartialDate;
import org.keneya.core.value.Ref;

/**
 * How an item's due date was derived, or why none can be, in the report's language, rebuilt from
 * the structured parts of core's {@link DueDate} (its basis, date, event and deadline) rather than
 * from its English {@link DueDate#reason()}, so that a French page reads wholly in French. The
 * deadline's wording is quoted as written.
 */
final class DueReasons {
  private final ReportContext context;

  DueReasons(ReportContext context) {
    this.context = context;
  }

  /** The label {@code key} in the report's language. */
  private String label(ReportLabel key, Object... args) {
    return context.label(key, args);
  }

  /** A date as the report's language writes it. */
  private String date(LocalDate date) {
    return context.formats().date(date);
  }

  /** Why {@code item} is due when it is, or why no date can be derived. */
  String explain(ItemState item) {
    DueDate due = item.due();
    Deadline deadline = due.deadline().orElse(null);
    if (deadline == null) {
      return label(ReportLabel.REASON_NO_DEADLINE);
    }
    boolean at = deadline.form() == Deadline.Form.AT_EVENT;
    String reason = switch (due.basis()) {
      case DATE -> label(ReportLabel.REASON_DATE, date(due.date().orElseThrow()));
      case EVENT_RECORD -> label(at ? ReportLabel.REASON_AT_EVENT_RECORD : ReportLabel.REASON_EVENT_RECORD, event(deadline),
          context.refName(due.event().orElseThrow()), date(due.date().orElseThrow()));
      case EVENT_DATE_IN_DEADLINE -> label(at ? ReportLabel.REASON_AT_EVENT_DATE_IN_DEADLINE
          : ReportLabel.REASON_EVENT_DATE_IN_DEADLINE, event(deadline), date(due.date().orElseThrow()));
      case WITHIN_PERIOD -> within(due, deadline);
      case NONE -> none(item, deadline);
    };
    // an event known only to the month or the year: say which day was read, never a silent guess
    return due.eventDate().filter(d -> d.precision() != PartialDate.Precision.DAY)
        .map(d -> reason + " " + label(ReportLabel.REASON_KNOWN_ONLY_AS, context.formats().date(d)))
        .orElse(reason);
  }

  /** The event a deadline names, as written. */
  private String event(Deadline deadline) {
    return deadline.event().orElseGet(() -> label(ReportLabel.THE_EVENT));
  }

  /** A period run from an event the data dates, or from the date the deadline states. */
  private String within(DueDate due, Deadline deadline) {
    String period = context.formats().period(deadline.period().orElseThrow());
    String day = date(due.date().orElseThrow());
    if (due.event().isPresent()) {
      return label(ReportLabel.REASON_WITHIN_EVENT, period, context.refName(due.event().get()), day);
    }
    return label(ReportLabel.REASON_WITHIN_DATE, period, date(deadline.reference().orElseThrow()), day);
  }

  /** Why no date can be derived, from the deadline's form and what it refers to. */
  private String none(ItemState item, Deadline deadline) {
    switch (deadline.form()) {
      case WITHIN: {
        Ref<?> origin = origin(item);
        return origin == null ? label(ReportLabel.REASON_WITHIN_NO_START)
            : label(ReportLabel.REASON_UNDATED_RECORD, context.refName(origin));
      }
      case BEFORE_EVENT:
      case AT_EVENT: {
        Ref<?> ref = deadline.eventRef().orElse(null);
        return ref == null ? label(ReportLabel.REASON_EVENT_UNKNOWN, event(deadline))
            : label(ReportLabel.REASON_UNDATED_RECORD, context.refName(ref));
      }
      default:
        return label(ReportLabel.REASON_UNSPECIFIED);
    }
  }

  /** The event the item came from, which a period with no start of its own runs from (its kind's origin role). */
  private static @Nullable Ref<?> origin(ItemState item) {
    EntityKind<?> kind = item.kind();
    String name = kind.roles().origin().orElse(null);
    Object value = name == null ? null : ReportContext.value(kind, item.entity(), name);
    if (value instanceof java.util.List<?> list) {
      value = list.isEmpty() ? null : list.get(0);
    }
    return value instanceof Ref<?> ref ? ref : null;
  }
}
