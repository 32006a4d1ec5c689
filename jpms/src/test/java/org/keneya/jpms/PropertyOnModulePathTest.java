package org.keneya.jpms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.keneya.core.data.Dataset;
import org.keneya.model.Recommendation;
import org.keneya.testkit.junit.Property;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test kit's {@code @Property} runner in a named module: its parameters come from the {@code
 * GenProvider}s that org.keneya.testkit and org.keneya.model.testkit provide.
 */
class PropertyOnModulePathTest {
  private static final ModularUser USER = new ModularUser();
  private static final JsonMapper MAPPER = ModularUser.mapper();

  @Property(tries = 20)
  void generatedDatasetsSurviveJsonAndCsv(Dataset dataset) {
    assertTrue(getClass().getModule().isNamed());
    assertEquals(dataset, USER.jsonRoundTrip(dataset));
    assertEquals(dataset, USER.csvRoundTrip(dataset));
  }

  @Property(tries = 20)
  void generatedRecommendationsSurviveJackson(Recommendation recommendation) {
    // one entity alone: its references are not resolved, unlike a dataset's
    String json = MAPPER.writeValueAsString(recommendation);
    assertEquals(recommendation, MAPPER.readValue(json, Recommendation.class));
  }
}
