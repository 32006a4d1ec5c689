package org.keneya.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.InvalidDataException;
import org.keneya.core.error.Place;
import org.keneya.io.csv.CsvCodec;
import org.keneya.model.Budget;
import org.keneya.model.Recommendation;
import org.keneya.model.testkit.HealthGens;
import org.keneya.testkit.engine.RandomSource;

/**
 * One test per defect the fuzz tests found (and the ones known before them), each on a small input
 * kept in {@code src/test/resources/regressions/} — or built here when it is large by nature (a zip
 * bomb, nesting thousands of levels deep, a number of a million digits). Each pins the correct
 * outcome: a Keneya error whose place says where, or a dataset read and written back equal.
 * Times are checked after the read returns, never by abandoning a thread: a regression that makes
 * a read slow fails here, it does not leave a thread running into the tests that follow.
 */
class RegressionInputsTest {
  /** A refusal is quick: the readers check limits before they parse or expand anything. */
  private static final Duration QUICKLY = Duration.ofSeconds(5);

  @TempDir
  Path scratch;

  // ---- the list cell, the descriptor, the zip

  @Test
  void aListCellWhoseLastStringNeverEndsIsRefusedAtItsCell() {
    InvalidDataException e = refused(table("list-cell-unterminated-quote.csv", "recommendation"));
    assertPlace(e, "list-cell-unterminated-quote.csv", "row 2", "lead");
  }

  /** The nesting sits in {@code resources}, which the reader reads, or in a property it skips. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"[ | resources", "{\"a\": | resources", "[ | profile", "{\"a\": | profile"})
  void aDataPackageNestedThousandsOfLevelsIsRefusedNamingTheDescriptor(String opening, String property) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>(Codecs.folderFiles(small(), scratch));
    files.put(CsvCodec.DATA_PACKAGE, deep(property, opening, 5_000).getBytes(StandardCharsets.UTF_8));
    assertLocatedIn(CsvCodec.DATA_PACKAGE, refused(Input.folder("nested", files, "nested descriptor")));
    assertLocatedIn(CsvCodec.DATA_PACKAGE, refused(Input.bytes(Format.ZIP, "nested.zip", zipOf(files, ""), "nested descriptor")));
  }

  @Test
  void aZipEntryNameThatIsNotUtf8IsRefusedWithASourceAndAPlace() {
    assertRefusedAsTheOracleRequires("entry-name-not-utf8.zip");
  }

  @Test
  void aZipBombIsRefusedByTheRatioLimitLongBeforeItInflates() {
    byte[] bomb = zipBombOfCommas();
    assertTrue(bomb.length < 2 << 20, "a zip of " + bomb.length + " bytes");
    InvalidDataException e = refused(Input.bytes(Format.ZIP, "bomb.zip", bomb, "1 GiB of commas"));
    assertPlace(e, "recommendation.csv");
    assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains("ratio"), "refused for its compression ratio: " + e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"zip-two-entries-of-one-name.zip", "zip-cut-short.zip", "not-a-zip.zip"})
  void aDamagedZipIsRefusedWithASourceAndAPlace(String file) {
    assertRefusedAsTheOracleRequires(file);
  }

  /** Refused with a message naming a source (for a zip, the file inside it) and a place in it. */
  private void assertRefusedAsTheOracleRequires(String zipFile) {
    Input zip = Input.bytes(Format.ZIP, zipFile, resource(zipFile), zipFile);
    InvalidDataException e = refused(zip);
    assertEquals(Outcome.Verdict.REJECTED, Oracle.judgeRefusal(zip, e).verdict(),
        "a refusal naming its source and a place in it, was: " + e.getMessage());
  }

  // ---- numbers

