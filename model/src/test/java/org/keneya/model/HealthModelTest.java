package org.keneya.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.Property;
import org.keneya.core.validation.Violation;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;

class HealthModelTest {
  private static final KindRegistry REGISTRY = KindRegistry.load();

  @Test
  void serviceLoaderFindsCoreTheHealthModelAndAUsersKind() {
    assertEquals(
        List.of("indicator", "document", "actor", "framework", "pillar", "programme", "meeting", "event", "finding",
            "recommendation", "budget"),
        REGISTRY.kinds().stream().map(EntityKind::name).toList());
    assertSame(Indicator.KIND, REGISTRY.requireKind("indicator"));
    assertEquals(HealthCodelists.ALL, REGISTRY.codelists());
  }

  @Test
  void everyKindStartsWithItsIdAndNamesItsPropertiesOnce() {
    for (EntityKind<?> kind : REGISTRY.kinds()) {
      assertEquals("id", kind.properties().get(0).name(), kind.name());
      assertEquals(
          kind.properties().size(),
          kind.properties().stream().map(Property::name).distinct().count(),
          kind.name());
    }
  }

  @Test
  void aUsersKindIsValidatedLikeTheBuiltInKinds() {
    Framework hbhi = Framework.builder().id(Id.of("hbhi")).type(HealthCodelists.FRAMEWORK_PILLARS)
        .name(LocalizedText.en("High Burden to High Impact")).build();
    Pillar p1 = Pillar.builder().id(Id.of("hbhi.p1")).framework(Ref.of("framework", "hbhi")).position(1)
        .name(LocalizedText.fr("Engagement politique")).build();
    Indicator good = Indicator.builder().id(Id.of("i1")).name(LocalizedText.fr("Taux de complétude DHIS2"))
        .pillar(Ref.of("pillar", "hbhi.p1")).target(new BigDecimal("90")).build();
    Indicator dangling = Indicator.builder().id(Id.of("i2")).name(LocalizedText.fr("Réunions tenues"))
        .pillar(Ref.of("pillar", "hbhi.p9")).target(new BigDecimal("-1")).build();

    Dataset dataset = Dataset.of(REGISTRY, List.of(hbhi, p1, good, dangling));

    assertEquals(List.of(good, dangling), dataset.entities(Indicator.KIND));
    assertEquals(
        List.of(
            "ERROR dangling-reference indicator:i2 pillar: pillar:hbhi.p9 is not in the dataset",
            "ERROR negative-target indicator:i2 target: a target must not be negative, was -1"),
        dataset.validate().violations().stream().map(Violation::toString).toList());
    assertTrue(Dataset.of(REGISTRY, List.of(hbhi, p1, good)).validate().isValid());
  }
}
