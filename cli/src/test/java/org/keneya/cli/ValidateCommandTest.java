package org.keneya.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.model.Actor;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Recommendation;
import org.keneya.seeds.Seeds;

/** {@code keneya validate}: every violation and the summary; exit 1 on an error. */
class ValidateCommandTest {
  @TempDir
  Path dir;

  @Test
  void aValidGeneratedDatasetPasses() {
    Path json = Cli.writeJson(Cli.generated(31, 40), dir.resolve("data.json"));
    Cli.Result result = Cli.run("validate", Cli.s(json));
    assertEquals(0, result.exit(), result::toString);
    assertTrue(result.out().endsWith(" entities; 0 errors, 0 warnings" + System.lineSeparator()), result::toString);
    assertEquals("", result.err());
  }

  @Test
  void theSeedsPassWithTheirWarnings() {
    Path json = Cli.writeJson(Seeds.load(), dir.resolve("seeds.json"));
    Cli.Result result = Cli.run("validate", Cli.s(json));
    assertEquals(0, result.exit(), result::toString);
    List<String> lines = result.out().lines().toList();
    assertEquals(Seeds.report().violations().size() + 1, lines.size(), result::toString);
    assertTrue(lines.get(lines.size() - 1).endsWith(Seeds.report().summary()), result::toString);
  }

  @Test
  void listsEveryViolationOfAnInvalidDatasetAndExitsOne() throws IOException {
    Recommendation dangling = Recommendation.builder().id(Id.of("r1")).type(HealthCodelists.RECOMMENDATION)
        .statement(LocalizedText.fr("Renforcer la supervision")).addLead(Actor.ref("dnss")).addLead(Actor.ref("dgs"))
        .build();
    Dataset invalid = Dataset.of(KindRegistry.load(), List.of(dangling));
    for (String name : List.of("invalid.json", "invalid.jsonl", "invalid.zip", "invalid")) {
      Path input = dir.resolve(name);
      writeWithTheCodecs(invalid, input); // convert itself refuses dangling references
      Cli.Result result = Cli.run("validate", Cli.s(input));
      assertEquals(1, result.exit(), result::toString);
      assertEquals(List.of(
          "ERROR dangling-reference recommendation:r1 lead[0]: actor:dnss is not in the dataset",
          "ERROR dangling-reference recommendation:r1 lead[1]: actor:dgs is not in the dataset",
          input + ": 1 entity; 2 errors, 0 warnings"), result.out().lines().toList(), result::toString);
    }
  }

  private static void writeWithTheCodecs(Dataset dataset, Path path) throws IOException {
    String name = path.getFileName().toString();
    if (name.endsWith(".json")) {
      Cli.writeJson(dataset, path);
    } else if (name.endsWith(".jsonl")) {
      Files.write(path, org.keneya.io.json.JsonLines.toBytes(dataset));
    } else if (name.endsWith(".zip")) {
      try (var out = Files.newOutputStream(path)) {
        org.keneya.io.csv.CsvCodec.create(Cli.REGISTRY).writeZip(dataset, out);
      }
    } else {
      org.keneya.io.csv.CsvCodec.create(Cli.REGISTRY).writeFolder(dataset, path);
    }
  }

  @Test
  void aVersionOneJsonLinesFileIsValidatedWithAWarningThatItsCompletenessCannotBeChecked() throws IOException {
    Path v1 = Files.writeString(dir.resolve("old.jsonl"), "{\"format\":\"keneya-jsonl\",\"version\":1}\n"
        + "{\"kind\":\"actor\",\"entity\":{\"id\":\"dns\",\"type\":\"directorate\",\"name\":{\"fr\":\"DNS\"}}}\n");
    Cli.Result result = Cli.run("validate", Cli.s(v1));
    assertEquals(0, result.exit(), result::toString);
    assertEquals(List.of("keneya: warning: " + v1
        + ": version 1 JSON Lines has no end record; completeness cannot be checked"), result.errLines());
    assertEquals(List.of(v1 + ": 1 entity; 0 errors, 0 warnings"), result.out().lines().toList(), result::toString);

    Path v2 = dir.resolve("new.jsonl");
    writeWithTheCodecs(Cli.generated(31, 10), v2);
    Cli.Result current = Cli.run("validate", Cli.s(v2));
    assertEquals(0, current.exit(), current::toString);
    assertEquals("", current.err(), "version 2 is checked whole as it is read");
  }

  @Test
  void aJsonLinesFileCutShortIsRefusedNamingItsLastLine() throws IOException {
    Path whole = dir.resolve("whole.jsonl");
    writeWithTheCodecs(Cli.generated(31, 10), whole);
    String text = Files.readString(whole);
    Path cut = Files.writeString(dir.resolve("cut.jsonl"), text.substring(0, text.lastIndexOf("{\"end\"")));
    long lines = text.lines().count() - 1;
    Cli.Result result = Cli.run("validate", Cli.s(cut));
    assertEquals(1, result.exit(), result::toString);
    assertEquals(List.of("keneya: " + cut + ", line " + lines + ": the stream ends at line " + lines
        + " without its end record: cut short?"), result.errLines());
  }

  @Test
  void malformedInputIsOneLineAndExitsOne() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\":\"keneya-dataset\",\"version\":1,\"kinds\":{\"actor\":[{\"id\":7}]}}");
    Cli.Result result = Cli.run("validate", Cli.s(bad));
    assertEquals(1, result.exit(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    assertTrue(result.errLines().get(0).startsWith("keneya: " + bad + ", line 1, column "), result::toString);
    assertTrue(result.errLines().get(0).contains("/kinds/actor/0/id"), result::toString);

    Path notZip = Files.writeString(dir.resolve("fake.zip"), "not a zip");
    Cli.Result zip = Cli.run("validate", Cli.s(notZip));
    assertEquals(1, zip.exit(), zip::toString);
    assertEquals(List.of("keneya: " + notZip + ": not a zip file, or a zip with no entries"), zip.errLines());
  }

  @Test
  void aTableTheDataPackageListsButTheFolderLacksExitsOne() throws IOException {
    Path folder = dir.resolve("tables");
    writeWithTheCodecs(Cli.generated(31, 10), folder);
    Files.delete(folder.resolve("programme.csv"));
    for (String command : List.of("validate", "report", "convert")) {
      List<String> args = command.equals("convert")
          ? List.of(command, Cli.s(folder), Cli.s(dir.resolve("out.json"))) : List.of(command, Cli.s(folder));
      Cli.Result result = Cli.run(args.toArray(String[]::new));
      assertEquals(1, result.exit(), result::toString);
      assertEquals(List.of("keneya: " + folder.resolve("datapackage.json")
          + ", at /resources/4/path: lists the table \"programme.csv\", which is missing"), result.errLines());
    }
    assertTrue(Files.notExists(dir.resolve("out.json")));
  }

  @Test
  void missingInputExitsFour() {
    Cli.Result result = Cli.run("validate", Cli.s(dir.resolve("absent.jsonl")));
    assertEquals(4, result.exit(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
  }
}
