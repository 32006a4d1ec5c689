package org.keneya.core.value;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.Excerpt;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.validation.Checks;

/**
 * A date known to the year, to the month or to the day, as a source gave it: a plan "for 2014", a
 * report "of June 2023", a meeting "on 27 September 2023". Keeping the precision keeps what was
 * not said unsaid: {@code 2023} is not 1 January 2023, and a period "2014–2023" is not 1 January
 * 2014 to 31 December 2023 to the day. Its text is the ISO 8601 reduced form of its precision —
 * {@code 2023}, {@code 2023-06}, {@code 2023-09-27} — with a year from 0000 to 9999, the range a
 * four-digit year and RFC 3339 cover.
 *
 * <pre>{@code
 * PartialDate.parse("2024-02").last();           // 2024-02-29
 * PartialDate.ofYear(2023).precision();          // YEAR
 * PartialDate.parse("2023").contains(LocalDate.of(2023, 6, 1)); // true
 * PartialDate.of(LocalDate.of(2023, 9, 27)).toString();          // "2023-09-27"
 * PartialDate.parse("2023-6");                   // InvalidValueException: PartialDate: ...
 * }</pre>
 *
 * <p>Partial dates order by their first day, then from the coarsest precision to the finest:
 * {@code 2023 < 2023-01 < 2023-01-01 < 2023-01-02 < 2023-02}. That order is consistent with
 * {@link #equals}: no two different partial dates have the same first day and precision.
 */
public final class PartialDate implements Comparable<PartialDate> {
  /** How much of the date is known. */
  public enum Precision {
    /** The year alone ({@code 2023}). */
    YEAR,
    /** The year and the month ({@code 2023-06}). */
    MONTH,
    /** The day ({@code 2023-09-27}). */
    DAY
  }

  private static final String FIELD = "PartialDate";
  private static final int MAX_YEAR = 9999;

  private final int year;
  private final int month; // 0 when unknown
  private final int day; // 0 when unknown

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /** A year alone, from 0000 to 9999. */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(year, 0, 0);
  }

  /** A month of a year: {@code ofMonth(2023, 6)} is {@code 2023-06}. */
  public static PartialDate ofMonth(int year, int month) {
    checkYear(year);
    Checks.check(month >= 1 && month <= 12, FIELD, "a month is 1 to 12, was %s", month);
    return new PartialDate(year, month, 0);
  }

  /** A month of a year, as {@link YearMonth} holds it. */
  public static PartialDate of(YearMonth month) {
    Checks.notNull(FIELD, month);
    return ofMonth(month.getYear(), month.getMonthValue());
  }

  /** A day, at {@link Precision#DAY}. */
  public static PartialDate of(LocalDate date) {
    Checks.notNull(FIELD, date);
    checkYear(date.getYear());
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Reads the ISO 8601 reduced forms {@code yyyy}, {@code yyyy-mm} and {@code yyyy-mm-dd}, and
   * refuses anything else — a sign, a two-digit year, a one-digit month, a day that does not exist,
   * a time, a week or an ordinal date — with an {@link InvalidValueException}.
   */
  public static PartialDate parse(String text) {
    Checks.notNull(FIELD, text);
    int length = text.length();
    boolean shaped = (length == 4 || length == 7 || length == 10)
        && digits(text, 0, 4)
        && (length < 7 || (text.charAt(4) == '-' && digits(text, 5, 7)))
        && (length < 10 || (text.charAt(7) == '-' && digits(text, 8, 10)));
    if (!shaped) {
      throw refused(text, "not a year (yyyy), a month (yyyy-mm) or a date (yyyy-mm-dd)");
    }
    int year = Integer.parseInt(text, 0, 4, 10);
    if (length == 4) {
      return new PartialDate(year, 0, 0);
    }
    int month = Integer.parseInt(text, 5, 7, 10);
    if (month < 1 || month > 12) {
      throw refused(text, "no month " + month);
    }
    if (length == 7) {
      return new PartialDate(year, month, 0);
    }
    int day = Integer.parseInt(text, 8, 10, 10);
    if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      throw refused(text, "no day " + day + " in " + YearMonth.of(year, month));
    }
    return new PartialDate(year, month, day);
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static InvalidValueException refused(String text, String why) {
    return new InvalidValueException(FIELD, why + ": " + Excerpt.quote(text));
  }

  private static void checkYear(int year) {
    // four digits, as the text form and RFC 3339 write a year: no sign, no fifth digit
    Checks.check(year >= 0 && year <= MAX_YEAR, FIELD, "a year is 0000 to 9999, was %s", year);
  }

  /** How much of the date is known. */
  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** The year, 0 to 9999. */
  public int year() {
    return year;
  }

  /** The month, 1 to 12, at {@link Precision#MONTH} or {@link Precision#DAY}; empty for a year alone. */
  public OptionalInt month() {
    return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /** The day of the month, at {@link Precision#DAY} only. */
  public OptionalInt day() {
    return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /** The date, at {@link Precision#DAY} only: a year or a month is not a day, so it gives none. */
  public Optional<LocalDate> toLocalDate() {
    return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
  }

  /** The first day covered: January 1 of a year, the first of a month, or the day itself. */
  public LocalDate first() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /** The last day covered: December 31 of a year, the last of a month (February 29 in a leap year), or the day itself. */
  public LocalDate last() {
    if (month == 0) {
      return LocalDate.of(year, 12, 31);
    }
    return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
  }

  /** Whether {@code date} is one of the days covered, from {@link #first()} to {@link #last()}. */
  public boolean contains(LocalDate date) {
    return date.getYear() == year
        && (month == 0 || date.getMonthValue() == month)
        && (day == 0 || date.getDayOfMonth() == day);
  }

  /** By {@link #first()} day, then from the coarsest precision to the finest ({@code 2023 < 2023-01 < 2023-01-01}). */
  @Override
  public int compareTo(PartialDate other) {
    int byFirst = first().compareTo(other.first());
    return byFirst != 0 ? byFirst : precision().compareTo(other.precision());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PartialDate
        && year == ((PartialDate) o).year
        && month == ((PartialDate) o).month
        && day == ((PartialDate) o).day;
  }

  @Override
  public int hashCode() {
    return (year * 13 + month) * 32 + day;
  }

  /** The ISO 8601 text {@link #parse} reads: {@code 2023}, {@code 2023-06} or {@code 2023-09-27}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(10);
    pad(text, year, 4);
    if (month != 0) {
      pad(text.append('-'), month, 2);
    }
    if (day != 0) {
      pad(text.append('-'), day, 2);
    }
    return text.toString();
  }

  private static void pad(StringBuilder text, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    text.append(digits);
  }
}
