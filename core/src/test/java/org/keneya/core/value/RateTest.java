package org.keneya.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keneya.core.error.InvalidValueException;

class RateTest {

  @Test
  void keepsNumeratorAndDenominatorAndComputesExactPercentages() {
    Rate rate = Rate.of(Money.of(589_779_041, "XOF"), Money.of(1_140_657_000, "XOF"));
    assertEquals(new BigDecimal("589779041"), rate.numerator());
    assertEquals(new BigDecimal("1140657000"), rate.denominator());
    assertEquals(new BigDecimal("51.71"), rate.percent(2, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("0.517052"), rate.ratio(6, RoundingMode.HALF_UP));
  }

  @Test
  void roundingIsExplicit() {
    Rate half = Rate.of(new BigDecimal("1"), new BigDecimal("8")); // 12.5 %
    assertEquals(new BigDecimal("13"), half.percent(0, RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("12"), half.percent(0, RoundingMode.HALF_EVEN));
    assertEquals(new BigDecimal("12"), half.percent(0, RoundingMode.DOWN));
  }

  @Test
  void comparesWithTheStatedFigureAfterTheStatedRounding() {
    Rate rate = Rate.of(Money.of(589_779_041, "XOF"), Money.of(1_140_657_000, "XOF"));
    assertTrue(rate.withStated(StatedRate.of("soit 52%", "52")).agreesWithStated());
    assertFalse(rate.withStated(StatedRate.of("51%", "51")).agreesWithStated());
    assertEquals(Optional.of(new BigDecimal("51.7")), rate.withStated(StatedRate.of("51,7 %", "51.7")).computedAsStated());
    assertTrue(rate.agreesWithStated(), "no stated figure, nothing to disagree with");
  }

  @Test
  void changeIsRelativeToTheEarlierAmount() {
    Rate variation = Rate.change(Money.of(1_140_657_000, "XOF"), Money.of(1_139_721_000, "XOF"));
    assertEquals(new BigDecimal("-936000"), variation.numerator());
    assertEquals(new BigDecimal("-0.0821"), variation.percent(4, RoundingMode.HALF_UP));
  }

  @Test
  void refusesAZeroDenominatorAndMixedCurrencies() {
    assertEquals("Rate.denominator: must not be zero",
        assertThrows(InvalidValueException.class, () -> Rate.of(BigDecimal.ONE, BigDecimal.ZERO)).getMessage());
    assertThrows(InvalidValueException.class, () -> Rate.of(Money.of(1, "XOF"), Money.of(1, "EUR")));
  }

  @Test
  void statedRateRefusesAFigureFinerThanItsRounding() {
    InvalidValueException e = assertThrows(
        InvalidValueException.class,
        () -> StatedRate.builder().asWritten("51.7%").percent(new BigDecimal("51.7")).decimals(0).build());
    assertEquals("StatedRate.percent: 51.7 has more decimals than the stated rounding (0)", e.getMessage());
    assertThrows(InvalidValueException.class, () -> StatedRate.of(" ", "52"));
  }

  @Test
  void termsAndStatedFiguresAreKeptInTheirNormalFormSoEqualsHoldsAfterARoundTrip() {
    assertEquals(Rate.of(new BigDecimal("100"), new BigDecimal("3")), Rate.of(new BigDecimal("1E+2"), new BigDecimal("3")));
    StatedRate scientific = StatedRate.of("100 %", "1E+2");
    assertEquals(StatedRate.of("100 %", "100"), scientific);
    assertEquals(0, scientific.percent().scale());
    assertEquals(new BigDecimal("52.50"), StatedRate.of("52,50 %", "52.50").percent(), "trailing zeros stay");
  }

  @Test
  void aHugeExponentIsRefusedNotExpanded() {
    InvalidValueException percent = assertThrows(InvalidValueException.class, () -> StatedRate.of("x", "1E+10000"));
    assertEquals("StatedRate.percent", percent.place().toString());
    assertThrows(InvalidValueException.class, () -> StatedRate.of("x", "1e2147483647"));
    InvalidValueException rate = assertThrows(InvalidValueException.class,
        () -> Rate.of(new BigDecimal("1e2147483647"), BigDecimal.ONE));
    assertEquals("Rate.numerator", rate.place().toString());
  }
}
