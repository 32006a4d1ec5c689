package org.keneya.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.model.Actor;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Recommendation;
import org.keneya.model.StatusUpdate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code keneya diff OLD NEW}: the changes as text or JSON between any two formats; exit 0 when
 * equal, 1 when different, 2 usage, 4 I/O and 5 for an input that is not a dataset.
 */
class DiffCommandTest {
  @TempDir
  Path dir;

  private final Dataset old = Cli.generated(31, 12);

  /** {@link #old} with one recommendation's statement changed, another's status history grown, one entity removed and one added. */
  private Dataset edited() {
    List<Recommendation> recommendations = old.entities(Recommendation.class);
    Recommendation first = recommendations.get(0);
    Recommendation second = recommendations.get(1);
    List<Entity> entities = new ArrayList<>(old.entities());
    entities.remove(first);
    entities.remove(second);
    entities.remove(recommendations.get(2));
    entities.add(Recommendation.builder().from(first).statement(LocalizedText.fr("Un autre énoncé")).build());
    entities.add(second.withStatusUpdate(StatusUpdate.of(LocalDate.of(2099, 1, 2), HealthCodelists.IN_PROGRESS)));
    entities.add(Actor.builder().from(old.entities(Actor.class).get(0)).id(Id.of("zz-new")).build());
    return Dataset.of(Cli.REGISTRY, entities);
  }

  private Path zip(Dataset dataset, String name) {
    Path json = Cli.writeJson(dataset, dir.resolve(name + ".json"));
    Path zip = dir.resolve(name + ".zip");
    Cli.Result convert = Cli.run("convert", Cli.s(json), Cli.s(zip));
    assertEquals(0, convert.exit(), convert::toString);
    return zip;
  }

  @Test
  void theSameDatasetInAnyTwoFormatsHasNoDifferencesAndExitsZero() {
    Path json = Cli.writeJson(old, dir.resolve("old.json"));
    List<Path> copies = new ArrayList<>(List.of(json));
    for (String name : List.of("same.jsonl", "same.zip", "same")) { // the last a folder of CSV tables
      Path copy = dir.resolve(name);
      Cli.Result convert = Cli.run("convert", Cli.s(json), Cli.s(copy));
      assertEquals(0, convert.exit(), convert::toString);
      copies.add(copy);
    }
    for (Path first : copies) {
      for (Path second : copies) {
        Cli.Result result = Cli.run("diff", Cli.s(first), Cli.s(second));
        assertEquals(0, result.exit(), result::toString);
        assertEquals("no differences" + "\n", result.out());
        assertEquals("", result.err());
      }
    }
  }

  @Test
  void changesArePrintedForPeopleAndExitOne() {
    List<Recommendation> recommendations = old.entities(Recommendation.class);
    Path before = Cli.writeJson(old, dir.resolve("old.json"));
    Path after = zip(edited(), "new");
    Cli.Result result = Cli.run("diff", Cli.s(before), Cli.s(after));
    assertEquals(1, result.exit(), result::toString);
    assertEquals("", result.err());
    String out = result.out();
    assertTrue(out.contains("+ actor:zz-new\n"), out);
    assertTrue(out.contains("~ recommendation:" + recommendations.get(0).id() + "\n    statement: "), out);
    assertTrue(out.contains("-> {fr: \"Un autre énoncé\"}\n"), out);
    assertTrue(out.contains("~ recommendation:" + recommendations.get(1).id() + "\n    statusHistory: appended [{date: 2099-01-02, status: in-progress}]\n"), out);
    assertTrue(out.contains("- recommendation:" + recommendations.get(2).id() + "\n"), out);
    assertTrue(out.endsWith("1 added, 1 removed, 2 changed\n"), out);
  }

  @Test
  void jsonIsOneDocumentForPrograms() {
    Recommendation second = old.entities(Recommendation.class).get(1);
    Path before = Cli.writeJson(old, dir.resolve("old.json"));
    Path after = Cli.writeJson(edited(), dir.resolve("new.json"));
    Cli.Result result = Cli.run("diff", "--json", Cli.s(before), Cli.s(after));
    assertEquals(1, result.exit(), result::toString);
    JsonNode diff = JsonMapper.builder().build().readTree(result.out());
    assertEquals("keneya-diff", diff.get("format").asString());
    assertEquals(1, diff.get("summary").get("added").asInt());
    assertEquals(2, diff.get("summary").get("changed").asInt());
    JsonNode entities = diff.get("entities");
    assertEquals(4, entities.size(), result::toString);
    JsonNode added = entities.get(0); // actors come before recommendations
    assertEquals("actor", added.get("kind").asString());
    assertEquals("zz-new", added.get("id").asString());
    assertEquals("added", added.get("change").asString());
    assertEquals("zz-new", added.get("entity").get("id").asString());
    JsonNode appended = null;
    for (JsonNode entity : entities) {
      if (entity.get("id").asString().equals(second.id().toString())) {
        appended = entity.get("properties").get(0);
      }
    }
    assertEquals("statusHistory", appended.get("path").asString(), result::toString);
    assertEquals("appended", appended.get("change").asString());
    assertEquals("2099-01-02", appended.get("items").get(0).get("date").asString());
    assertTrue(result.out().endsWith("}\n"));

    Cli.Result equal = Cli.run("diff", "--json", Cli.s(before), Cli.s(before));
    assertEquals(0, equal.exit(), equal::toString);
    assertEquals("{\"format\":\"keneya-diff\",\"version\":1,\"summary\":{\"added\":0,\"removed\":0,\"changed\":0},\"entities\":[]}\n",
        equal.out());
  }

