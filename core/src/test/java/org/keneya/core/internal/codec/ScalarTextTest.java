package org.keneya.core.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.Money;
import org.keneya.core.value.Ref;

class ScalarTextTest {
  @SuppressWarnings("unchecked")
  private static ScalarType<Object> untyped(ScalarType<?> type) {
    return (ScalarType<Object>) type;
  }

  @Test
  void everyScalarIsItsCanonicalTextAndReadsBack() {
    List<Object[]> cases = List.of(
        new Object[] {ValueType.string(), "l’été, \"cité\"", "l’été, \"cité\""},
        new Object[] {ValueType.bool(), true, "true"},
        new Object[] {ValueType.integer(), -12, "-12"},
        new Object[] {ValueType.decimal(), new BigDecimal("1500.50"), "1500.50"},
        new Object[] {ValueType.date(), LocalDate.of(2018, 12, 31), "2018-12-31"},
        new Object[] {ValueType.period(), Period.ofMonths(6), "P6M"},
        new Object[] {ValueType.id(), Id.of("prodess-ct-2017.r3"), "prodess-ct-2017.r3"},
        new Object[] {ValueType.currency(), Money.currency("XOF"), "XOF"},
        new Object[] {ValueType.code("status"), Code.of("done"), "done"},
        new Object[] {ValueType.ref("actor"), Ref.of("actor", "dns"), "dns"});
    for (Object[] c : cases) {
      ScalarType<Object> type = untyped((ScalarType<?>) c[0]);
      assertEquals(c[2], ScalarText.format(type, c[1]), type.describe());
      assertEquals(c[1], ScalarText.parse(type, (String) c[2], ReadLimits.defaults(), ScalarText.referenceCache(type)),
          type.describe());
    }
  }

  @Test
  void aDecimalIsReadInItsNormalFormAndTextIsHeldToTheLimits() {
    ScalarType<Object> decimal = untyped(ValueType.decimal());
    assertEquals(new BigDecimal("100"), ScalarText.parse(decimal, "1E+2", ReadLimits.defaults(), null));
    ReadLimits strict = ReadLimits.builder().maxNumberLength(5).maxTextLength(3).build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ScalarText.parse(decimal, "1234567890", strict, null));
    assertTrue(e.getMessage().contains("maxNumberLength"), e.getMessage());
    e = assertThrows(InvalidValueException.class,
        () -> ScalarText.parse(untyped(ValueType.integer()), "1".repeat(20), strict, null));
    assertTrue(e.getMessage().contains("maxNumberLength"), e.getMessage());
    e = assertThrows(InvalidValueException.class, () -> ScalarText.parse(untyped(ValueType.string()), "abcd", strict, null));
    assertTrue(e.getMessage().contains("maxTextLength"), e.getMessage());
  }

  @Test
  void aReferenceReadTwiceThroughTheCacheIsParsedOnce() {
    ScalarType<Object> ref = untyped(ValueType.ref("actor"));
    ReferenceCache cache = ScalarText.referenceCache(ref);
    Object first = ScalarText.parse(ref, "dgs", ReadLimits.defaults(), cache);
    assertSame(first, ScalarText.parse(ref, "dgs", ReadLimits.defaults(), cache));
  }

  @Test
  void aDateIsWrittenIntoCharactersAsToStringWritesItOrLeftToToStringOutsideFourDigitYears() {
    char[] c = new char[10];
    for (LocalDate date : List.of(LocalDate.of(2018, 12, 31), LocalDate.of(7, 1, 2), LocalDate.of(9999, 9, 9), LocalDate.of(0, 1, 1))) {
      assertTrue(ScalarText.isoDate(date, c));
      assertEquals(date.toString(), new String(c));
    }
    assertFalse(ScalarText.isoDate(LocalDate.of(10_000, 1, 1), c));
    assertFalse(ScalarText.isoDate(LocalDate.of(-1, 1, 1), c));
  }
}
