package org.keneya.fuzz;

import java.io.ByteArrayInputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.keneya.model.testkit.HealthGens;
import org.keneya.testkit.KindLaws;

/**
 * The laws of kinds ({@link KindLaws}) on every kind of this module's registry — the health kinds,
 * core's document and the examples' indicator — with the JSON and CSV round trips that
 * model-testkit, which has no codec, cannot check: over the hand-tuned health datasets, one line
 * per codec.
 */
class HealthKindLawsTest {

  @TestFactory
  Stream<DynamicTest> everyHealthKindObeysTheLawsThroughJsonAndCsv() {
    return Codecs.REGISTRY.kinds().stream().map(kind -> DynamicTest.dynamicTest(kind.name(), () ->
        KindLaws.of(Codecs.REGISTRY, kind)
            .datasets(HealthGens.datasets(Codecs.REGISTRY))
            .roundTrips("json", Codecs::json, Codecs.JSON::fromBytes)
            .roundTrips("csv zip", d -> Codecs.zip(Codecs.CSV, d), bytes -> Codecs.CSV.readZip(new ByteArrayInputStream(bytes)))
            .noWarnings()
            .tries(50)
            .check()));
  }
}