  @Test
  void standardInputIsReadWithFrom() {
    Path json = Cli.writeJson(old, dir.resolve("old.json"));
    Cli.Result result = Cli.runWithInput(Cli.bytes(json), "diff", "-", Cli.s(json), "--from", "json");
    assertEquals(0, result.exit(), result::toString);
    Cli.Result both = Cli.run("diff", "-", "-", "--from", "json");
    assertEquals(2, both.exit(), both::toString);
    assertTrue(both.err().startsWith("keneya: OLD and NEW cannot both be standard input"), both::toString);
  }

  @Test
  void aVersionOneJsonLinesFileIsComparedWithAWarningThatItsCompletenessCannotBeChecked() throws IOException {
    String actor = "{\"kind\":\"actor\",\"entity\":{\"id\":\"dns\",\"type\":\"directorate\",\"name\":{\"fr\":\"DNS\"}}}\n";
    Path v1 = Files.writeString(dir.resolve("old.jsonl"), "{\"format\":\"keneya-jsonl\",\"version\":1}\n" + actor);
    Path v2 = Files.writeString(dir.resolve("new.jsonl"), "{\"format\":\"keneya-jsonl\",\"version\":2}\n" + actor
        + "{\"end\":{\"count\":1}}\n");
    Cli.Result result = Cli.run("diff", Cli.s(v1), Cli.s(v2));
    assertEquals(0, result.exit(), result::toString);
    assertEquals(List.of("keneya: warning: " + v1
        + ": version 1 JSON Lines has no end record; completeness cannot be checked"), result.errLines());
    assertEquals("no differences\n", result.out());
  }

  @Test
  void errorsHaveTheirOwnCodesAndFiveIsAnInputThatIsNotADataset() throws IOException {
    Path json = Cli.writeJson(old, dir.resolve("old.json"));
    Cli.Result missing = Cli.run("diff", Cli.s(json), Cli.s(dir.resolve("missing.json")));
    assertEquals(4, missing.exit(), missing::toString);
    assertTrue(missing.err().contains("missing.json: no such file or directory"), missing::toString);

    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\":\"keneya-dataset\",", StandardCharsets.UTF_8);
    Cli.Result malformed = Cli.run("diff", Cli.s(json), Cli.s(broken));
    assertEquals(5, malformed.exit(), malformed::toString);
    assertTrue(malformed.err().startsWith("keneya: " + broken), malformed::toString);
    assertEquals(1, malformed.errLines().size(), malformed::toString);

    Path twice = Files.writeString(dir.resolve("twice.json"), "{\"format\":\"keneya-dataset\",\"version\":1,\"kinds\":{\"actor\":["
        + "{\"id\":\"dns\",\"type\":\"directorate\",\"name\":{\"fr\":\"DNS\"}},"
        + "{\"id\":\"dns\",\"type\":\"directorate\",\"name\":{\"fr\":\"Autre\"}}]}}", StandardCharsets.UTF_8);
    Cli.Result duplicate = Cli.run("diff", Cli.s(json), Cli.s(twice));
    assertEquals(5, duplicate.exit(), duplicate::toString);
    assertEquals(List.of("keneya: cannot compare: " + twice + " holds actor:dns twice (Dataset.validate() reports duplicate ids)"),
        duplicate.errLines());

    Cli.Result usage = Cli.run("diff", Cli.s(json));
    assertEquals(2, usage.exit(), usage::toString);
    Cli.Result format = Cli.run("diff", Cli.s(json), Cli.s(json), "--from", "docx");
    assertEquals(2, format.exit(), format::toString);

    Cli.Result help = Cli.run("diff", "--help");
    assertEquals(0, help.exit(), help::toString);
    assertTrue(help.out().contains("  5  an input that cannot be read as a dataset"), help::toString);
    assertTrue(help.out().contains("differ from the other commands'"), help::toString);
  }
}
