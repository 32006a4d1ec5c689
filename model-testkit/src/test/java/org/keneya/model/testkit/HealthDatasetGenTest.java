package org.keneya.model.testkit;

import org.keneya.model.testkit.HealthGens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.ValueType;
import org.keneya.core.validation.ValidationReport;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.model.Framework;
import org.keneya.model.Pillar;
import org.keneya.model.Recommendation;
import org.keneya.testkit.engine.PropertyFailure;
import org.keneya.testkit.engine.PropertyResult;
import org.keneya.testkit.engine.PropertyRunner;
import org.keneya.model.testkit.plugin.Target;
import org.keneya.testkit.GenSettings;

class DatasetGenTest {
  private static final long SEED = 20_261_122L;

  private static <T> void assertHolds(PropertyResult<T> result) {
    assertTrue(result.passed(), () -> {
      PropertyFailure<T> f = result.failure().orElseThrow();
      return result.summary() + "\n" + f.shrunk() + "\n" + f.shrunkFailure();
    });
  }

  @Test
  void generatedDatasetsValidateWithNoErrorAndNoWarning() {
    List<Integer> sizes = new ArrayList<>();
    assertHolds(PropertyRunner.builder().tries(300).seed(SEED).build().run(HealthGens.datasets(Target.REGISTRY), d -> {
      ValidationReport report = d.validate();
      if (!report.violations().isEmpty()) {
        throw new AssertionError(report.toString());
      }
      sizes.add(d.size());
    }));
    assertTrue(sizes.stream().anyMatch(n -> n == 0), "small tries include the empty dataset");
    assertTrue(sizes.stream().anyMatch(n -> n >= 40), "large tries reach 40+ entities: " + sizes);
  }

  @Test
  void aUsersOwnKindIsGeneratedFromItsDescriptionAndRespectsItsRules() {
    int[] targets = {0};
    assertHolds(PropertyRunner.builder().tries(200).seed(SEED).build().run(HealthGens.datasets(Target.REGISTRY), d -> {
      for (Target t : d.entities(Target.KIND)) {
        assertTrue(d.contains(t.pillar()), t::toString);
        assertTrue(t.value().signum() >= 0, t::toString);
        targets[0]++;
      }
    }));
    assertTrue(targets[0] > 50, "targets generated: " + targets[0]);
  }

  @Test
  void deadlinesBeforeAnEventReferToRealMeetingsWithTheirDates() {
    int[] linked = {0};
    assertHolds(PropertyRunner.builder().tries(200).seed(SEED).build().run(HealthGens.datasets(), d -> {
      for (Recommendation r : d.entities(Recommendation.KIND)) {
        for (Optional<Deadline> deadline : List.of(r.deadline(), r.horizon())) {
          if (deadline.isPresent() && deadline.get().eventRef().isPresent()) {
            assertTrue(d.contains(deadline.get().eventRef().get()), r::toString);
            linked[0]++;
          }
        }
      }
    }));
    assertTrue(linked[0] > 20, "deadlines linked to meetings: " + linked[0]);
  }

  @Test
  void theSameSeedGivesTheSameDataset() {
    assertEquals(HealthGens.datasets().sample(7L), HealthGens.datasets().sample(7L));
    assertFalse(HealthGens.datasets().sample(7L).equals(HealthGens.datasets().sample(8L)));
  }

  @Test
  void languagesCurrencyAndFillAreHonoured() {
    GenSettings settings = HealthGens.settings()
        .withLanguages("bm")
        .withCurrency("EUR")
        .withOptionalFields(GenSettings.Fill.NEVER);
    HealthDatasetGen gen = HealthGens.datasets().withSettings(settings);
    Set<String> languages = new TreeSet<>();
    Set<Currency> currencies = new java.util.HashSet<>();
    int[] present = {0};
    for (long seed = 0; seed < 40; seed++) {
      Walk.values(gen.sample(seed), (type, value) -> {
        if (value instanceof LocalizedText) {
          languages.addAll(((LocalizedText) value).byLanguage().keySet());
        } else if (value instanceof Money) {
          currencies.add(((Money) value).currency());
        } else if (value instanceof Currency) {
          currencies.add((Currency) value);
        } else if (type.shape() == ValueType.Shape.OPTIONAL && ((Optional<?>) value).isPresent()) {
          present[0]++;
        }
      });
    }
    assertEquals(Set.of("bm"), languages);
    assertEquals(Set.of(Currency.getInstance("EUR")), currencies);
    assertEquals(0, present[0], "no optional field is filled under Fill.NEVER");
  }

  @Test
  void aFixedFrameworkIsTheOnlyFramework() {
    Dataset d = HealthGens.datasets().withFramework(FixedFramework.hbhi()).sample(3L);
    assertEquals(List.of("hbhi"), d.entities(Framework.KIND).stream().map(f -> f.id().value()).toList());
    assertEquals(List.of("hbhi.p1", "hbhi.p2", "hbhi.p3", "hbhi.p4"),
        d.entities(Pillar.KIND).stream().map(p -> p.id().value()).toList());
  }

  @Test
  void aPlantedFailureShrinksToAtMostTwoEntities() {
    // planted bug: "no recommendation has a lead actor" — the smallest counterexample is one actor and one recommendation
    PropertyResult<Dataset> result = PropertyRunner.builder().tries(200).seed(SEED).build().run(
        HealthGens.datasets(),
        d -> assertTrue(d.entities(Recommendation.KIND).stream().allMatch(r -> r.lead().isEmpty())));
    Dataset shrunk = result.failure().orElseThrow().shrunk();
    assertTrue(shrunk.size() <= 2, () -> "shrunk to " + shrunk.size() + " entities: " + shrunk.entities());
    assertEquals(1, shrunk.entities(Recommendation.KIND).size());
  }
}
