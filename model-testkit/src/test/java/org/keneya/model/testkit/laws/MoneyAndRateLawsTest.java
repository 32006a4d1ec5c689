package org.keneya.model.testkit.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.keneya.core.value.Money;
import org.keneya.core.value.Rate;
import org.keneya.core.value.StatedRate;
import org.keneya.testkit.junit.Property;

/** The algebra of money and rates, as properties over generated values. */
class MoneyAndRateLawsTest {

  @Property(tries = 500)
  void moneyAdditionIsExact(Money a, Money b) {
    assertEquals(a.amount().add(b.amount()), a.plus(b).amount());
    assertEquals(a, a.plus(b).minus(b));
  }

  @Property(tries = 500)
  void moneyAdditionIsAssociativeAndCommutative(Money a, Money b, Money c) {
    assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
    assertEquals(a.plus(b), b.plus(a));
  }

  @Property(tries = 500)
  void ratesRoundAsDeclared(Rate rate) {
    BigDecimal exact = rate.numerator().multiply(BigDecimal.valueOf(100))
        .divide(rate.denominator(), new MathContext(60, RoundingMode.HALF_EVEN));
    for (int decimals = 0; decimals <= 3; decimals++) {
      BigDecimal up = rate.percent(decimals, RoundingMode.HALF_UP);
      BigDecimal down = rate.percent(decimals, RoundingMode.DOWN);
      assertEquals(decimals, up.scale());
      BigDecimal half = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
      assertTrue(up.subtract(exact).abs().compareTo(half) <= 0, () -> up + " is not within half a unit of " + exact);
      assertTrue(down.abs().compareTo(exact.abs()) <= 0, () -> down + " rounded away from zero from " + exact);
    }
  }

  @Property(tries = 500)
  void aStatedRateAgreesExactlyWhenItIsTheComputedFigureRoundedAlike(Rate rate) {
    StatedRate stated = StatedRate.builder().asWritten("x").percent(rate.percent(1, RoundingMode.HALF_UP))
        .decimals(1).build();
    assertTrue(rate.withStated(stated).agreesWithStated());
    StatedRate off = StatedRate.builder().asWritten("x")
        .percent(rate.percent(1, RoundingMode.HALF_UP).add(new BigDecimal("0.1"))).decimals(1).build();
    assertTrue(!rate.withStated(off).agreesWithStated());
  }
}
