package org.keneya.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -} as INPUT or OUTPUT: standard input and output, with --from/--to naming the format. */
class StandardStreamsTest {
  @TempDir
  Path dir;

  private Path json;
  private Path lines;

  @BeforeEach
  void generate() {
    json = Cli.writeJson(Cli.generated(9, 20), dir.resolve("data.json"));
    lines = dir.resolve("data.jsonl");
    ok(Cli.run("convert", Cli.s(json), Cli.s(lines), "--quiet"));
  }

  private static Cli.Result ok(Cli.Result result) {
    assertEquals(0, result.exit(), result::toString);
    return result;
  }

  @Test
  void jsonLinesFromStandardInputStreamToATableWithLanguages() {
    Path out = dir.resolve("recommendation.csv");
    ok(Cli.runWithInput(Cli.bytes(lines), "convert", "-", Cli.s(out), "--from", "jsonl", "--languages", "fr,en", "--quiet"));
    ok(Cli.run("convert", Cli.s(lines), Cli.s(dir.resolve("expected.csv")), "--kind", "recommendation", "--languages", "fr,en", "--quiet"));
    assertEquals(Cli.read(dir.resolve("expected.csv")), Cli.read(out));
  }

  @Test
  void aTableFromStandardInputWithoutLanguagesIsAUsageErrorNamingTheOption() {
    Cli.Result result = Cli.runWithInput(Cli.bytes(lines), "convert", "-", Cli.s(dir.resolve("recommendation.csv")), "--from", "jsonl");
    assertEquals(KeneyaCli.EXIT_USAGE, result.exit(), result::toString);
    assertEquals(List.of("keneya: --languages is needed to stream from standard input or a pipe:"
        + " the table's language columns would need a second pass"), result.errLines());
  }

  @Test
  void jsonToStandardOutputAsJsonLinesIsTheFileConvertWrites() {
    Cli.Result result = ok(Cli.run("convert", Cli.s(json), "-", "--to", "jsonl", "--quiet"));
    assertEquals(Cli.read(lines), result.out());
    assertEquals(List.of("data.json", "data.jsonl"), Cli.list(dir), "no temporary file");
  }

  @Test
  void sampleToStandardOutputIsTheFileSampleWrites() {
    Path file = dir.resolve("sample.jsonl");
    ok(Cli.run("sample", "--seed", "3", "--size", "7", Cli.s(file), "--quiet"));
    Cli.Result result = ok(Cli.run("sample", "--seed", "3", "--size", "7", "-", "--to", "jsonl", "--quiet"));
    assertEquals(Cli.read(file), result.out());
  }

  @Test
  void standardInputToStandardOutputRoundTripsJson() {
    Cli.Result result = ok(Cli.runWithInput(Cli.bytes(lines), "convert", "-", "-", "--from", "jsonl", "--to", "json", "--quiet"));
    assertEquals(Cli.read(json), result.out());
  }

  @Test
  void validateReadsStandardInputAndNamesIt() {
    Cli.Result result = ok(Cli.runWithInput(Cli.bytes(json), "validate", "-", "--from", "json"));
    assertTrue(result.out().contains("standard input: " + Cli.generated(9, 20).size() + " entities; 0 errors"), result::toString);
  }

  @Test
  void reportReadsStandardInput() {
    Cli.Result result = ok(Cli.runWithInput(Cli.bytes(json), "report", "-", "--from", "json", "--as-of", "2025-01-01"));
    assertTrue(result.out().contains("standard input"), result::toString);
  }

  @Test
  void aStreamWithoutItsFormatOrAsAZipIsAUsageError() {
    Cli.Result noFrom = Cli.runWithInput(Cli.bytes(json), "convert", "-", Cli.s(dir.resolve("out.json")));
    assertEquals(KeneyaCli.EXIT_USAGE, noFrom.exit(), noFrom::toString);
    assertTrue(noFrom.err().contains("standard input (-): say its format with --from"), noFrom::toString);
    Cli.Result noTo = Cli.run("convert", Cli.s(json), "-");
    assertEquals(KeneyaCli.EXIT_USAGE, noTo.exit(), noTo::toString);
    assertTrue(noTo.err().contains("standard output (-): say its format with --to"), noTo::toString);
    Cli.Result zip = Cli.run("convert", Cli.s(json), "-", "--to", "zip");
    assertEquals(KeneyaCli.EXIT_USAGE, zip.exit(), zip::toString);
    assertTrue(zip.err().contains("cannot be read or written as a stream"), zip::toString);
  }

  @Test
  void aChildJvmConvertsWhatIsPipedIntoItsStandardInput() throws Exception {
    Path out = dir.resolve("recommendation.csv");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), KeneyaCli.class.getName(),
        "convert", "-", Cli.s(out), "--from", "jsonl", "--languages", "fr,en", "--quiet")
        .redirectInput(ProcessBuilder.Redirect.PIPE)
        .redirectErrorStream(true)
        .start();
    try (var stdin = child.getOutputStream()) {
      stdin.write(Cli.bytes(lines));
    }
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (InputStream output = child.getInputStream()) {
      output.transferTo(printed);
    }
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child finished");
    assertEquals(0, child.exitValue(), printed.toString(StandardCharsets.UTF_8));
    ok(Cli.run("convert", Cli.s(lines), Cli.s(dir.resolve("expected.csv")), "--kind", "recommendation", "--languages", "fr,en", "--quiet"));
    assertEquals(Cli.read(dir.resolve("expected.csv")), Cli.read(out));
  }

  @Test
  void aTableOnStandardOutputAsksForItsKind() {
    Cli.Result result = Cli.run("convert", Cli.s(lines), "-", "--to", "csv", "--languages", "fr,en");
    assertEquals(KeneyaCli.EXIT_USAGE, result.exit(), result::toString);
    assertTrue(result.err().contains("-: a stream has no file name to name its table's kind; say which with --kind"),
        result::toString);
  }

  @Test
  void malformedJsonOnStandardInputIsInvalidDataNamingStandardInput() {
    Cli.Result result = Cli.runWithInput("{\"format\":".getBytes(StandardCharsets.UTF_8), "validate", "-", "--from", "json");
    assertEquals(KeneyaCli.EXIT_DATA, result.exit(), result::toString);
    assertTrue(result.err().startsWith("keneya: standard input"), result::toString);
  }
}
