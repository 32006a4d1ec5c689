package org.keneya.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.keneya.core.error.InvalidValueException;

class MoneyTest {

  @Test
  void xofHasNoMinorUnit() {
    assertEquals("1140657000 XOF", Money.of("1140657000", "XOF").toString());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.of("12.5", "XOF"));
    assertEquals("Money.amount: 12.5 is finer than the minor unit of XOF (0 decimals)", e.getMessage());
  }

  @Test
  void amountsAreBroughtToTheCurrencyScaleWithoutRounding() {
    assertEquals(new BigDecimal("100.00"), Money.of("100", "EUR").amount());
    assertEquals(Money.of("100.00", "EUR"), Money.of("1E+2", "EUR"));
    assertEquals(Money.of("12.0", "XOF"), Money.of(12, "XOF"));
  }

  @Test
  void largeAmountsStayExact() {
    Money big = Money.of("1000000000000000", "XOF");
    assertEquals("1000000000000001 XOF", big.plus(Money.of(1, "XOF")).toString());
    assertEquals(
        "9007199254740993 XOF", Money.of("9007199254740992", "XOF").plus(Money.of(1, "XOF")).toString());
  }

  @Test
  void arithmeticRefusesToMixCurrencies() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Money.of(1, "XOF").plus(Money.of(1, "EUR")));
    assertEquals("Money.currency: cannot combine XOF with EUR", e.getMessage());
    assertThrows(InvalidValueException.class, () -> Money.of(1, "XOF").compareTo(Money.of(1, "EUR")));
  }

  @Test
  void minusAndNegateKeepTheCurrency() {
    assertEquals(Money.of(-936_000, "XOF"), Money.of(1_139_721_000, "XOF").minus(Money.of(1_140_657_000, "XOF")));
    assertEquals(Money.of(5, "XOF"), Money.of(-5, "XOF").negate());
  }

  @Test
  void refusesUnknownCurrenciesAndBadNumbers() {
    assertEquals("Money.currency: not an ISO 4217 currency code: \"FCFA\"",
        assertThrows(InvalidValueException.class, () -> Money.of("1", "FCFA")).getMessage());
    assertEquals("Money.amount: not a valid decimal: \"1 140 657 000\"",
        assertThrows(InvalidValueException.class, () -> Money.of("1 140 657 000", "XOF")).getMessage());
  }

  @Test
  void aHugeExponentIsRefusedNotExpanded() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.of("1e2147483647", "XOF"));
    assertEquals("Money.amount", e.place().toString());
    assertThrows(InvalidValueException.class, () -> Money.of("1E+999999999", "XOF"));
    assertThrows(InvalidValueException.class, () -> Money.of(new BigDecimal("1E+999999999"), Money.currency("XXX")));
  }

  @Test
  void scientificNotationIsHeldInPlainForm() {
    assertEquals(Money.of(100, "XOF"), Money.of("1E+2", "XOF"));
    assertEquals(Money.of(100, "XXX"), Money.of("1E+2", "XXX"), "a currency without a minor unit too");
  }
}
