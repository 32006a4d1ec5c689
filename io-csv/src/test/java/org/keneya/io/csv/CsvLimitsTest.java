package org.keneya.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.io.csv.Fixtures.CSV;
import static org.keneya.io.csv.Fixtures.INSPECTIONS;
import static org.keneya.io.csv.Fixtures.INSPECTION_BY_MN;
import static org.keneya.io.csv.Fixtures.OPERATORS;
import static org.keneya.io.csv.Fixtures.STATIONS;
import static org.keneya.io.csv.Fixtures.dataset;
import static org.keneya.io.csv.Fixtures.inspection;
import static org.keneya.io.csv.Fixtures.limited;
import static org.keneya.io.csv.Fixtures.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.StatedRate;
import org.keneya.testdomain.Inspection;
import org.keneya.testdomain.Operator;
import org.keneya.testdomain.Station;

/**
 * Tables beyond {@link CsvOptions#limits()} are refused early, naming file, row, column and the
 * limit — in time and memory that do not grow with what is refused.
 */
class CsvLimitsTest {
  /** Well within what the checks need, far below what parsing the refused values would take. */
  private static final Duration QUICK = Duration.ofSeconds(5);

  private static <E extends Entity> MalformedInputException refused(CsvCodec csv, EntityKind<E> kind, String table) {
    return assertTimeoutPreemptively(QUICK, () -> assertThrows(MalformedInputException.class, () -> read(csv, kind, table)));
  }

  /** A station row whose budget's amount (a value nested in the station, flattened to columns) is {@code amount}. */
  private static String stationWithBudget(String amount) {
    return STATIONS + "kati,Kati,mn,[],active,false,,,,," + amount + ",XOF,[],[],[]\n";
  }

  @Test
  void theLimitsAreTheDefaultsUnlessSet() {
    assertEquals(ReadLimits.defaults(), CsvOptions.defaults().limits());
    ReadLimits strict = ReadLimits.builder().maxTextLength(10).build();
    CsvOptions options = CsvOptions.defaults().delimiter(';').limits(strict).bom(true);
    assertSame(strict, options.limits());
    assertEquals(';', options.delimiter(), "the other options are kept");
    assertTrue(options.bom());
  }

  @Test
  void aDecimalCellOfAMillionDigitsIsRefusedBeforeItIsParsed() {
    MalformedInputException e = refused(CSV, Station.KIND, stationWithBudget("1".repeat(1_000_000)));
    assertEquals("station.csv", e.place().source().orElseThrow());
    assertEquals(OptionalLong.of(2), e.place().line());
    assertEquals("budget.amount", e.place().path().orElseThrow());
    assertTrue(e.reason().contains("1000000 characters, more than the limit maxNumberLength = 100"), e::reason);
    assertTrue(e.getMessage().length() < 300, "the value is quoted as an excerpt: " + e.getMessage().length());
  }

  @Test
  void aDecimalWhosePlainNotationIsTooLongIsRefusedWithoutExpandingIt() {
    MalformedInputException e = refused(CSV, Station.KIND, stationWithBudget("1E+999999999"));
    assertEquals("budget.amount", e.place().path().orElseThrow());
    assertTrue(e.reason().contains("more than the limit maxNumberLength = 100"), e::reason);
  }

  @Test
  void aDecimalWithAnExponentIsReadInItsNormalForm() {
    Inspection written = inspection("i1", List.of("mn"), null, StatedRate.of("100 %", "100"));
    String table = Fixtures.table(CSV, dataset(written), Inspection.KIND);
    assertTrue(table.contains(",100 %,100,"), table);
    Inspection read = read(CSV, Inspection.KIND, table.replace(",100 %,100,", ",100 %,1E+2,")).get(0);
    assertEquals(written, read, "1E+2 is read as the 100 every writer writes, scale 0");
    assertEquals(0, read.uptime().percent().scale());
  }

  @Test
  void anIntegerCellOfAMillionDigitsIsRefusedByTheNumberLimit() {
    String table = STATIONS + "kati,Kati,mn,[],active,false," + "9".repeat(1_000_000) + ",,,,,,[],[],[]\n";
    MalformedInputException e = refused(CSV, Station.KIND, table);
    assertEquals("station.csv, row 2, column elevation", e.place().toString());
    assertTrue(e.reason().contains("the limit maxNumberLength"), e::reason);
  }

  @Test
  void aCellLongerThanTheTextLimitIsRefusedByTheParserNamingItsColumn() {
    CsvCodec csv = limited(ReadLimits.builder().maxTextLength(20));
    String table = OPERATORS + "mn,\"MN\nBamako\",agency,,,\n" // a row of two lines: the next starts on line 4
        + "anam,ANAM,agency,https://" + "x".repeat(13) + ",,\n";
    MalformedInputException e = refused(csv, Operator.KIND, table);
    assertEquals("operator.csv, row 4, column website", e.place().toString());
    assertTrue(e.reason().startsWith("a text of 21 characters, more than the limit maxTextLength = 20"), e::reason);
    assertEquals(2, read(csv, Operator.KIND, OPERATORS + "mn,\"MN\nBamako\",agency,,,\n").size() + 1,
        "cells within the limit are read");
  }

  @Test
  void cellsAtTheTextLimitAreReadEvenWhenEveryCharacterIsAQuote() {
    CsvCodec csv = limited(ReadLimits.builder().maxTextLength(10_000));
    String quotes = "\"".repeat(10_000);
    String cell = "\"" + quotes.replace("\"", "\"\"") + "\""; // 20,002 characters as written
    Inspection read = read(csv, Inspection.KIND, INSPECTIONS + INSPECTION_BY_MN + "," + cell + "," + cell + ",95,0,half-up"
        + ",".repeat(8) + "\n").get(0);
    assertEquals(quotes, read.uptime().asWritten());
    assertEquals(LocalizedText.fr(quotes), read.notes());
  }

