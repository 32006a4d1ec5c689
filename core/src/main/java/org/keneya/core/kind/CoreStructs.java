package org.keneya.core.kind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Optional;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Money;
import org.keneya.core.value.Provenance;
import org.keneya.core.value.Ref;
import org.keneya.core.value.StatedRate;

/** The struct descriptions of core's own multi-field values. */
final class CoreStructs {
  private CoreStructs() {}

  static final StructType<Money> MONEY =
      StructType.positional("money", Money.class, v -> Money.of(v.<BigDecimal>next(), v.<Currency>next()))
          .add("amount", ValueType.decimal(), Money::amount)
          .add("currency", ValueType.currency(), Money::currency)
          .build();

  static final StructType<DateRange> DATE_RANGE =
      StructType.positional("date-range", DateRange.class, v -> DateRange.of(v.next(), v.next()))
          .add("start", ValueType.date(), DateRange::start)
          .add("end", ValueType.date(), DateRange::end)
          .build();

  static final StructType<StatedRate> STATED_RATE =
      StructType.builder("stated-rate", StatedRate.class, StatedRate::builder, StatedRate.Builder::build)
          .add("asWritten", ValueType.string(), StatedRate::asWritten, StatedRate.Builder::asWritten, Constraint.nonBlank())
          .add("percent", ValueType.decimal(), StatedRate::percent, StatedRate.Builder::percent)
          .add("decimals", ValueType.integer(), StatedRate::decimals, StatedRate.Builder::decimals, Constraint.between(0, 12))
          .add(
              "rounding",
              ValueType.enumeration(RoundingMode.class),
              StatedRate::rounding,
              StatedRate.Builder::rounding)
          .build();

  static final StructType<Deadline> DEADLINE =
      StructType.builder("deadline", Deadline.class, Deadline::builder, Deadline.Builder::build)
          .addOptional("asWritten", ValueType.string(), Deadline::asWrittenOrNull, Deadline.Builder::asWritten,
              Constraint.nonBlank())
          .add("form", ValueType.enumeration(Deadline.Form.class), Deadline::form, Deadline.Builder::form)
          .addOptional("date", ValueType.date(), Deadline::dateOrNull, Deadline.Builder::date,
              Constraint.requiredWhen("form", "date"))
          .addOptional("event", ValueType.string(), Deadline::eventOrNull, Deadline.Builder::event,
              Constraint.nonBlank(), Constraint.requiredWhen("form", "before-event"))
          .addOptional("eventRef", ValueType.<Ref<?>>anyRef(), Deadline::eventRefOrNull, Deadline.Builder::eventRef)
          .addOptional("period", ValueType.period(), Deadline::periodOrNull, Deadline.Builder::period,
              Constraint.requiredWhen("form", "within"))
          .addOptional("reference", ValueType.date(), Deadline::referenceOrNull, Deadline.Builder::reference)
          .build();

  static final StructType<Provenance> PROVENANCE =
      StructType.positional(
              "provenance",
              Provenance.class,
              v -> Provenance.of(v.<Ref<?>>next(), Optional.ofNullable(v.<String>next())))
          .add("document", ValueType.<Ref<?>>ref(Provenance.DOCUMENT_KIND), Provenance::document)
          .addOptional("passage", ValueType.string(), Provenance::passageOrNull, Constraint.nonBlank())
          .build();
}
