package org.keneya.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keneya.seeds.Seeds;

/** {@code --profile fr}: the French spreadsheet profile on the commands that write and read CSV. */
class FrenchProfileTest {
  @TempDir
  Path dir;

  private static Cli.Result ok(String... args) {
    Cli.Result result = Cli.run(args);
    assertEquals(0, result.exit(), result::toString);
    return result;
  }

  @Test
  void jsonToAFrenchZipAndFolderAndBackIsLosslessWithoutTheOption() {
    for (long seed = 1; seed <= 3; seed++) {
      Path json = Cli.writeJson(Cli.generated(seed, 30), dir.resolve("data" + seed + ".json"));
      ok("convert", Cli.s(json), Cli.s(dir.resolve("fr" + seed + ".zip")), "--profile", "fr", "--quiet");
      ok("convert", Cli.s(dir.resolve("fr" + seed + ".zip")), Cli.s(dir.resolve("back" + seed + ".json")), "--quiet");
      assertArrayEquals(Cli.bytes(json), Cli.bytes(dir.resolve("back" + seed + ".json")));
      ok("convert", Cli.s(json), Cli.s(dir.resolve("folder" + seed)), "--profile", "fr", "--quiet");
      ok("convert", Cli.s(dir.resolve("folder" + seed)), Cli.s(dir.resolve("again" + seed + ".json")), "--quiet");
      assertArrayEquals(Cli.bytes(json), Cli.bytes(dir.resolve("again" + seed + ".json")));
    }
  }

  @Test
  void theSeedsInFrenchReadBackAndValidate() {
    Path json = Cli.writeJson(Seeds.load(), dir.resolve("seeds.json"));
    ok("seeds", Cli.s(dir.resolve("seeds.zip")), "--profile", "fr");
    ok("convert", Cli.s(dir.resolve("seeds.zip")), Cli.s(dir.resolve("back.json")), "--quiet");
    assertArrayEquals(Cli.bytes(json), Cli.bytes(dir.resolve("back.json")));
    ok("validate", Cli.s(dir.resolve("seeds.zip")));
  }

  @Test
  void aSingleFrenchTableNeedsTheProfileAndTheErrorSaysSo() {
    Path json = Cli.writeJson(Seeds.load(), dir.resolve("seeds.json"));
    ok("convert", Cli.s(json), Cli.s(dir.resolve("meeting.csv")), "--profile", "fr", "--quiet");
    String table = Cli.read(dir.resolve("meeting.csv"));
    assertTrue(table.startsWith("\uFEFF") && table.contains(";") && table.contains("\r\n"), table);
    assertTrue(table.matches("(?s).*;[0-9]{2}/[0-9]{2}/[0-9]{4};.*"), "dates as dd/mm/yyyy");

    Cli.Result without = Cli.run("convert", Cli.s(dir.resolve("meeting.csv")), Cli.s(dir.resolve("meeting.jsonl")), "--quiet");
    assertEquals(1, without.exit(), without::toString);
    assertTrue(without.err().contains("--profile fr"), without::toString);

    ok("convert", Cli.s(dir.resolve("meeting.csv")), Cli.s(dir.resolve("meeting.jsonl")), "--profile", "fr", "--quiet");
    Cli.Result validated = Cli.run("validate", Cli.s(dir.resolve("meeting.csv")), "--profile", "fr");
    assertTrue(validated.exit() == 0 || validated.exit() == 1, validated::toString); // dangling references are reported
    assertTrue(!validated.err().contains("--profile fr"), validated::toString);
  }

  @Test
  void noBomTakesTheMarkOutOfTheProfileForFrictionlessReaders() {
    Path json = Cli.writeJson(Seeds.load(), dir.resolve("seeds.json"));
    ok("convert", Cli.s(json), Cli.s(dir.resolve("meeting.csv")), "--profile", "fr", "--no-bom", "--quiet");
    String table = Cli.read(dir.resolve("meeting.csv"));
    assertTrue(table.startsWith("id;") && table.contains("\r\n"), table);
    ok("convert", Cli.s(json), Cli.s(dir.resolve("actor.csv")), "--bom", "--quiet");
    assertTrue(Cli.read(dir.resolve("actor.csv")).startsWith("\uFEFFid,"));
  }

  @Test
  void anUnknownProfileIsAUsageError() {
    Path json = Cli.writeJson(Seeds.load(), dir.resolve("seeds.json"));
    Cli.Result result = Cli.run("convert", Cli.s(json), Cli.s(dir.resolve("x.zip")), "--profile", "de");
    assertEquals(2, result.exit(), result::toString);
    assertTrue(result.err().contains("--profile must be fr"), result::toString);
  }
}
