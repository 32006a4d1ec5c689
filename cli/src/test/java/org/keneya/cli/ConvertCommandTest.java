package org.keneya.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.csv.CsvOptions;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.json.JsonLines;
import org.keneya.io.json.JsonLinesReader;
import org.keneya.model.Recommendation;
import org.keneya.seeds.Seeds;

/** {@code keneya convert}: lossless round trips through every format, CSV options, streaming, and failures that leave nothing behind. */
class ConvertCommandTest {
  private static final String MALFORMED =
      "{\"format\":\"keneya-dataset\",\"version\":1,\"kinds\":{\"actor\":[{\"id\":\"dns\",\"type\":\"directorate\",}]}}\n";

  @TempDir
  Path dir;

  private Dataset dataset;
  private Path json;

  @BeforeEach
  void generate() {
    dataset = Cli.generated(21, 50);
    json = Cli.writeJson(dataset, dir.resolve("data.json"));
  }

  private Cli.Result ok(String... args) {
    Cli.Result result = Cli.run(args);
    assertEquals(0, result.exit(), result::toString);
    return result;
  }

  @Test
  void jsonToZipToJsonGivesIdenticalBytes() {
    ok("convert", Cli.s(json), Cli.s(dir.resolve("data.zip")));
    ok("convert", Cli.s(dir.resolve("data.zip")), Cli.s(dir.resolve("back.json")));
    assertArrayEquals(Cli.bytes(json), Cli.bytes(dir.resolve("back.json")));
  }

  @Test
  void theSeedsRoundTripThroughZipToo() {
    Path seeds = Cli.writeJson(Seeds.load(), dir.resolve("seeds.json"));
    ok("convert", Cli.s(seeds), Cli.s(dir.resolve("seeds.zip")), "--delimiter", ";", "--bom", "--crlf", "--formula-guard");
    ok("convert", Cli.s(dir.resolve("seeds.zip")), Cli.s(dir.resolve("back.json")), "--formula-guard");
    assertArrayEquals(Cli.bytes(seeds), Cli.bytes(dir.resolve("back.json")));
  }

  @Test
  void jsonToFolderAndJsonLinesAndBackIsLossless() {
    ok("convert", Cli.s(json), Cli.s(dir.resolve("tables")));
    assertTrue(Files.isRegularFile(dir.resolve("tables").resolve("datapackage.json")));
    assertTrue(Files.isRegularFile(dir.resolve("tables").resolve("recommendation.csv")));
    assertTrue(Files.isRegularFile(dir.resolve("tables").resolve("indicator.csv")), "the examples' own kind has its table");
    ok("convert", Cli.s(dir.resolve("tables")), Cli.s(dir.resolve("from-folder.json")));
    assertArrayEquals(Cli.bytes(json), Cli.bytes(dir.resolve("from-folder.json")));

    ok("convert", Cli.s(json), Cli.s(dir.resolve("data.jsonl")));
    ok("convert", Cli.s(dir.resolve("data.jsonl")), Cli.s(dir.resolve("from-lines.json")));
    assertArrayEquals(Cli.bytes(json), Cli.bytes(dir.resolve("from-lines.json")));
  }

