package org.keneya.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keneya.core.error.InvalidValueException;

class ValuesTest {

  @Test
  void localizedTextKeepsTextExactlyAndOrdersLanguages() {
    LocalizedText text = LocalizedText.of(Map.of("fr", "l’État « engagé »\nligne 2", "en", "the State"));
    assertEquals("[en, fr]", text.byLanguage().keySet().toString());
    assertEquals("l’État « engagé »\nligne 2", text.text());
    assertEquals("the State", text.get("en", "fr"));
    assertEquals("l’État « engagé »\nligne 2", text.get("bm", "fr"));
  }

  @Test
  void localizedTextRefusesBlankTextAndNonCanonicalTags() {
    assertEquals("LocalizedText.fr: must not be blank",
        assertThrows(InvalidValueException.class, () -> LocalizedText.fr("  ")).getMessage());
    assertThrows(InvalidValueException.class, () -> LocalizedText.of("FR", "x"));
    assertThrows(InvalidValueException.class, () -> LocalizedText.of("french", "x"));
    assertThrows(InvalidValueException.class, () -> LocalizedText.of(Map.of()));
  }

  @Test
  void dateRangeRefusesAnEndBeforeItsStart() {
    assertEquals("DateRange.end: 2023-12-25 is before start 2023-12-26",
        assertThrows(InvalidValueException.class,
            () -> DateRange.of(LocalDate.of(2023, 12, 26), LocalDate.of(2023, 12, 25))).getMessage());
    assertEquals("DateRange.end: 2023-06 is before start 2024",
        assertThrows(InvalidValueException.class,
            () -> DateRange.of(PartialDate.ofYear(2024), PartialDate.ofMonth(2023, 6))).getMessage());
  }

  @Test
  void dateRangeKeepsThePrecisionOfEachEnd() {
    DateRange plan = DateRange.years(2014, 2023);
    assertEquals("2014..2023", plan.toString());
    assertEquals(PartialDate.ofYear(2014), plan.from());
    assertEquals(LocalDate.of(2014, 1, 1), plan.start());
    assertEquals(LocalDate.of(2023, 12, 31), plan.end());
    assertTrue(plan.contains(LocalDate.of(2023, 12, 31)));
    assertFalse(plan.contains(LocalDate.of(2024, 1, 1)));
    // same days, another precision: not the same range
    assertNotEquals(DateRange.of(LocalDate.of(2014, 1, 1), LocalDate.of(2023, 12, 31)), plan);
    assertEquals("2023-12-26..2023-12-29", DateRange.of(LocalDate.of(2023, 12, 26), LocalDate.of(2023, 12, 29)).toString());
    assertEquals("2023-06..2024-02", DateRange.months(YearMonth.of(2023, 6), YearMonth.of(2024, 2)).toString());
    assertEquals(LocalDate.of(2024, 2, 29), DateRange.months(YearMonth.of(2023, 6), YearMonth.of(2024, 2)).end());
    assertEquals("2023-06..2023", DateRange.of(PartialDate.parse("2023-06"), PartialDate.parse("2023")).toString());
    assertEquals("2023..2023-06", DateRange.of(PartialDate.parse("2023"), PartialDate.parse("2023-06")).toString());
    assertEquals(DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1)), DateRange.day(LocalDate.of(2024, 3, 1)));
  }

  @Test
  void refsParseTheirOwnText() {
    Ref<?> ref = Ref.parse("event:review-2017");
    assertEquals(Ref.of("event", "review-2017"), ref);
    assertThrows(InvalidValueException.class, () -> Ref.parse("review-2017"));
    assertThrows(InvalidValueException.class, () -> Ref.of("Event", "x"));
  }

  @Test
  void provenanceRefersToADocument() {
    assertEquals(Ref.of("document", "hbhi-mali"), Provenance.of("hbhi-mali", "Pilier 1").document());
    assertThrows(InvalidValueException.class,
        () -> Provenance.of(Ref.of("person", "ada"), java.util.Optional.empty()));
  }

  @Test
  void codesAllowUppercase() {
    assertEquals("XOF", Code.of("XOF").value());
    assertThrows(InvalidValueException.class, () -> Code.of("in progress"));
  }
}