  @Test
  void aHugeCellIsRefusedWithoutBufferingItWhole() {
    // 20 million characters, with the default limit of a million (a list cell may hold 16): refused by the parser's buffer
    String table = OPERATORS + "mn,\"" + "x".repeat(20_000_000) + "\",agency,,,\n";
    MalformedInputException e = refused(CSV, Operator.KIND, table);
    assertTrue(e.place().toString().startsWith("operator.csv, row 2"), e.place()::toString);
    assertEquals("a cell of more than 16000000 characters, 16 times the limit maxTextLength (a list cell holds many texts)",
        e.reason());
  }

  @Test
  void aListCellOfMoreElementsThanTheLimitIsRefused() {
    CsvCodec csv = limited(ReadLimits.builder().maxListLength(2));
    String references = Fixtures.table(CSV, dataset(inspection("i1", List.of("a", "b", "c"), null, null)), Inspection.KIND);
    MalformedInputException e = refused(csv, Inspection.KIND, references);
    assertEquals("inspection.csv, row 2, column inspectors", e.place().toString());
    assertTrue(e.reason().contains("the limit maxListLength"), e::reason);

    String texts = STATIONS + "kati,Kati,mn,[],active,false,,,,,,,[],\"[\"\"a\"\", \"\"b\"\", \"\"c\"\"]\",[]\n"; // through the JSON reader
    MalformedInputException strings = refused(csv, Station.KIND, texts);
    assertTrue(strings.place().toString().startsWith("station.csv, row 2, column tags"), strings.place()::toString);
    assertTrue(strings.reason().contains("the limit maxListLength"), strings::reason);
  }

  @Test
  void theJsonOfAListCellIsReadUnderTheNestingLimit() {
    CsvCodec csv = limited(ReadLimits.builder().maxNestingDepth(1));
    // a sensor is an object in the array: two levels
    String table = STATIONS + "kati,Kati,mn,[],active,true,,,,,,,\"[{\"\"model\"\":\"\"WS-1\"\",\"\"calibration\"\":\"\"P1Y\"\"}]\""
        + ",[],[]\n";
    MalformedInputException e = refused(csv, Station.KIND, table);
    assertTrue(e.getMessage().startsWith("station.csv, row 2, column sensors"), e::getMessage);
    assertTrue(e.reason().contains("nesting depth"), e::reason);
  }

  @Test
  void theDataPackageIsReadUnderTheTextAndListLimits(@TempDir Path dir) throws IOException {
    Path folder = dir.resolve("dataset");
    CSV.writeFolder(dataset(), folder);
    CsvCodec csv = limited(ReadLimits.builder().maxTextLength(100).maxListLength(3));
    Files.writeString(folder.resolve("datapackage.json"), "{\"resources\": [{\"path\": \"" + "x".repeat(101) + "\"}]}");
    MalformedInputException text = assertThrows(MalformedInputException.class, () -> csv.readFolder(folder));
    assertEquals("datapackage.json", text.place().source().orElseThrow());
    assertTrue(text.reason().contains("String value length (101) exceeds the maximum allowed (100"), text::reason);

    Files.writeString(folder.resolve("datapackage.json"), "{\"resources\": [" + "{\"path\": \"operator.csv\"},".repeat(3)
        + "{\"path\": \"operator.csv\"}]}");
    MalformedInputException list = assertThrows(MalformedInputException.class, () -> csv.readFolder(folder));
    assertEquals("datapackage.json, line 1, column 91, at /resources/3", list.place().toString());
    assertEquals("a list of more than 3 elements, the limit maxListLength", list.reason());
  }

  @Test
  void aHeaderOfAHundredThousandColumnsIsRefusedAtRowOne() {
    MalformedInputException e = refused(CSV, Operator.KIND, "c,".repeat(100_000) + "c\n");
    assertEquals("operator.csv, row 1", e.place().toString());
    assertTrue(e.reason().contains("16384 fields"), e::reason);
  }

  @Test
  void aRowOfAMillionCellsIsRefusedAtItsRow() {
    MalformedInputException e = refused(CSV, Operator.KIND, OPERATORS + "mn,MN,agency,,,\n" + ",".repeat(1_000_000) + "\n");
    assertEquals("operator.csv, row 3", e.place().toString());
  }

  @Test
  void aFileOfNothingButABomOrLineEndsIsAnEmptyTable() {
    for (String text : List.of("\uFEFF", "\r\r\r", "\uFEFF\r\n\r\n", "")) {
      MalformedInputException e = refused(CSV, Operator.KIND, text);
      assertEquals("operator.csv, row 1: the table is empty: no header row", e.getMessage());
    }
  }

  @Test
  void aFirstLineTooLongToDetectTheDelimiterInIsRefusedByTheCellLimit() {
    MalformedInputException e = refused(limited(ReadLimits.builder().maxTextLength(100_000)), Operator.KIND,
        "x".repeat(3_000_000) + ";y\n");
    assertEquals("operator.csv, row 1", e.place().toString());
    assertTrue(e.reason().contains("the limit maxTextLength"), e::reason);
  }

  @Test
  void aLongUnknownColumnIsNamedByAnExcerpt() {
    MalformedInputException e = refused(CSV, Operator.KIND, OPERATORS.replace("\n", ",") + "z".repeat(100_000) + "\n");
    assertTrue(e.getMessage().length() < 1_000, () -> "length " + e.getMessage().length());
    assertTrue(e.place().path().orElseThrow().startsWith("\"zzzz"), e::getMessage);
  }
}
