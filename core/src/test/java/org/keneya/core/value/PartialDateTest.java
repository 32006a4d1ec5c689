package org.keneya.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.keneya.core.error.InvalidValueException;

/** A partial date keeps its precision, reads and writes the ISO 8601 reduced forms, and covers the days it says. */
class PartialDateTest {
  @Test
  void readsAndWritesTheReducedFormOfItsPrecision() {
    for (String text : List.of("2023", "0000", "9999", "2023-06", "2023-09-27", "2024-02-29", "0001-01-01")) {
      assertEquals(text, PartialDate.parse(text).toString());
    }
    assertEquals(PartialDate.Precision.YEAR, PartialDate.parse("2023").precision());
    assertEquals(PartialDate.Precision.MONTH, PartialDate.parse("2023-06").precision());
    assertEquals(PartialDate.Precision.DAY, PartialDate.parse("2023-09-27").precision());
    assertEquals(PartialDate.ofYear(2023), PartialDate.parse("2023"));
    assertEquals(PartialDate.ofMonth(2023, 6), PartialDate.parse("2023-06"));
    assertEquals(PartialDate.of(YearMonth.of(2023, 6)), PartialDate.parse("2023-06"));
    assertEquals(PartialDate.of(LocalDate.of(2023, 9, 27)), PartialDate.parse("2023-09-27"));
    assertEquals("0042", PartialDate.ofYear(42).toString());
  }

  @Test
  void givesItsPartsAndADateOnlyAtDayPrecision() {
    PartialDate month = PartialDate.parse("2023-06");
    assertEquals(2023, month.year());
    assertEquals(OptionalInt.of(6), month.month());
    assertEquals(OptionalInt.empty(), month.day());
    assertEquals(Optional.empty(), month.toLocalDate());
    assertEquals(OptionalInt.empty(), PartialDate.ofYear(2023).month());
    PartialDate day = PartialDate.parse("2023-09-27");
    assertEquals(OptionalInt.of(27), day.day());
    assertEquals(Optional.of(LocalDate.of(2023, 9, 27)), day.toLocalDate());
  }

  @Test
  void refusesAnythingButTheThreeFormsWithAClearMessage() {
    for (String text : List.of("", "23", "023", "2023-6", "2023-6-1", "2023-13", "2023-00", "2023-02-29", "2023-04-31",
        "2023-06-00", "+2023", "-2023", "12023", "2023-06-01T00:00", "2023-W01", "2023-001", "2023/06", "2023-06-", " 2023",
        "20a3", "٢٠٢٣")) {
      assertThrows(InvalidValueException.class, () -> PartialDate.parse(text), text);
    }
    assertEquals("PartialDate: not a year (yyyy), a month (yyyy-mm) or a date (yyyy-mm-dd): \"2023-6\"",
        assertThrows(InvalidValueException.class, () -> PartialDate.parse("2023-6")).getMessage());
    assertEquals("PartialDate: no month 13: \"2023-13\"",
        assertThrows(InvalidValueException.class, () -> PartialDate.parse("2023-13")).getMessage());
    assertEquals("PartialDate: is required", assertThrows(InvalidValueException.class, () -> PartialDate.parse(null)).getMessage());
    assertEquals("PartialDate: a year is 0000 to 9999, was 10000",
        assertThrows(InvalidValueException.class, () -> PartialDate.ofYear(10_000)).getMessage());
    assertThrows(InvalidValueException.class, () -> PartialDate.ofYear(-1));
    assertThrows(InvalidValueException.class, () -> PartialDate.ofMonth(2023, 0));
    assertThrows(InvalidValueException.class, () -> PartialDate.of(LocalDate.of(10_000, 1, 1)));
  }

  @Test
  void coversItsFirstToItsLastDay() {
    assertEquals(LocalDate.of(2024, 2, 1), PartialDate.parse("2024-02").first());
    assertEquals(LocalDate.of(2024, 2, 29), PartialDate.parse("2024-02").last());
    assertEquals(LocalDate.of(2023, 2, 28), PartialDate.parse("2023-02").last());
    assertEquals(LocalDate.of(1900, 2, 28), PartialDate.parse("1900-02").last()); // not a leap year
    assertEquals(LocalDate.of(2000, 2, 29), PartialDate.parse("2000-02").last()); // a leap year
    assertEquals(LocalDate.of(2023, 1, 1), PartialDate.ofYear(2023).first());
    assertEquals(LocalDate.of(2023, 12, 31), PartialDate.ofYear(2023).last());
    assertEquals(LocalDate.of(2023, 9, 27), PartialDate.parse("2023-09-27").first());
    assertEquals(LocalDate.of(2023, 9, 27), PartialDate.parse("2023-09-27").last());
    assertTrue(PartialDate.ofYear(2023).contains(LocalDate.of(2023, 12, 31)));
    assertFalse(PartialDate.ofYear(2023).contains(LocalDate.of(2024, 1, 1)));
    assertTrue(PartialDate.parse("2024-02").contains(LocalDate.of(2024, 2, 29)));
    assertFalse(PartialDate.parse("2024-02").contains(LocalDate.of(2024, 3, 1)));
    assertTrue(PartialDate.parse("2023-09-27").contains(LocalDate.of(2023, 9, 27)));
    assertFalse(PartialDate.parse("2023-09-27").contains(LocalDate.of(2023, 9, 28)));
  }

  @Test
  void ordersByFirstDayThenFromTheCoarsestPrecision() {
    List<PartialDate> sorted = List.of("2022-12-31", "2023", "2023-01", "2023-01-01", "2023-01-02", "2023-02", "2024")
        .stream().map(PartialDate::parse).toList();
    List<PartialDate> shuffled = new ArrayList<>(sorted);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertEquals(sorted, shuffled);
    assertEquals(0, PartialDate.parse("2023-06").compareTo(PartialDate.ofMonth(2023, 6)));
  }

  @Test
  void isEqualOnlyAtTheSamePrecision() {
    assertEquals(PartialDate.parse("2023"), PartialDate.ofYear(2023));
    assertEquals(PartialDate.parse("2023").hashCode(), PartialDate.ofYear(2023).hashCode());
    assertNotEquals(PartialDate.parse("2023"), PartialDate.parse("2023-01"));
    assertNotEquals(PartialDate.parse("2023-01"), PartialDate.parse("2023-01-01"));
  }
}
