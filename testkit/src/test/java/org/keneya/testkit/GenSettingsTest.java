package org.keneya.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keneya.core.kind.KindRegistry;
import org.keneya.testkit.library.Library;

class GenSettingsTest {

  @Test
  void theDefaultsHaveNoRegistryAndSayHowToGiveOne() {
    assertEquals(Optional.empty(), GenSettings.defaults().registryIfSet());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> GenSettings.defaults().registry());
    assertTrue(e.getMessage().contains("GenSettings.of(registry)"), e.getMessage());
    assertTrue(e.getMessage().contains("@Settings"), e.getMessage());
  }

  @Test
  void datasetsEntitiesAndCodesNeedARegistryAndFailAtOnceWithout() {
    assertThrows(IllegalStateException.class, () -> KeneyaGens.datasets(GenSettings.defaults()));
    assertThrows(IllegalStateException.class, () -> KeneyaGens.entities(Library.LOAN, GenSettings.defaults()));
    assertThrows(IllegalStateException.class, () -> KeneyaGens.codes(Library.TIER, GenSettings.defaults()));
  }

  @Test
  void coreValuesNeedNone() {
    KeneyaGens.money().sample(1L);
    KeneyaGens.localizedTexts().sample(1L);
    KeneyaGens.deadlines().sample(1L);
  }

  @Test
  void ofIsTheDefaultsWithTheRegistry() {
    KindRegistry registry = Library.registry();
    GenSettings settings = GenSettings.of(registry);
    assertEquals(registry, settings.registry());
    assertEquals(GenSettings.defaults().languages(), settings.languages());
    assertEquals(registry, GenSettings.defaults().withLanguages("en").withRegistry(registry).registry());
    assertEquals(registry, settings.withCurrency("EUR").registry()); // kept by every with…
    assertTrue(KeneyaGens.codes(Library.TIER, settings).sample(3L).value().length() > 0);
  }
}
