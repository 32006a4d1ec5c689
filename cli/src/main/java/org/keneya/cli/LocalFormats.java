package org.keneya.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.PartialDate;
import org.keneya.core.value.Money;
import org.keneya.core.value.Rate;

/**
 * Numbers, amounts, rates, dates and periods as the report's language writes them, whatever the
 * default locale (so that the same data gives the same bytes on every machine): {@code 31 décembre
 * 2023}, {@code 1 140 657 000 FCFA}, {@code 51,71 %} in French; {@code 31 December 2023}, {@code XOF
 * 1,140,657,000}, {@code 51.71%} in English. The separators are {@link ReportLanguage}'s; the month
 * names and units are labels.
 */
final class LocalFormats {
  /** The code of the CFA franc of West Africa, which French writes FCFA. */
  private static final String XOF = "XOF";

  private final ReportLabels labels;
  private final ReportLanguage language;

  LocalFormats(ReportLabels labels) {
    this.labels = labels;
    this.language = labels.language();
  }

  /** A count: {@code 1 234}, {@code 1,234}. */
  String number(long n) {
    return number(BigDecimal.valueOf(n));
  }

  /** A decimal as written, grouped by thousands. */
  String number(BigDecimal value) {
    String plain = value.toPlainString();
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(language.grouping());
      }
      grouped.append(whole.charAt(i));
    }
    return (negative ? "-" : "") + grouped + (dot < 0 ? "" : language.decimal() + digits.substring(dot + 1));
  }

  /** An amount with its currency: {@code 1 140 657 000 FCFA}, {@code XOF 1,140,657,000}. */
  String money(Money money) {
    return money(money.amount(), money.currency());
  }

  /** {@code amount} in {@code currency}. */
  String money(BigDecimal amount, Currency currency) {
    String code = currency.getCurrencyCode();
    if (language == ReportLanguage.FR) {
      return number(amount) + ReportLanguage.NARROW_NO_BREAK_SPACE + (code.equals(XOF) ? "FCFA" : code);
    }
    return code + " " + number(amount);
  }

  /** A rate as a percentage with two decimals, rounded half even: {@code 51,71 %}. */
  String percent(Rate rate) {
    return percent(rate.percent(2, RoundingMode.HALF_EVEN));
  }

  /** A percentage as given: {@code -11 %}. */
  String percent(BigDecimal percent) {
    return number(percent) + language.beforePercent() + "%";
  }

  /** {@code part} of {@code whole} as a percentage; blank when the whole is 0. */
  String percent(long part, long whole) {
    return whole == 0 ? "" : percent(Rate.of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole)));
  }

  /** {@code 31 décembre 2023}, {@code 1er mai 2024}, {@code 31 December 2023}. */
  String date(LocalDate date) {
    return day(date) + " " + labels.month(date.getMonthValue()) + " " + date.getYear();
  }

  /** A date as precisely as it is known: {@code 27 septembre 2023}, {@code juin 2023}, {@code 2023}. */
  String date(PartialDate date) {
    switch (date.precision()) {
      case DAY:
        return date(date.first());
      case MONTH:
        return labels.month(date.first().getMonthValue()) + " " + date.year();
      default:
        return String.valueOf(date.year());
    }
  }

  /**
   * A span of days, the month and year written once when they are shared: {@code 30–31 mai 2017};
   * a span known to the month or the year as such: {@code 2014 – 2023}.
   */
  String dates(DateRange range) {
    if (range.from().precision() != PartialDate.Precision.DAY || range.to().precision() != PartialDate.Precision.DAY) {
      return range.from().equals(range.to()) ? date(range.from()) : date(range.from()) + " – " + date(range.to());
    }
    LocalDate start = range.start();
    LocalDate end = range.end();
    if (start.equals(end)) {
      return date(start);
    }
    if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
      return day(start) + "–" + date(end);
    }
    if (start.getYear() == end.getYear()) {
      return day(start) + " " + labels.month(start.getMonthValue()) + " – " + date(end);
    }
    return date(start) + " – " + date(end);
  }

  /** The first of the month is "1er" in French. */
  private String day(LocalDate date) {
    return date.getDayOfMonth() == 1 ? labels.get(ReportLabel.FIRST_DAY) : String.valueOf(date.getDayOfMonth());
  }

  /** {@code 6 mois}, {@code 1 year 6 months}, {@code 15 jours}. */
  String period(Period period) {
    List<String> parts = new ArrayList<>();
    part(parts, period.getYears(), ReportLabel.PERIOD_YEAR, ReportLabel.PERIOD_YEARS);
    part(parts, period.getMonths(), ReportLabel.PERIOD_MONTH, ReportLabel.PERIOD_MONTHS);
    part(parts, period.getDays(), ReportLabel.PERIOD_DAY, ReportLabel.PERIOD_DAYS);
    return parts.isEmpty() ? labels.get(ReportLabel.PERIOD_DAYS, 0) : String.join(" ", parts);
  }

  /** Adds {@code n} units of a period, singular or plural, unless there are none. */
  private void part(List<String> parts, int n, ReportLabel one, ReportLabel many) {
    if (n != 0) {
      parts.add(labels.get(Math.abs(n) == 1 ? one : many, number(n)));
    }
  }
}