  @ParameterizedTest
  @CsvSource({
    "amount-1e2147483647.json, /kinds/budget/1/lines/0/amounts/forecast",
    "amount-1E+999999999.json, /kinds/budget/1/lines/0/amounts/forecast",
    "percent-1e2147483647.json, /kinds/budget/1/statedVariation",
    "percent-1E+999999999.json, /kinds/budget/1/statedVariation",
    "rate-1e2147483647.json, /kinds/budget/1/lines/0/statedRates/0/stated",
    "rate-1E+999999999.json, /kinds/budget/1/lines/0/statedRates/0/stated",
    "amount-1e400.json, /kinds/budget/1/lines/0/amounts/forecast",
    "rate-1e400.json, /kinds/budget/1/lines/0/statedRates/0/stated",
    "percent-1E+10000.json, /kinds/budget/1/statedVariation",
  })
  void aNumberBeyondOneHundredPlainDigitsInJsonIsRefusedAtItsPointer(String file, String pointer) {
    InvalidDataException e = refusedQuickly(json(file));
    assertPlace(e, file);
    assertTrue(e.place().path().orElse("").startsWith(pointer), "at " + pointer + ": " + e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "amount-1e2147483647.csv, statedTotals.forecast",
    "amount-1E+999999999.csv, statedTotals.forecast",
    "percent-1e2147483647.csv, statedVariation",
    "percent-1E+999999999.csv, statedVariation",
    "rate-1e2147483647.csv, lines",
    "rate-1E+999999999.csv, lines",
  })
  void aNumberBeyondOneHundredPlainDigitsInCsvIsRefusedAtItsCell(String file, String column) {
    assertPlace(refusedQuickly(table(file, "budget")), file, "row 3", "column " + column);
  }

  /** Not only money and rates: any decimal property, such as a plug-in kind's. */
  @Test
  void aHugeNumberInAPlainDecimalPropertyIsRefusedInJsonAndCsv() {
    InvalidDataException json = refusedQuickly(json("indicator-baseline-1e2147483647.json"));
    assertTrue(json.place().path().orElse("").startsWith("/kinds/indicator/0/baseline"), json.getMessage());
    assertPlace(refusedQuickly(table("indicator-baseline-1e2147483647.csv", "indicator")),
        "indicator-baseline-1e2147483647.csv", "row 2", "column baseline");
  }

  @Test
  void aMillionDigitNumberInACellIsRefusedQuickly() {
    String table = new String(resource("amount-1e2147483647.csv"), StandardCharsets.UTF_8)
        .replace("1e2147483647", "9".repeat(1_000_000));
    Input input = Input.table(Budget.KIND, table.getBytes(StandardCharsets.UTF_8), "a million nines");
    assertPlace(refusedQuickly(input), "budget.csv", "row 3", "column statedTotals.forecast");
  }

  @ParameterizedTest
  @ValueSource(strings = {"percent-1E+2.json", "percent-1E+2.csv"})
  void aStatedPercentWrittenWithAnExponentReadsAsItsPlainValueAndRoundTrips(String file) throws IOException {
    Input input = file.endsWith(".json") ? json(file) : table(file, "budget");
    Dataset read = Codecs.prepareAndRead(input, scratch);
    Budget budget = read.entities(Budget.class).get(1);
    assertEquals(new BigDecimal("100"), budget.statedVariation().orElseThrow().percent()); // equals compares scales: 100, not 1E+2
    assertEquals(Outcome.Verdict.ACCEPTED, Oracle.judge(input, scratch).verdict(), "written by every writer and read back equal");
  }

  // ---- dates, texts, lines

  @Test
  void aPeriodOfTwoBillionYearsIsRefusedWhereTheDueDateIsDerived() {
    InvalidDataException e = refused(json("period-P2147483647Y.json"));
    assertPlace(e, "period-P2147483647Y.json");
    assertTrue(e.place().path().orElse("").startsWith("/kinds/recommendation/0/horizon"), e.getMessage());
  }

  @Test
  void aJsonTextHoldingALoneSurrogateIsRefusedAtTheText() {
    InvalidDataException e = refused(json("text-lone-surrogate.json"));
    assertPlace(e, "text-lone-surrogate.json");
    assertTrue(e.place().path().orElse("").startsWith("/kinds/actor/0/name"), e.getMessage());
  }

