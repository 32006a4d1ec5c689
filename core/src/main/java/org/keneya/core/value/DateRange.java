package org.keneya.core.value;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.keneya.core.validation.Checks;

/**
 * A closed range of dates, both ends included: the days of a workshop, the period of a plan.
 *
 * <pre>{@code
 * DateRange workshop = DateRange.of(LocalDate.of(2023, 12, 26), LocalDate.of(2023, 12, 29));
 * DateRange plan = DateRange.years(2014, 2023); // 2014-01-01..2023-12-31
 * }</pre>
 */
@Value.Immutable
public abstract class DateRange {
  /** Only the implementation Immutables generates, in this package, extends it. */
  DateRange() {}

  @Value.Parameter
  public abstract LocalDate start();

  @Value.Parameter
  public abstract LocalDate end();

  public static DateRange of(LocalDate start, LocalDate end) {
    return ImmutableDateRange.of(start, end);
  }

  /** A single day. */
  public static DateRange day(LocalDate day) {
    return of(day, day);
  }

  /** Whole calendar years, from January 1 of {@code first} to December 31 of {@code last}. */
  public static DateRange years(int first, int last) {
    return of(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  @Value.Check
  void check() {
    Checks.check(!end().isBefore(start()), "DateRange.end", "%s is before start %s", end(), start());
  }

  @Override
  public String toString() {
    return start() + ".." + end();
  }
}
