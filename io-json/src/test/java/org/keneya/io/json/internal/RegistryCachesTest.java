package org.keneya.io.json.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.testdomain.Observatory;

/**
 * The JSON codecs' caches are kept by the registry (or the codec), never in a static map: the
 * codecs and streams of one registry share one writer and one set of name matchers, two registries
 * of the same kinds share nothing, and a writer made with the switch off specializes nothing.
 */
class RegistryCachesTest {
  @Test
  void oneRegistryKeepsOneWriterPerSwitchAndTwoRegistriesShareNone() {
    KindRegistry one = Observatory.registry();
    KindRegistry other = Observatory.registry(); // the same kinds, by name, in another registry
    assertSame(DatasetJson.writer(one, true), DatasetJson.writer(one, true));
    assertNotSame(DatasetJson.writer(one, true), DatasetJson.writer(one, false));
    assertNotSame(DatasetJson.writer(one, true), DatasetJson.writer(other, true));
  }

  @Test
  void aWriterWithTheSwitchOffSpecializesNoType() {
    KindRegistry registry = Observatory.registry();
    ValueWriter on = DatasetJson.writer(registry, true);
    ValueWriter off = DatasetJson.writer(registry, false);
    for (EntityKind<?> kind : registry.kinds()) {
      assertFalse(off.isSpecialized(kind.struct()), kind.name());
      assertTrue(on.isSpecialized(kind.struct()), kind.name());
    }
  }

  @Test
  void nameMatchersAreKeptPerInstance() {
    NameMatchers one = new NameMatchers();
    NameMatchers other = new NameMatchers();
    EntityKind<?> kind = Observatory.registry().kinds().get(0);
    assertSame(one.of(kind.struct()), one.of(kind.struct()));
    assertNotSame(one.of(kind.struct()), other.of(kind.struct()));
  }
}
