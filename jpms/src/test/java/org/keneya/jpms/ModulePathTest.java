package org.keneya.jpms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.DomainModel;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.core.value.Ref;
import org.keneya.jackson.KeneyaJacksonModule;
import org.keneya.model.Actor;
import org.keneya.model.HealthCodelists;
import org.keneya.model.HealthModel;
import org.keneya.model.Recommendation;
import org.keneya.model.testkit.HealthGens;
import org.keneya.seeds.Seeds;
import org.keneya.testkit.KeneyaGens;
import org.keneya.testkit.engine.RecordingSource;
import org.keneya.testkit.gen.Gen;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JPMS user of Keneya: these tests run in the named module {@code org.keneya.jpms} with every
 * Keneya jar a named module on the module path, where {@code META-INF/services} files are ignored
 * and only {@code provides} counts.
 */
class ModulePathTest {
  private static final List<String> PUBLISHED = List.of(
      "org.keneya.core", "org.keneya.model", "org.keneya.io.json", "org.keneya.jackson",
      "org.keneya.io.csv", "org.keneya.io.xlsx", "org.keneya.testkit", "org.keneya.model.testkit", "org.keneya.seeds");

  private final ModularUser user = new ModularUser();

  @Test
  void runsOnTheModulePath() {
    Module self = getClass().getModule();
    assertTrue(self.isNamed(), "the tests run in a named module, not on the class path");
    assertEquals("org.keneya.jpms", self.getName());
    for (String name : PUBLISHED) {
      Module module = ModuleLayer.boot().findModule(name).orElseThrow(() -> new AssertionError(name + " not in the boot layer"));
      assertFalse(module.getDescriptor().isAutomatic(), name + " has a module-info");
      assertTrue(self.canRead(module), "org.keneya.jpms reads " + name);
    }
    assertEquals("org.keneya.core", KindRegistry.class.getModule().getName());
    assertEquals("com.google.common", com.google.common.collect.ImmutableList.class.getModule().getName());
  }

  @Test
  void theHealthKindsAreFoundThroughProvides() {
    KindRegistry registry = user.registry();
    Set<String> kinds = registry.kinds().stream().map(EntityKind::name).collect(Collectors.toSet());
    for (EntityKind<?> kind : HealthModel.KINDS) {
      assertTrue(kinds.contains(kind.name()), kind.name() + " in " + kinds);
    }
    assertTrue(kinds.contains("document"), "core's own kinds, provided by org.keneya.core: " + kinds);
    // In a named module a META-INF/services file is ignored: these providers come from module-info.
    assertTrue(provides("org.keneya.model", DomainModel.class, HealthModel.class));
    assertTrue(provides("org.keneya.core", DomainModel.class, org.keneya.core.document.CoreDomainModel.class));
    assertTrue(HealthModel.class.getModule().isNamed());
    assertTrue(registry.models().stream().anyMatch(m -> m instanceof HealthModel && m.getClass().getModule().isNamed()));
  }

  @Test
  void jsonCsvAndWorkbookRoundTrips() {
    Actor dns = Actor.builder()
        .id(Id.of("dns"))
        .name(LocalizedText.fr("Direction nationale de la santé"))
        .type(HealthCodelists.DIRECTORATE)
        .build();
    Recommendation asc = Recommendation.builder()
        .id(Id.of("jpms.r1"))
        .type(HealthCodelists.RECOMMENDATION)
        .statement(LocalizedText.fr("Mettre en place une commission de réflexion sur la gestion des ASC"))
        .addLead(Actor.ref("dns"))
        .responsibleAsWritten("DNS")
        .deadline(Deadline.onDate("avant fin décembre 2018", LocalDate.of(2018, 12, 31)))
        .build();
    Dataset dataset = Dataset.of(user.registry(), List.of(dns, asc));
    assertEquals(0, dataset.validate().errors().size(), dataset.validate().summary());

    assertEquals(dataset, user.jsonRoundTrip(dataset));
    assertEquals(dataset, user.csvRoundTrip(dataset));
    assertEquals(dataset, user.xlsxRoundTrip(dataset));
  }