  @Test
  void aJsonLinesHeaderSpreadOverSeveralLinesIsRefused() {
    Input lines = Input.bytes(Format.JSONL, "header-spread-over-lines.jsonl", resource("header-spread-over-lines.jsonl"), "");
    InvalidDataException e = refused(lines);
    assertPlace(e, "header-spread-over-lines.jsonl");
    assertTrue(e.place().line().isPresent(), "names the line: " + e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a JSON id", "a JSON format name", "a JSON Lines kind", "a CSV column name", "a CSV id", "a CSV list"})
  void aRefusalQuotingAMillionCharacterValueStaysOneShortLine(String where) {
    InvalidDataException e = refused(quotingAMillionCharacters(where));
    assertTrue(e.getMessage().length() < Oracle.MAX_MESSAGE, e.getMessage().length() + " characters: " + Outcome.excerpt(e.getMessage(), 200));
  }

  /** An input refused for a value of a million characters (or a list of a hundred thousand), which its message quotes. */
  private static Input quotingAMillionCharacters(String where) {
    String huge = "a".repeat(1_000_000);
    String dns = "{\"id\":\"dns\",\"type\":\"directorate\",\"name\":{\"fr\":\"DNS\"}}";
    String table = new String(resource("list-cell-unterminated-quote.csv"), StandardCharsets.UTF_8);
    switch (where) {
      case "a JSON id":
        return Input.bytes(Format.JSON, "huge.json",
            utf8("{\"format\":\"keneya-dataset\",\"version\":1,\"kinds\":{\"actor\":[" + dns.replace("\"dns\"", "\"" + huge + "\"") + "]}}"), where);
      case "a JSON format name":
        return Input.bytes(Format.JSON, "huge.json", utf8("{\"format\":\"" + huge + "\",\"version\":1,\"kinds\":{}}"), where);
      case "a JSON Lines kind":
        return Input.bytes(Format.JSONL, "huge.jsonl",
            utf8("{\"format\":\"keneya-jsonl\",\"version\":1}\n{\"kind\":\"" + huge + "\",\"entity\":" + dns + "}\n"), where);
      case "a CSV column name":
        return Input.table(Budget.KIND, utf8(huge + "\n"), where);
      case "a CSV id":
        return Input.table(Recommendation.KIND, utf8(table.replace("\nr1,", "\n" + huge + ",")), where);
      default: // the same alias a hundred thousand times: refused, and the message lists them all today
        String aliases = "\"[" + "\"\"a\"\",".repeat(100_000) + "\"\"a\"\"]\"";
        return actorTable("DNS", aliases, where);
    }
  }

  /** An actor table of one row, every column present: a name and an aliases cell as written in the file. */
  private static Input actorTable(String name, String aliasesCell, String how) {
    return Input.table(org.keneya.model.Actor.KIND, utf8("id,type,name.fr,acronym,aliases,level,parent,title.fr,provenance\n"
        + "dns,directorate," + name + ",," + aliasesCell + ",,,,\n"), how);
  }

  /** The CSV reader applies the same text limit as the JSON reader: what one accepts, the other reads back. */
  @Test
  void aTextOverTheMillionCharacterLimitIsRefusedInCsvAsInJson() {
    String text = "a".repeat(1_000_001);
    Input json = Input.bytes(Format.JSON, "long.json",
        utf8("{\"format\":\"keneya-dataset\",\"version\":1,\"kinds\":{\"actor\":[{\"id\":\"dns\",\"type\":\"directorate\",\"name\":{\"fr\":\""
            + text + "\"}}]}}"), "a long name");
    Input csv = actorTable(text, "", "a long name");
    assertPlace(refused(json), "long.json");
    assertPlace(refused(csv), "actor.csv", "row 2", "column name.fr");
  }

  // ---- folders and zips as file managers make them

  @Test
  void aFolderHoldingAMacosxFolderReadsAsItsTables() throws IOException {
    Dataset dataset = small();
    Map<String, byte[]> files = new LinkedHashMap<>(Codecs.folderFiles(dataset, scratch));
    files.put("__MACOSX/._actor.csv", new byte[] {0, 5, 22, 7, 0, 2, 0, 0});
    files.put("__MACOSX/._datapackage.json", new byte[] {0, 5, 22, 7, 0, 2, 0, 0});
    assertEquals(dataset, Codecs.prepareAndRead(Input.folder("from-a-mac", files, "__MACOSX"), scratch));
  }

  @Test
  void aZipWhoseTablesSitUnderOneTopLevelFolderReadsAsItsTables() throws IOException {
    Dataset dataset = small();
    byte[] zip = zipOf(Codecs.folderFiles(dataset, scratch), "export/");
    assertEquals(dataset, Codecs.prepareAndRead(Input.bytes(Format.ZIP, "export.zip", zip, "under export/"), scratch));
  }

  // ---- inputs the fuzzer wrote, kept as it wrote them

  /**
   * Reproductions from {@code target/fuzz-findings/}, copied to {@code regressions/found/}: each must
   * now meet the oracle — accepted and equal after every round trip, or refused naming a source and
   * a place. A table's file name starts with its kind ({@code indicator-….csv}).
   */
  @ParameterizedTest
  @MethodSource("foundByTheFuzzer")
  void anInputTheFuzzerFoundNowMeetsTheOracle(String file) throws IOException {
    byte[] bytes = resource("found/" + file);
    Format format = Arrays.stream(Format.values()).filter(f -> file.endsWith("." + f.extension)).findFirst().orElseThrow();
    Input input = format == Format.TABLE
        ? Input.table(Codecs.REGISTRY.kind(file.substring(0, file.indexOf('-'))).orElseThrow(), bytes, file)
        : Input.bytes(format, file, bytes, file);
    Outcome outcome = Oracle.judge(input, scratch);
    assertNotEquals(Outcome.Verdict.FINDING, outcome.verdict(), outcome.cause() + "\n" + outcome.detail());
  }

  static List<String> foundByTheFuzzer() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(Path.of(RegressionInputsTest.class.getResource("/regressions/found").toURI()))) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  // ---- helpers

  /** A small generated dataset with every kind's table non-empty enough to matter. */
  private static Dataset small() {
    return HealthGens.datasets().generate(RandomSource.of(1L, 30));
  }

  private InvalidDataException refused(Input input) {
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> Codecs.prepareAndRead(input, scratch), "refused: " + input);
    assertTrue(e.getMessage().length() < Oracle.MAX_MESSAGE, "a message of " + e.getMessage().length() + " characters");
    return e;
  }

