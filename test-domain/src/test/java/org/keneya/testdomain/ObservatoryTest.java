package org.keneya.testdomain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.validation.ValidationReport;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;
import org.keneya.testkit.DatasetGen;
import org.keneya.testkit.GenSettings;
import org.keneya.testkit.KeneyaGens;

/** The codecs' tests rely on this domain: its generated datasets are valid and hold every kind, its checks bite. */
class ObservatoryTest {
  private static final KindRegistry REGISTRY = Observatory.registry();

  @Test
  void generatedNetworksHoldEveryKindAndValidate() {
    DatasetGen gen = KeneyaGens.datasets(GenSettings.of(REGISTRY))
        .withCount("operator", 2, 4).withCount("station", 2, 5).withCount("inspection", 2, 6);
    for (long seed = 0; seed < 50; seed++) {
      Dataset network = gen.sample(seed);
      assertTrue(network.validate().isValid(), network.validate()::toString);
      assertTrue(network.entities(Inspection.KIND).size() >= 2, network::toString);
    }
  }

  @Test
  void theRuleAndTheDeclaredConstraintsAreChecked() {
    Station automatic = new Station(Id.of("s1"), LocalizedText.fr("Kati"), Ref.of("operator", "o1"), List.of(),
        Station.Status.ACTIVE, true, 9500, null, null, null, List.of(), List.of(" "), List.of());
    Dataset d = Dataset.of(REGISTRY, List.of(Operator.of("o1", "agency", "Agence"), automatic,
        Inspection.of("i1", "s1", "o1", LocalDate.of(2024, 3, 1))));
    ValidationReport report = d.validate();
    assertFalse(report.isValid());
    String codes = report.violations().toString();
    assertTrue(codes.contains("automatic-without-sensor"), codes);
    assertTrue(codes.contains("elevation"), codes);
    assertTrue(codes.contains("tags"), codes);
  }

  @Test
  void everyKindIsRegisteredAndFoundOnTheClassPath() {
    assertEquals(List.of("operator", "station", "inspection"),
        new Observatory().kinds().stream().map(k -> k.name()).collect(Collectors.toList()));
    assertTrue(KindRegistry.load().kind("station").isPresent());
  }
}
