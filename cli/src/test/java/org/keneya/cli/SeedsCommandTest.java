package org.keneya.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keneya.seeds.Seeds;

/** {@code keneya seeds}: the embedded seed dataset in any format. */
class SeedsCommandTest {
  @TempDir
  Path dir;

  @Test
  void writesTheSeedsAsTheJsonCodecDoes() {
    Path expected = Cli.writeJson(Seeds.load(), dir.resolve("expected.json"));
    Cli.Result result = Cli.run("seeds", Cli.s(dir.resolve("seeds.json")));
    assertEquals(0, result.exit(), result::toString);
    assertArrayEquals(Cli.bytes(expected), Cli.bytes(dir.resolve("seeds.json")));
  }

  @Test
  void writesTheSeedsToStandardOutputAsJsonLinesThatValidate() {
    Cli.Result result = Cli.run("seeds", "-", "--to", "jsonl");
    assertEquals(0, result.exit(), result::toString);
    Cli.Result validate = Cli.runWithInput(result.out().getBytes(StandardCharsets.UTF_8), "validate", "-", "--from", "jsonl");
    assertEquals(0, validate.exit(), validate::toString);
    assertTrue(validate.out().contains("standard input: " + Seeds.load().size() + " entities"), validate::toString);
  }

  @Test
  void takesTheCsvFlagsOfConvert() {
    Path zip = dir.resolve("seeds.zip");
    Cli.Result result = Cli.run("seeds", Cli.s(zip), "--delimiter", ";", "--bom", "--formula-guard");
    assertEquals(0, result.exit(), result::toString);
    Cli.Result back = Cli.run("convert", Cli.s(zip), Cli.s(dir.resolve("back.json")), "--formula-guard", "--quiet");
    assertEquals(0, back.exit(), back::toString);
    assertArrayEquals(Cli.bytes(Cli.writeJson(Seeds.load(), dir.resolve("expected.json"))), Cli.bytes(dir.resolve("back.json")));
  }

  @Test
  void standardOutputWithoutToIsAUsageError() {
    Cli.Result result = Cli.run("seeds", "-");
    assertEquals(KeneyaCli.EXIT_USAGE, result.exit(), result::toString);
    assertTrue(result.err().contains("say its format with --to"), result::toString);
  }
}
