package org.keneya.core.value;

import java.time.LocalDate;
import java.time.YearMonth;
import org.immutables.value.Value;
import org.keneya.core.validation.Checks;

/**
 * A closed range of dates, both ends included, each end as precise as the source gave it: the
 * days of a workshop, the years of a plan. An end is a {@link PartialDate}, so a period
 * "2014–2023" stays two years ({@link #from()} {@code 2014}, {@link #to()} {@code 2023}) rather
 * than two days; {@link #start()} and {@link #end()} give the first and last day covered.
 *
 * <pre>{@code
 * DateRange workshop = DateRange.of(LocalDate.of(2023, 12, 26), LocalDate.of(2023, 12, 29)); // 2023-12-26..2023-12-29
 * DateRange plan = DateRange.years(2014, 2023);   // 2014..2023
 * plan.start();                                   // 2014-01-01
 * plan.end();                                     // 2023-12-31
 * DateRange.of(PartialDate.parse("2023-06"), PartialDate.ofYear(2023)); // 2023-06..2023
 * }</pre>
 *
 * <p>The ends may differ in precision. A range is refused when its {@link #to()} ends before its
 * {@link #from()} begins ({@code to().last()} before {@code from().first()}): {@code 2023-06..2023}
 * and {@code 2023..2023-06} may both be true of some days, {@code 2024..2023-06} of none. Two
 * ranges are equal when their ends are, precision included: {@code 2014..2023} is not {@code
 * 2014-01-01..2023-12-31}, though both {@linkplain #contains(LocalDate) contain} the same days.
 */
@Value.Immutable
public abstract class DateRange {
  /** Only the implementation Immutables generates, in this package, extends it. */
  DateRange() {}

  /** The first end, as precise as it is known. */
  @Value.Parameter
  public abstract PartialDate from();

  /** The last end, as precise as it is known. */
  @Value.Parameter
  public abstract PartialDate to();

  /** The first day covered: {@link #from()}'s first day. */
  public LocalDate start() {
    return from().first();
  }

  /** The last day covered: {@link #to()}'s last day. */
  public LocalDate end() {
    return to().last();
  }

  /** The days from {@code start} to {@code end}, both at {@link PartialDate.Precision#DAY}. */
  public static DateRange of(LocalDate start, LocalDate end) {
    return of(PartialDate.of(start), PartialDate.of(end));
  }

  /** From {@code from} to {@code to}, each as precise as it is known: {@code 2014..2023}, {@code 2023-06..2024-01-15}. */
  public static DateRange of(PartialDate from, PartialDate to) {
    return ImmutableDateRange.of(from, to);
  }

  /** A single day. */
  public static DateRange day(LocalDate day) {
    return of(day, day);
  }

  /** Whole calendar years, from {@code first} to {@code last}, at {@link PartialDate.Precision#YEAR}: {@code 2014..2023}. */
  public static DateRange years(int first, int last) {
    return of(PartialDate.ofYear(first), PartialDate.ofYear(last));
  }

  /** Whole months, from {@code first} to {@code last}, at {@link PartialDate.Precision#MONTH}: {@code 2023-06..2024-05}. */
  public static DateRange months(YearMonth first, YearMonth last) {
    return of(PartialDate.of(first), PartialDate.of(last));
  }

  /** Whether {@code date} is one of the days covered, from {@link #start()} to {@link #end()}. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  @Value.Check
  void check() {
    // the loosest reading of each end: refused only when no day of to() can be on or after a day of from()
    Checks.check(!end().isBefore(start()), "DateRange.end", "%s is before start %s", to(), from());
  }

  /** The two ends, each in its precision's ISO 8601 form: {@code 2014..2023}, {@code 2023-12-26..2023-12-29}. */
  @Override
  public String toString() {
    return from() + ".." + to();
  }
}
