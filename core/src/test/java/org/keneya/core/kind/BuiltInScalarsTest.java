package org.keneya.core.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.value.PartialDate;

/** Core's defined scalars read what their schemas accept, refuse the rest, and write text that reads back equal. */
class BuiltInScalarsTest {
  @Test
  void eachReadsItsCanonicalTextAndWritesItBack() {
    assertRoundTrip(ValueType.uuid(), "123e4567-e89b-12d3-a456-426614174000");
    assertRoundTrip(ValueType.instant(), "2024-03-22T10:15:30Z");
    assertRoundTrip(ValueType.instant(), "0001-01-01T00:00:00.000000001Z");
    assertRoundTrip(ValueType.offsetDateTime(), "2024-03-22T10:15:30+02:00");
    assertRoundTrip(ValueType.offsetDateTime(), "2024-03-22T10:15:30.5-09:30");
    assertRoundTrip(ValueType.longInteger(), "-9223372036854775808");
    assertRoundTrip(ValueType.finiteDouble(), "1.0E-7");
    assertRoundTrip(ValueType.finiteDouble(), "-0.0");
    assertRoundTrip(ValueType.finiteDouble(), "1.7976931348623157E308");
    assertRoundTrip(ValueType.uri(), "https://example.org/a%20b?q=1#f");
    assertRoundTrip(ValueType.uri(), "urn:isbn:9780140424393");
    assertRoundTrip(ValueType.year(), "0042");
    assertRoundTrip(ValueType.partialDate(), "2023");
    assertRoundTrip(ValueType.partialDate(), "0000");
    assertRoundTrip(ValueType.partialDate(), "2023-06");
    assertRoundTrip(ValueType.partialDate(), "2024-02-29");
    assertRoundTrip(ValueType.partialDate(), "9999-12-31");
  }

  @Test
  void otherSpellingsOfTheSameValueReadEqual() {
    assertEquals(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), ValueType.uuid().parse("123E4567-E89B-12D3-A456-426614174000"));
    assertEquals(1.0E10, ValueType.finiteDouble().parse("1e10"));
    assertEquals(OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), ValueType.offsetDateTime().parse("2024-01-01T00:00:00+00:00"));
  }

  @Test
  void textItsSchemaWouldRefuseIsRefused() {
    assertRefused(ValueType.uuid(), "1-1-1-1-1", "{123e4567-e89b-12d3-a456-426614174000}");
    assertRefused(ValueType.instant(), "2024-03-22T10:15:30+01:00", "2024-03-22T10:15Z", "+10000-01-01T00:00:00Z", "2024-02-30T00:00:00Z");
    assertRefused(ValueType.offsetDateTime(), "2024-03-22T10:15:30", "2024-03-22T10:15:30+01:00:30");
    assertRefused(ValueType.longInteger(), "9223372036854775808", "1.0", "+1", "01", "");
    assertRefused(ValueType.finiteDouble(), "NaN", "Infinity", "1e400", "0x1p3", "1d", ".5", "1.");
    assertRefused(ValueType.uri(), "relative/path", "https://example.org/é", "http://exa mple.org");
    assertRefused(ValueType.year(), "24", "-2024", "12024");
    assertRefused(ValueType.partialDate(), "", "23", "2023-6", "2023-13", "2023-00", "2023-02-29", "2023-06-00", "+2023", "-2023",
        "12023", "2023-06-01T00:00", "2023-W01", "2023-001", "2023/06", " 2023", "２０２３");
  }

  @Test
  void aRefusalNamesTheScalarAndQuotesTheText() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ValueType.finiteDouble().parse("1e400"));
    assertEquals("double: not a valid double: \"1e400\"", e.getMessage());
  }

  @Test
  void generatedValuesReadBackEqualFromTheirText() {
    SplittableRandom random = new SplittableRandom(7);
    for (ScalarType<?> type : List.of(ValueType.uuid(), ValueType.instant(), ValueType.offsetDateTime(), ValueType.longInteger(),
        ValueType.finiteDouble(), ValueType.uri(), ValueType.year(), ValueType.partialDate())) {
      for (int i = 0; i < 500; i++) {
        assertGeneratedRoundTrip(type, random);
      }
    }
  }

  @Test
  void aPartialDateIsAStringOfItsPatternInBothSchemasAndEachPrecisionIsGenerated() {
    ScalarType<PartialDate> type = ValueType.partialDate();
    assertEquals("partial-date", type.describe());
    assertEquals(ScalarType.Token.STRING, type.token());
    assertEquals("string", type.tableSchemaType());
    assertEquals(Optional.empty(), type.tableSchemaFormat());
    assertEquals(Optional.empty(), type.jsonSchemaFormat());
    assertEquals(Optional.of("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"), type.pattern());
    assertEquals("PartialDate: no day 29 in 2023-02: \"2023-02-29\"",
        assertThrows(InvalidValueException.class, () -> type.parse("2023-02-29")).getMessage());
    SplittableRandom random = new SplittableRandom(11);
    Set<PartialDate.Precision> seen = EnumSet.noneOf(PartialDate.Precision.class);
    for (int i = 0; i < 100; i++) {
      seen.add(type.generator().orElseThrow().apply(random).precision());
    }
    assertEquals(EnumSet.allOf(PartialDate.Precision.class), seen);
  }

  @Test
  void aUsersScalarChecksItsPatternBeforeItsParserAndRefusesANullResult() {
    ScalarType<String> gtin = ScalarType.builder("gtin", String.class).pattern("[0-9]{13}").parse(t -> t.startsWith("0") ? null : t)
        .format(t -> t).build();
    assertEquals("4006381333931", gtin.parse("4006381333931"));
    assertTrue(assertThrows(InvalidValueException.class, () -> gtin.parse("400638133393")).getMessage().contains("[0-9]{13}"));
    assertTrue(assertThrows(InvalidValueException.class, () -> gtin.parse("0006381333931")).getMessage().contains("no value"));
    assertEquals(ScalarType.Scalar.DEFINED, gtin.scalar());
    assertEquals("string", gtin.tableSchemaType());
  }

  private static <V> void assertGeneratedRoundTrip(ScalarType<V> type, SplittableRandom random) {
    V value = type.generator().orElseThrow().apply(random);
    assertEquals(value, type.parse(type.format(value)), type + " " + value);
  }

  private static <V> void assertRoundTrip(ScalarType<V> type, String text) {
    assertEquals(text, type.format(type.parse(text)), type.describe());
  }

  private static void assertRefused(ScalarType<?> type, String... texts) {
    for (String text : texts) {
      assertThrows(InvalidValueException.class, () -> type.parse(text), type + " " + text);
    }
  }

}
