package org.keneya.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.keneya.core.error.InvalidValueException;

class DecimalsTest {

  @Test
  void aNegativeScaleBecomesScaleZero() {
    BigDecimal normal = Decimals.normalize("x", new BigDecimal("1E+2"));
    assertEquals(new BigDecimal("100"), normal);
    assertEquals(0, normal.scale());
  }

  @Test
  void aNormalDecimalIsReturnedAsItIs() {
    BigDecimal stated = new BigDecimal("52.50");
    assertSame(stated, Decimals.normalize("x", stated));
  }

  @Test
  void countsPlainDigitsWithoutExpanding() {
    assertEquals(4, Decimals.plainDigits(new BigDecimal("0.001")));
    assertEquals(401, Decimals.plainDigits(new BigDecimal("1E+400")));
    assertEquals(2_147_483_648L, Decimals.plainDigits(new BigDecimal("1E+2147483647")));
    assertEquals(5, Decimals.plainDigits(new BigDecimal("-123.45")));
  }

  @Test
  void refusesAHugeExponentQuicklyNamingTheField() {
    InvalidValueException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
        assertThrows(InvalidValueException.class, () -> Decimals.normalize("Money.amount", new BigDecimal("1e2147483647"))));
    assertEquals("Money.amount", e.place().toString());
    assertThrows(InvalidValueException.class, () -> Decimals.parse("x", "1E+999999999"));
    assertThrows(InvalidValueException.class, () -> Decimals.parse("x", "1e-2147483647"));
  }

  @Test
  void refusesAMillionDigitsWithoutParsingThem() {
    String million = "1".repeat(1_000_000);
    InvalidValueException e = assertTimeoutPreemptively(Duration.ofSeconds(1), () ->
        assertThrows(InvalidValueException.class, () -> Decimals.parse("decimal", million)));
    assertTrue(e.getMessage().length() < 300, e.getMessage());
  }

  @Test
  void parsesScientificNotationToTheNormalForm() {
    assertEquals(new BigDecimal("100"), Decimals.parse("x", "1E+2"));
    assertThrows(InvalidValueException.class, () -> Decimals.parse("x", "0,5"));
  }
}
