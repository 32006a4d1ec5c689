package org.keneya.core.kind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Money;
import org.keneya.core.value.PartialDate;
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
      StructType.positional("date-range", DateRange.class, v -> DateRange.of(v.<PartialDate>next(), v.<PartialDate>next()))
          // partial dates: a full date is written as a date was before, a year or a month as itself
          .add("start", ValueType.partialDate(), DateRange::from)
          .add("end", ValueType.partialDate(), DateRange::to)
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
}