  @Test
  void theSeedsLoadFromTheirModule() {
    // resources read from inside org.keneya.seeds, in a registry of the health model, which that
    // module reads and names rather than finding it through the DomainModel service
    Dataset seeds = Seeds.load();
    assertFalse(seeds.entities(Recommendation.class).isEmpty());
    assertEquals(0, seeds.validate().errors().size(), seeds.validate().summary());
    assertTrue(module("org.keneya.seeds").canRead(module("org.keneya.model")));
    assertEquals(List.of("keneya-core", "keneya-health"), seeds.registry().models().stream().map(m -> m.name()).toList());
    assertEquals(seeds, user.jsonRoundTrip(seeds));
  }

  @Test
  void generatedDatasetsRoundTrip() {
    // the test kit's generators: derived from the registry, and the health model's hand-tuned ones
    Dataset derived = KeneyaGens.datasets(user.registry()).generate(RecordingSource.random(26L, Gen.MAX_SIZE));
    Dataset health = HealthGens.datasets().generate(RecordingSource.random(26L, Gen.MAX_SIZE));
    for (Dataset dataset : List.of(derived, health)) {
      assertFalse(dataset.entities().isEmpty());
      assertEquals(dataset, user.jsonRoundTrip(dataset));
      assertEquals(dataset, user.csvRoundTrip(dataset));
      assertEquals(dataset, user.xlsxRoundTrip(dataset));
    }
  }

  @Test
  void jacksonFindsKeneyasModuleThroughProvides() {
    JsonMapper mapper = ModularUser.mapper();
    List<JacksonModule> keneya = mapper.registeredModules().stream()
        .filter(m -> m.getModuleName().equals(KeneyaJacksonModule.NAME))
        .toList();
    assertEquals(1, keneya.size(), mapper.registeredModules().toString());
    assertInstanceOf(KeneyaJacksonModule.class, keneya.get(0));
    assertTrue(provides("org.keneya.jackson", JacksonModule.class, KeneyaJacksonModule.class));

    assertEquals("{\"amount\":1140657000,\"currency\":\"XOF\"}", mapper.writeValueAsString(Money.of(1_140_657_000L, "XOF")));
    assertEquals("\"actor:dns\"", mapper.writeValueAsString(Ref.of("actor", "dns")));
    assertEquals(Ref.of("actor", "dns"), mapper.readValue("\"actor:dns\"", Ref.class));
  }

  @Test
  void internalPackagesAreNotExportedToUsers() {
    Module self = getClass().getModule();
    Module core = module("org.keneya.core");
    Module json = module("org.keneya.io.json");
    Module csv = module("org.keneya.io.csv");
    assertFalse(core.isExported("org.keneya.core.internal.codec", self));
    assertFalse(core.isExported("org.keneya.core.internal.table", self));
    assertFalse(json.isExported("org.keneya.io.json.internal", self));
    assertFalse(csv.isExported("org.keneya.io.csv.internal", self));
    assertFalse(core.isExported("org.keneya.core.internal.codec"), "exported to no one unqualified");
    // only to the Keneya modules that use them
    assertTrue(core.isExported("org.keneya.core.internal.codec", json));
    assertTrue(core.isExported("org.keneya.core.internal.codec", csv));
    assertTrue(core.isExported("org.keneya.core.internal.table", csv));
    assertTrue(json.isExported("org.keneya.io.json.internal", module("org.keneya.jackson")));
    for (String name : PUBLISHED) {
      for (ModuleDescriptor.Exports exports : module(name).getDescriptor().exports()) {
        assertTrue(!exports.source().contains(".internal") || exports.isQualified(),
            name + " exports " + exports.source() + " to everyone");
      }
    }
    assertTrue(core.isExported("org.keneya.core.kind", self));
  }

  private static Module module(String name) {
    return ModuleLayer.boot().findModule(name).orElseThrow(() -> new AssertionError(name + " not in the boot layer"));
  }

  private static boolean provides(String module, Class<?> service, Class<?> provider) {
    return module(module).getDescriptor().provides().stream()
        .anyMatch(p -> p.service().equals(service.getName()) && p.providers().contains(provider.getName()));
  }
}
