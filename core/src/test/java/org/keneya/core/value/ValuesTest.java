package org.keneya.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
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
    assertEquals("2014-01-01..2023-12-31", DateRange.years(2014, 2023).toString());
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