  @Test
  void aFolderIsWrittenAsCsvCodecWritesIt() throws IOException {
    ok("convert", Cli.s(json), Cli.s(dir.resolve("mine")));
    CsvCodec.create(Cli.REGISTRY).writeFolder(dataset, dir.resolve("theirs"));
    assertEquals(Cli.list(dir.resolve("theirs")), Cli.list(dir.resolve("mine")));
    for (String name : Cli.list(dir.resolve("theirs"))) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("theirs").resolve(name)), Files.readAllBytes(dir.resolve("mine").resolve(name)), name);
    }
  }

  @Test
  void writesSpreadsheetFriendlyCsv() throws IOException {
    ok("convert", Cli.s(json), Cli.s(dir.resolve("recommendation.csv")), "--delimiter", ";", "--bom", "--crlf", "--formula-guard", "--quiet");
    byte[] bytes = Cli.bytes(dir.resolve("recommendation.csv"));
    assertEquals((byte) 0xEF, bytes[0], "a byte-order mark");
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFFid;type;statement."), text.substring(0, 40));
    assertTrue(text.contains("\r\n"), "CRLF line ends");
    CsvCodec guarded = CsvCodec.create(KindRegistry.load(), CsvOptions.defaults().formulaGuard(true));
    try (InputStream in = Files.newInputStream(dir.resolve("recommendation.csv"))) {
      assertEquals(dataset.entities(Recommendation.class), guarded.readTable(Recommendation.KIND, in, "recommendation.csv"));
    }
  }

  @Test
  void aSingleTableTakesItsKindFromTheFileNameOrKind() {
    Cli.Result result = ok("convert", Cli.s(json), Cli.s(dir.resolve("recommendation.csv")));
    assertTrue(result.err().contains("entities of kinds other than recommendation are not in"), result.err());
    ok("convert", Cli.s(json), Cli.s(dir.resolve("people.csv")), "--kind", "actor", "--quiet");
    assertTrue(Cli.read(dir.resolve("people.csv")).startsWith("id,type,name."));

    Cli.Result unknown = Cli.run("convert", Cli.s(json), Cli.s(dir.resolve("table.csv")));
    assertEquals(2, unknown.exit(), unknown::toString);
    assertTrue(unknown.err().contains("--kind"), unknown.err());
    assertFalse(Files.exists(dir.resolve("table.csv")));
  }

  @Test
  void aSingleTableWhoseReferencesDoNotResolveIsNotConvertedToADataset() {
    ok("convert", Cli.s(json), Cli.s(dir.resolve("recommendation.csv")), "--quiet");
    for (String output : List.of("alone.json", "alone.zip", "alone")) {
      Cli.Result refused = Cli.run("convert", Cli.s(dir.resolve("recommendation.csv")), Cli.s(dir.resolve(output)),
          "--kind", "recommendation");
      assertEquals(1, refused.exit(), refused::toString);
      assertEquals(1, refused.errLines().size(), refused::toString);
      String message = refused.errLines().get(0);
      assertTrue(message.matches(".*recommendation\\.csv, row \\d+, column \\w+.*is not in the dataset.*"), message);
      assertTrue(message.contains("JSON Lines (.jsonl)"), message);
      assertFalse(Files.exists(dir.resolve(output)), "nothing is written");
    }
    ok("convert", Cli.s(dir.resolve("recommendation.csv")), Cli.s(dir.resolve("alone.jsonl")), "--quiet");
  }

  @Test
  void jsonLinesAndSingleTablesStreamBothWays() throws IOException {
    Path lines = dir.resolve("data.jsonl");
    ok("convert", Cli.s(json), Cli.s(lines));
    ok("convert", Cli.s(lines), Cli.s(dir.resolve("recommendation.csv")), "--delimiter", ";", "--quiet");
    ok("convert", Cli.s(dir.resolve("recommendation.csv")), Cli.s(dir.resolve("recommendations.jsonl")));
    List<Entity> read = new ArrayList<>();
    try (InputStream in = Files.newInputStream(dir.resolve("recommendations.jsonl"));
         JsonLinesReader reader = JsonLines.reader(in, "recommendations.jsonl", Cli.REGISTRY)) {
      reader.forEachRemaining(read::add);
    }
    assertEquals(dataset.entities(Recommendation.class), read, "the recommendations, in table order, and nothing else");
  }

  @Test
  void formatsCanBeForced() {
    Path odd = dir.resolve("export.data");
    ok("convert", Cli.s(json), Cli.s(odd), "--to", "zip");
    ok("convert", Cli.s(odd), Cli.s(dir.resolve("back.txt")), "--from", "ZIP", "--to", "json");
    assertArrayEquals(Cli.bytes(json), Cli.bytes(dir.resolve("back.txt")));
  }

  @Test
  void anExistingOutputFileIsReplacedOnlyOnSuccess() {
    Path out = dir.resolve("out.json");
    ok("convert", Cli.s(json), Cli.s(out));
    Path other = Cli.writeJson(Cli.generated(22, 5), dir.resolve("other.json"));
    ok("convert", Cli.s(other), Cli.s(out));
    assertArrayEquals(Cli.bytes(other), Cli.bytes(out));
  }

  // ---- failures

  @Test
  void malformedJsonIsOneLineNamingTheFileAndPointerAndLeavesNothing() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), MALFORMED);
    Path out = dir.resolve("new.zip");
    Cli.Result result = Cli.run("convert", Cli.s(bad), Cli.s(out));
    assertEquals(1, result.exit(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    String line = result.errLines().get(0);
    assertTrue(line.startsWith("keneya: " + bad + ", line 1, column "), line);
    assertTrue(line.contains("at /kinds/actor/0"), line);
    assertFalse(line.contains("Exception"), "no stack trace, no exception class: " + line);
    assertEquals(List.of("bad.json", "data.json"), Cli.list(dir), "no partial output, no temporary file");
  }

  @Test
  void afterAFailureAnExistingOutputIsUnchanged() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), MALFORMED);
    Path out = Files.writeString(dir.resolve("out.jsonl"), "previous content\n");
    assertEquals(1, Cli.run("convert", Cli.s(bad), Cli.s(out)).exit());
    assertEquals("previous content\n", Cli.read(out));

    Path lines = dir.resolve("data.jsonl");
    ok("convert", Cli.s(json), Cli.s(lines));
    // a stream that breaks half way: the table written so far is thrown away
    String text = Cli.read(lines);
    Path broken = Files.writeString(dir.resolve("broken.jsonl"), text.substring(0, text.length() * 2 / 3) + "{\"kind\":\n");
    Path table = Files.writeString(dir.resolve("recommendation.csv"), "previous table\n");
    Cli.Result result = Cli.run("convert", Cli.s(broken), Cli.s(table), "--languages", "fr,en");
    assertEquals(1, result.exit(), result::toString);
    assertTrue(result.errLines().get(0).startsWith("keneya: " + broken + ", line "), result::toString);
    assertEquals("previous table\n", Cli.read(table));
    assertEquals(List.of("bad.json", "broken.jsonl", "data.json", "data.jsonl", "out.jsonl", "recommendation.csv"), Cli.list(dir));

    Path folder = dir.resolve("tables");
    assertEquals(1, Cli.run("convert", Cli.s(bad), Cli.s(folder)).exit());
    assertFalse(Files.exists(folder));
  }

  @Test
  void malformedCsvNamesTheTableRowAndColumn() throws IOException {
    Path folder = dir.resolve("tables");
    ok("convert", Cli.s(json), Cli.s(folder));
    Path table = folder.resolve("pillar.csv");
    List<String> rows = Files.readAllLines(table);
    String header = rows.get(0);
    int position = List.of(header.split(",")).indexOf("position");
    String[] cells = rows.get(1).split(",", -1);
    cells[position] = "first";
    Files.write(table, List.of(header, String.join(",", cells)));
    Cli.Result result = Cli.run("convert", Cli.s(folder), Cli.s(dir.resolve("back.json")));
    assertEquals(1, result.exit(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    assertTrue(result.errLines().get(0).startsWith("keneya: " + folder + "/pillar.csv, row 2, column position"), result::toString);
    assertFalse(Files.exists(dir.resolve("back.json")));
  }

  @Test
  void usageErrorsExitTwoAndIoFailuresFour() throws IOException {
    Cli.Result missing = Cli.run("convert", Cli.s(dir.resolve("missing.json")), Cli.s(dir.resolve("out.zip")));
    assertEquals(4, missing.exit(), missing::toString);
    assertEquals(List.of("keneya: " + dir.resolve("missing.json") + ": no such file or directory"), missing.errLines());

    Cli.Result unknownOut = Cli.run("convert", Cli.s(json), Cli.s(dir.resolve("out.xml")));
    assertEquals(2, unknownOut.exit(), unknownOut::toString);
    assertTrue(unknownOut.errLines().get(0).contains("unknown format \".xml\""), unknownOut::toString);

    Path txt = Files.writeString(dir.resolve("notes.txt"), "hello");
    Cli.Result unknownIn = Cli.run("convert", Cli.s(txt), Cli.s(dir.resolve("out.json")));
    assertEquals(2, unknownIn.exit(), unknownIn::toString);

    Path full = Files.createDirectories(dir.resolve("full"));
    Files.writeString(full.resolve("keep.txt"), "keep");
    Cli.Result notEmpty = Cli.run("convert", Cli.s(json), Cli.s(full));
    assertEquals(2, notEmpty.exit(), notEmpty::toString);
    assertEquals(List.of("keep.txt"), Cli.list(full));

    Cli.Result same = Cli.run("convert", Cli.s(json), Cli.s(json));
    assertEquals(2, same.exit(), same::toString);

    Cli.Result noFolder = Cli.run("convert", Cli.s(json), Cli.s(dir.resolve("no/such/folder/out.json")));
    assertEquals(4, noFolder.exit(), noFolder::toString);
    assertEquals(List.of("keneya: " + dir.resolve("no/such/folder/out.json")
        + ": cannot write there, the folder it would be in does not exist"), noFolder.errLines());

    Cli.Result delimiter = Cli.run("convert", Cli.s(json), Cli.s(dir.resolve("out.zip")), "--delimiter", "|");
    assertEquals(2, delimiter.exit(), delimiter::toString);

    Cli.Result arguments = Cli.run("convert", Cli.s(json));
    assertEquals(2, arguments.exit(), arguments::toString);
    assertTrue(arguments.err().contains("OUTPUT"), arguments::toString);
    assertEquals(List.of("data.json", "full", "notes.txt"), Cli.list(dir));
  }

  @Test
  void verboseAddsTheStackTrace() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), MALFORMED);
    Cli.Result quiet = Cli.run("convert", Cli.s(bad), Cli.s(dir.resolve("x.json")));
    Cli.Result verbose = Cli.run("convert", "--verbose", Cli.s(bad), Cli.s(dir.resolve("x.json")));
    Cli.Result before = Cli.run("--verbose", "convert", Cli.s(bad), Cli.s(dir.resolve("x.json")));
    assertEquals(1, quiet.errLines().size());
    assertEquals(1, verbose.exit());
    assertTrue(verbose.err().contains("MalformedInputException"), verbose::toString);
    assertTrue(before.err().contains("\tat "), before::toString);
    assertEquals(quiet.errLines().get(0), verbose.errLines().get(0));
  }

  @Test
  void readsWhatTheLibraryWrites() throws IOException {
    Path zip = dir.resolve("library.zip");
    try (var out = Files.newOutputStream(zip)) {
      CsvCodec.create(KindRegistry.load(), CsvOptions.defaults().delimiter(';').bom(true)).writeZip(dataset, out);
    }
    ok("convert", Cli.s(zip), Cli.s(dir.resolve("back.json")));
    assertEquals(dataset, JsonCodec.create(Cli.REGISTRY).fromBytes(Cli.bytes(dir.resolve("back.json"))));
  }
}
