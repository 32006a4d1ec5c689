package org.keneya.model.testkit.laws;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.keneya.core.kind.KindRegistry;
import org.keneya.model.testkit.HealthGens;
import org.keneya.model.testkit.plugin.Target;
import org.keneya.testkit.KindLaws;

/**
 * The laws of every kind ({@link KindLaws}: the description matches the type, an entity is rebuilt
 * from its property values, generated values are valid) on every health kind, core's document and a
 * user's own kind beside them ({@code Target}), over the hand-tuned health datasets (no warning
 * either) and over datasets derived from the descriptions alone (no error). The codec round trips are checked in {@code fuzz}, where the
 * codecs are on the class path.
 */
class HealthKindLawsTest {
  private static final KindRegistry REGISTRY = Target.REGISTRY;

  @TestFactory
  Stream<DynamicTest> everyKindObeysTheLawsOnHealthDatasets() {
    return REGISTRY.kinds().stream().map(kind -> DynamicTest.dynamicTest(kind.name(),
        () -> KindLaws.of(REGISTRY, kind).datasets(HealthGens.datasets(REGISTRY)).noWarnings().check()));
  }

  @TestFactory
  Stream<DynamicTest> everyKindObeysTheLawsOnDerivedDatasets() {
    return REGISTRY.kinds().stream().map(kind -> DynamicTest.dynamicTest(kind.name(),
        () -> KindLaws.check(REGISTRY, kind)));
  }
}
