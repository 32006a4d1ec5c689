package org.keneya.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.validation.ValidationReport;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;
import org.keneya.io.json.JsonCodec;
import org.keneya.model.Actor;
import org.keneya.model.HealthCodelists;
import org.keneya.model.HealthModel;
import org.keneya.model.Recommendation;
import org.keneya.seeds.Seeds;
import org.junit.jupiter.api.function.Executable;

/** Runs every example program, through its {@code main} and through the method it shows. */
class ExamplesTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void buildAndValidateRecommendation() throws Throwable {
    ValidationReport report = BuildAndValidateRecommendation.run(out);
    assertTrue(report.isValid(), report::toString);
    assertTrue(printed().contains("refused: Recommendation.supporting: [actor:dns] also listed as lead"), printed());
    assertTrue(printed().contains("ERROR dangling-reference recommendation:example.r1 lead[0]"), printed());
    assertTrue(printed().contains("overdue as of 2019-01-15: true"), printed());
    quietly(() -> BuildAndValidateRecommendation.main(new String[0]));
  }

  @Test
  void querySeeds() throws Throwable {
    Dataset seeds = Seeds.load();
    List<Recommendation> open = QuerySeeds.run("dns", out);
    assertTrue(printed().contains("The seeds hold " + seeds.size() + " records"), printed());
    assertTrue(printed().endsWith(open.size() + " open recommendations\n"), printed());
    for (Recommendation r : open) {
      assertTrue(r.lead().contains(Actor.ref("dns")) || r.supporting().contains(Actor.ref("dns")), r.toString());
      assertTrue(r.isOpen(HealthCodelists.RECOMMENDATION_STATUSES), r.toString());
    }
    quietly(() -> QuerySeeds.main(new String[] {"dgs"}));
  }

  @Test
  void querySeedsKeepsOpenStatusesAndNoStatus() {
    Dataset generated = org.keneya.model.testkit.HealthGens.datasets().withCount("recommendation", 30, 30).sample(5);
    for (Actor actor : generated.entities(Actor.class)) {
      Ref<Actor> ref = Actor.KIND.ref(actor);
      List<Recommendation> open = QuerySeeds.openRecommendationsOf(generated, ref);
      long expected = generated.entities(Recommendation.class).stream()
          .filter(r -> r.lead().contains(ref) || r.supporting().contains(ref))
          .filter(r -> r.isOpen(HealthCodelists.RECOMMENDATION_STATUSES))
          .count();
      assertEquals(expected, open.size(), actor.id().value());
    }
  }

  @Test
  void convertJsonToCsv() throws Throwable {
    Path json = dir.resolve("seeds.json");
    Files.write(json, JsonCodec.create(Seeds.load().registry()).toBytes(Seeds.load()));
    Path zip = ConvertJsonToCsv.run(json, dir, out);
    assertTrue(Files.size(zip) > 0);
    assertTrue(printed().contains("lossless: true"), printed());
    assertTrue(Files.isRegularFile(dir.resolve("dataset").resolve("datapackage.json")));
    assertTrue(Files.isRegularFile(dir.resolve("dataset").resolve("indicator.csv")));
    quietly(() -> ConvertJsonToCsv.main(new String[] {json.toString(), dir.resolve("main").toString()}));
    assertTrue(Files.isRegularFile(dir.resolve("main").resolve("dataset.zip")));
  }

  @Test
  void pluginKind() throws Throwable {
    Dataset back = PluginKindExample.run(out);
    assertEquals(1, back.entities(Indicator.class).size());
    assertTrue(printed().contains("indicator registered: true"), printed());
    assertTrue(printed().contains("JSON round trip equal: true"), printed());
    assertTrue(printed().contains("id,name.en,name.fr,pillar,unit,baseline,target\n"
        + "itn-coverage,Households with a bed net,Ménages disposant d'une moustiquaire,hbhi.p2,percent,54.5,80\n"), printed());
    quietly(() -> PluginKindExample.main(new String[0]));
  }

  @Test
  void theIndicatorKindIsValidatedLikeKeneyasOwn() {
    KindRegistry registry = KindRegistry.of(new HealthModel(), new IndicatorModel());
    Indicator above = new Indicator(Id.of("i1"), LocalizedText.en("Coverage"), Ref.of("pillar", "p9"),
        Indicator.PERCENT, Optional.empty(), Optional.of(new BigDecimal("120")));
    ValidationReport report = Dataset.of(registry, List.of(above)).validate();
    assertEquals(List.of("dangling-reference", "percent-above-100"),
        report.errors().stream().map(v -> v.code()).sorted().toList(), report::toString);
    InvalidValueException refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class,
        () -> new Indicator(Id.of("i2"), LocalizedText.en("Nets"), Ref.of("pillar", "p1"), Indicator.COUNT,
            Optional.of(new BigDecimal("-1")), Optional.empty()));
    assertTrue(refused.getMessage().startsWith("Indicator.baseline"), refused.getMessage());
  }

  /** Runs a {@code main}, its printing sent to a buffer rather than the build's log. */
  private static void quietly(Executable main) throws Throwable {
    PrintStream original = System.out;
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try {
      main.execute();
    } finally {
      System.setOut(original);
    }
  }

}
