package org.keneya.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.InvalidDataException;
import org.keneya.core.error.Place;
import org.keneya.io.csv.CsvCodec;
import org.keneya.model.Budget;
import org.keneya.model.Recommendation;
import org.keneya.testkit.KeneyaGens;
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
  void aZipEntryNameThatIsNotUtf8IsRefusedAsMalformedInput() {
    InvalidDataException e = refused(Input.bytes(Format.ZIP, "entry-name-not-utf8.zip", resource("entry-name-not-utf8.zip"), ""));
    assertTrue(e.place().source().isPresent(), "the place names the zip or its entry: " + e.getMessage());
  }

  @Test
  void aZipBombIsRefusedByTheRatioLimitAfterAboutOneMebibyte() {
    byte[] bomb = zipBombOfCommas();
    assertTrue(bomb.length < 2 << 20, "a zip of " + bomb.length + " bytes");
    InvalidDataException e = refused(Input.bytes(Format.ZIP, "bomb.zip", bomb, "1 GiB of commas"));
    assertPlace(e, "recommendation.csv");
    assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains("ratio"), "refused for its compression ratio: " + e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"zip-two-entries-of-one-name.zip", "zip-cut-short.zip", "not-a-zip.zip"})
  void aDamagedZipIsRefusedWithASourceAndAPlace(String file) {
    Input zip = Input.bytes(Format.ZIP, file, resource(file), file);
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

  @Test
  void aMillionDigitNumberInACellIsRefusedQuickly() {
    String table = new String(resource("amount-1e2147483647.csv"), StandardCharsets.UTF_8)
        .replace("1e2147483647", "9".repeat(1_000_000));
    Input input = Input.table(Budget.KIND, table.getBytes(StandardCharsets.UTF_8), "a million nines");
    assertPlace(refusedQuickly(input), "budget.csv", "row 3", "column statedTotals.forecast");
  }

  @Test
  void aStatedPercentWrittenWithAnExponentReadsAsItsPlainValueAndRoundTrips() throws IOException {
    Input input = json("percent-1E+2.json");
    Dataset read = Codecs.read(input, scratch);
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
  @ValueSource(strings = {"a JSON id", "a CSV column name", "a CSV id"})
  void aRefusalQuotingAMillionCharacterValueStaysOneShortLine(String where) {
    String huge = "a".repeat(1_000_000);
    Input input;
    if (where.equals("a JSON id")) {
      input = Input.bytes(Format.JSON, "huge.json", utf8("{\"format\":\"keneya-dataset\",\"version\":1,\"kinds\":{\"actor\":[{\"id\":\""
          + huge + "\",\"type\":\"directorate\",\"name\":{\"fr\":\"DNS\"}}]}}"), where);
    } else if (where.equals("a CSV column name")) {
      input = Input.table(Budget.KIND, utf8(huge + "\n"), where);
    } else {
      String table = new String(resource("list-cell-unterminated-quote.csv"), StandardCharsets.UTF_8);
      input = Input.table(Recommendation.KIND, utf8(table.replace("\nr1,", "\n" + huge + ",")), where);
    }
    InvalidDataException e = refused(input);
    assertTrue(e.getMessage().length() < Oracle.MAX_MESSAGE, e.getMessage().length() + " characters: " + Outcome.excerpt(e.getMessage(), 200));
  }

  // ---- folders and zips as file managers make them

  @Test
  void aFolderHoldingAMacosxFolderReadsAsItsTables() throws IOException {
    Dataset dataset = small();
    Map<String, byte[]> files = new LinkedHashMap<>(Codecs.folderFiles(dataset, scratch));
    files.put("__MACOSX/._actor.csv", new byte[] {0, 5, 22, 7, 0, 2, 0, 0});
    files.put("__MACOSX/._datapackage.json", new byte[] {0, 5, 22, 7, 0, 2, 0, 0});
    assertEquals(dataset, Codecs.read(Input.folder("from-a-mac", files, "__MACOSX"), scratch));
  }

  @Test
  void aZipWhoseTablesSitUnderOneTopLevelFolderReadsAsItsTables() throws IOException {
    Dataset dataset = small();
    byte[] zip = zipOf(Codecs.folderFiles(dataset, scratch), "export/");
    assertEquals(dataset, Codecs.read(Input.bytes(Format.ZIP, "export.zip", zip, "under export/"), scratch));
  }

  // ---- helpers

  /** A small generated dataset with every kind's table non-empty enough to matter. */
  private static Dataset small() {
    return KeneyaGens.datasets().generate(RandomSource.of(1L, 30));
  }

  private InvalidDataException refused(Input input) {
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> Codecs.read(input, scratch), "refused: " + input);
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
    assertTrue(e.getMessage().contains(place) || e.getMessage().startsWith(e.place().source().orElse("?")), e.getMessage());
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
