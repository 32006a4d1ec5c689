package org.keneya.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Money;
import org.keneya.core.value.PartialDate;
import org.keneya.core.value.Rate;

/** Dates, figures, amounts, rates and periods as each language writes them, whatever the default locale. */
class LocalFormatsTest {
  private static final LocalFormats FR = new LocalFormats(ReportLabels.of(ReportLanguage.FR));
  private static final LocalFormats EN = new LocalFormats(ReportLabels.of(ReportLanguage.EN));
  /** The narrow no-break space French groups thousands with. */
  private static final String S = "\u202F";

  @Test
  void dates() {
    assertEquals("31 décembre 2023", FR.date(LocalDate.of(2023, 12, 31)));
    assertEquals("1er mai 2024", FR.date(LocalDate.of(2024, 5, 1)));
    assertEquals("31 December 2023", EN.date(LocalDate.of(2023, 12, 31)));
    assertEquals("1 May 2024", EN.date(LocalDate.of(2024, 5, 1)));
  }

  @Test
  void spansOfDaysWriteTheSharedMonthAndYearOnce() {
    assertEquals("30–31 mai 2017", FR.dates(DateRange.of(LocalDate.of(2017, 5, 30), LocalDate.of(2017, 5, 31))));
    assertEquals("28 février – 4 mars 2022", FR.dates(DateRange.of(LocalDate.of(2022, 2, 28), LocalDate.of(2022, 3, 4))));
    assertEquals("26 December 2023 – 2 January 2024",
        EN.dates(DateRange.of(LocalDate.of(2023, 12, 26), LocalDate.of(2024, 1, 2))));
    assertEquals("22 March 2024", EN.dates(DateRange.day(LocalDate.of(2024, 3, 22))));
  }

  @Test
  void datesKnownToTheMonthOrTheYearAreWrittenSo() {
    assertEquals("juin 2023", FR.date(PartialDate.ofMonth(2023, 6)));
    assertEquals("June 2023", EN.date(PartialDate.ofMonth(2023, 6)));
    assertEquals("27 septembre 2023", FR.date(PartialDate.parse("2023-09-27")));
    assertEquals("2014 – 2023", FR.dates(DateRange.years(2014, 2023)));
    assertEquals("2024", EN.dates(DateRange.years(2024, 2024)));
  }

  @Test
  void figuresAmountsAndRates() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY); // a decimal comma and a dot between thousands: not used
    try {
      assertEquals("1" + S + "140" + S + "657" + S + "000" + S + "FCFA", FR.money(Money.of(1_140_657_000L, "XOF")));
      assertEquals("XOF 1,140,657,000", EN.money(Money.of(1_140_657_000L, "XOF")));
      assertEquals("2" + S + "500,50" + S + "EUR", FR.money(Money.of("2500.5", "EUR")));
      assertEquals("-0,08" + S + "%", FR.percent(new BigDecimal("-0.08")));
      assertEquals("51.71%", EN.percent(Rate.of(BigDecimal.valueOf(51_706), BigDecimal.valueOf(100_000))));
      assertEquals("999", FR.number(999));
      assertEquals("1,000", EN.number(1000));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void periods() {
    assertEquals("6 mois", FR.period(Period.ofMonths(6)));
    assertEquals("1 an 6 mois", FR.period(Period.of(1, 6, 0)));
    assertEquals("1 year 6 months", EN.period(Period.of(1, 6, 0)));
    assertEquals("15 days", EN.period(Period.ofDays(15)));
  }
}
