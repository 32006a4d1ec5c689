package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.keneya.core.data.Dataset;
import org.keneya.core.value.Money;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Recommendation;
import org.keneya.model.testkit.FixedFramework;
import org.keneya.model.testkit.HealthGens;
import org.keneya.testkit.junit.Property;

/**
 * What a test author in another project writes: only the testkit's public API, parameters resolved
 * by type, no configuration.
 */
class ConsumerPropertiesTest {

  @Property(tries = 100)
  void generatedDatasetsAreValid(Dataset d) {
    assertTrue(d.validate().isValid(), () -> d.validate().toString());
  }

  @Property(tries = 200)
  void everyRecommendationHasAStatementAndKnownType(Recommendation r) {
    assertTrue(HealthCodelists.RECOMMENDATION_TYPES.contains(r.type()));
    assertTrue(!r.statement().text().isBlank());
  }

  @Property(tries = 200)
  void moneyRoundTripsThroughItsText(Money m) {
    assertEquals(m, Money.of(m.amount().toPlainString(), m.currency().getCurrencyCode()));
  }

  @org.junit.jupiter.api.Test
  void generatorsCanBeUsedWithoutTheRunner() {
    Dataset d = HealthGens.datasets().withFramework(FixedFramework.hbhi()).sample(123L);
    assertTrue(d.validate().isValid());
  }
}