  private InvalidDataException refusedQuickly(Input input) {
    return assertTimeout(QUICKLY, () -> refused(input), "refused within " + QUICKLY.toSeconds() + " s");
  }

  /** The place, as its message shows it, holds each part ({@code budget.csv}, {@code row 3}, a column). */
  private static void assertPlace(InvalidDataException e, String... parts) {
    String place = e.place().toString();
    for (String part : parts) {
      assertTrue(place.contains(part), "the place names " + part + ": " + place + " (" + e.getMessage() + ")");
    }
  }

  /** The error names the file and where in it: a line, column or pointer. */
  private static void assertLocatedIn(String file, InvalidDataException e) {
    Place place = e.place();
    assertTrue(place.source().orElse("").contains(file), "in " + file + ": " + e.getMessage());
    assertTrue(place.line().isPresent() || place.path().isPresent() || place.column().isPresent(), "located: " + e.getMessage());
  }

  private static Input json(String file) {
    return Input.bytes(Format.JSON, file, resource(file), file);
  }

  private static Input table(String file, String kind) {
    return new Input(Format.TABLE, file, resource(file), Map.of(), Codecs.REGISTRY.kind(kind).orElseThrow(), file);
  }

  static byte[] resource(String name) {
    try (InputStream in = RegressionInputsTest.class.getResourceAsStream("/regressions/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no regression input " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A descriptor whose {@code property} nests {@code levels} arrays or objects, then lists no resources. */
  private static String deep(String property, String opening, int levels) {
    String closing = opening.equals("[") ? "]" : "}";
    String inner = opening.equals("[") ? "" : "1";
    String value = opening.repeat(levels) + inner + closing.repeat(levels);
    return property.equals("resources") ? "{\"resources\":" + value + "}" : "{\"" + property + "\":" + value + ",\"resources\":[]}";
  }

  /** A zip of the files, each under {@code folder} (with an entry of its own, as zip tools write it). */
  private static byte[] zipOf(Map<String, byte[]> files, String folder) {
    List<ZipFiles.Entry> entries = new ArrayList<>();
    if (!folder.isEmpty()) {
      entries.add(new ZipFiles.Entry(folder, new byte[0]));
    }
    files.forEach((name, bytes) -> entries.add(new ZipFiles.Entry(folder + name, bytes)));
    return ZipFiles.zip(entries);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A zip bomb: one table of 1 GiB of commas, deflated about a thousand times, to about 1 MiB. */
  private static byte[] zipBombOfCommas() {
    byte[] block = new byte[1 << 20];
    Arrays.fill(block, (byte) ',');
    ByteArrayOutputStream out = new ByteArrayOutputStream(2 << 20);
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("recommendation.csv"));
      for (int i = 0; i < 1024; i++) {
        zip.write(block);
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
