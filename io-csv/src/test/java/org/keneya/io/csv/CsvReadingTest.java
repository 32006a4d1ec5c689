package org.keneya.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.io.csv.Fixtures.CSV;
import static org.keneya.io.csv.Fixtures.INSPECTIONS;
import static org.keneya.io.csv.Fixtures.INSPECTION_BY_MN;
import static org.keneya.io.csv.Fixtures.OPERATORS;
import static org.keneya.io.csv.Fixtures.REGISTRY;
import static org.keneya.io.csv.Fixtures.STATIONS;
import static org.keneya.io.csv.Fixtures.dataset;
import static org.keneya.io.csv.Fixtures.inspection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.StatedRate;
import org.keneya.io.csv.internal.JsonCells;
import org.keneya.testdomain.Inspection;
import org.keneya.testdomain.Operator;
import org.keneya.testdomain.Station;

/** What spreadsheets write is accepted; what is wrong is refused naming file, row and column. */
class CsvReadingTest {
  /** An operator whose name holds a line break and quotes, and whose web address a semicolon and quotes. */
  private static final Operator MN = new Operator(Id.of("mn"), LocalizedText.fr("Météo nationale, « MN »\n(Bamako)"),
      Code.of("agency"), "https://meteo.example/?q=\"a;b\"", null, null);

  private static List<Operator> read(byte[] bytes) {
    return Fixtures.read(CSV, Operator.KIND, bytes);
  }

  private static List<Operator> read(String text) {
    return Fixtures.read(CSV, Operator.KIND, text);
  }

  private static MalformedInputException refused(String text) {
    return assertThrows(MalformedInputException.class, () -> read(text));
  }

  /** {@link #MN} and a station whose operator, {@code operator:anam}, is not in the dataset. */
  private static Dataset danglingReference() {
    return dataset(MN, Station.of("kati", "anam", "Kati"));
  }

  private static byte[] zip(Dataset dataset) {
    return Fixtures.zip(CSV, dataset);
  }

  /** The folder of tables of a dataset of {@link #MN} alone, with its {@code datapackage.json}. */
  private static Path mnFolder(Path dir) {
    Path folder = dir.resolve("dataset");
    CSV.writeFolder(dataset(MN), folder);
    return folder;
  }

  @Test
  void acceptsBomSemicolonsCrlfQuotedLineBreaksAndTrailingEmptyLines() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvCodec excel = CsvCodec.create(REGISTRY, CsvOptions.defaults().delimiter(';').bom(true).crlf(true));
    excel.writeTable(dataset(MN), Operator.KIND, out);
    byte[] bytes = (out.toString(StandardCharsets.UTF_8) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    assertEquals((byte) 0xEF, bytes[0]);
    assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\r\n"));
    assertEquals(List.of(MN), read(bytes)); // delimiter detected, BOM skipped, empty lines ignored
  }

  @Test
  void columnsMayComeInAnyOrder() {
    assertEquals("mn", read("currency,founded,website,type,name.fr,id\n,,,agency,MN,mn\n").get(0).id().value());
  }

  @Test
  void anUnknownColumnIsRefused() {
    MalformedInputException e = refused(OPERATORS.replace("\n", ",colour\n") + "mn,MN,agency,,,,red\n");
    assertEquals("operator.csv, row 1, column colour: unknown column; expected [id, name.fr, type, website, founded, "
        + "currency]", e.getMessage());
  }

  @Test
  void aMissingColumnIsRefused() {
    MalformedInputException e = refused("id,name.fr\nmn,MN\n");
    assertEquals("operator.csv, row 1, column type: missing column", e.getMessage());
  }

  @Test
  void aValueOfTheWrongTypeIsRefused() {
    MalformedInputException e = refused(OPERATORS + "MN,MN,agency,,,\n");
    assertEquals(OptionalLong.of(2), e.place().line());
    assertEquals("id", e.place().path().orElseThrow());
    assertTrue(e.reason().startsWith("must be lowercase letters and digits"), e::reason);

    MalformedInputException list = assertThrows(MalformedInputException.class,
        () -> Fixtures.read(CSV, Station.KIND, STATIONS + "\nkati,Kati,mn,[],active,false,,,,,,,[],[1],[]\n"));
    assertTrue(list.getMessage().startsWith("station.csv, row 3, column tags"), list::getMessage);
    assertTrue(list.getMessage().contains("expected a string (string), found a number"), list::getMessage);
  }

  @Test
  void referenceListsAreWrittenAsJsonArraysAndReadInAnyValidJsonSpelling() {
    Inspection visit = inspection("i1", List.of("mn", "anam"), null, null);
    String table = Fixtures.table(CSV, dataset(visit), Inspection.KIND);
    String cell = "\"[\"\"mn\"\",\"\"anam\"\"]\""; // the JSON array, quoted for CSV
    assertTrue(table.contains("," + cell + ","), table);
    assertEquals("[\"mn\",\"anam\"]",
        JsonCells.write(Inspection.KIND.property("inspectors").orElseThrow().type(), visit.inspectors()));

    String spaced = table.replace(cell, "\"[ \"\"mn\"\" , \"\"anam\"\" ]\"");
    assertEquals(List.of(visit), readInspections(spaced));
    MalformedInputException bad = assertThrows(MalformedInputException.class,
        () -> readInspections(table.replace(cell, "\"[\"\"MN\"\"]\"")));
    assertTrue(bad.getMessage().startsWith("inspection.csv, row 2, column inspectors"), bad::getMessage);
  }

  @Test
  void aReferenceListWithAnUnterminatedQuoteIsRefusedByTheStrictReaderNamingItsCell() {
    String table = Fixtures.table(CSV, dataset(inspection("i1", List.of("mn", "anam"), null, null)), Inspection.KIND);
    String cell = "\"[\"\"mn\"\",\"\"anam\"\"]\"";
    for (String broken : List.of("[\"a\",\"b\",\"]", "[\"a\",\"]")) { // the last separator takes the closing quote
      String quoted = "\"" + broken.replace("\"", "\"\"") + "\"";
      MalformedInputException e = assertThrows(MalformedInputException.class,
          () -> readInspections(table.replace(cell, quoted)));
      assertTrue(e.getMessage().startsWith("inspection.csv, row 2, column inspectors"), e::getMessage);
      assertTrue(e.getMessage().contains("Unexpected end-of-input"), e::getMessage);
    }
  }

  private static List<Inspection> readInspections(String table) {
    return Fixtures.read(CSV, Inspection.KIND, table);
  }

  @Test
  void aMissingRequiredValueIsRefused() {
    MalformedInputException e = refused(OPERATORS + "mn,MN,,,,\n");
    assertEquals("operator.csv, row 2, column type: a value is required", e.getMessage());
  }

  @Test
  void aReferenceToAMissingRowIsRefused() {
    byte[] zip = zip(danglingReference());
    MalformedInputException e = assertThrows(MalformedInputException.class,
        () -> CSV.readZip(new ByteArrayInputStream(zip)));
    assertEquals("station.csv, row 2, column operator: dangling reference: operator:anam is not in the dataset",
        e.getMessage());
  }

  @Test
  void aReferenceToAMissingRowIsRefusedAtItsRowAfterRowsOfSeveralLines() {
    Station orphan = Station.of("kati", "anam", "Kati");
    byte[] zip = zip(dataset(MN, Station.of("bamako", "mn", "Bamako\nSénou"), orphan)); // a name of two lines
    MalformedInputException e = assertThrows(MalformedInputException.class,
        () -> CSV.readZip(new ByteArrayInputStream(zip)));
    assertEquals("station.csv, row 4, column operator: dangling reference: operator:anam is not in the dataset",
        e.getMessage());
  }

  @Test
  void aTableTheDataPackageListsButTheFolderLacksIsRefused(@TempDir Path dir) throws IOException {
    Path folder = mnFolder(dir);
    Files.delete(folder.resolve("operator.csv")); // nothing refers to the operator: no reference would tell
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> CSV.readFolder(folder));
    assertEquals("datapackage.json, at /resources/1/path: lists the table \"operator.csv\", which is missing",
        e.getMessage());
  }

  @Test
  void aFolderWithoutItsDataPackageIsReadAsTheTablesItHas(@TempDir Path dir) throws IOException {
    Path folder = mnFolder(dir);
    Files.delete(folder.resolve("datapackage.json"));
    assertEquals(dataset(MN), CSV.readFolder(folder));
  }

  @Test
  void aDataPackageThatListsNoTablesProperlyIsRefused(@TempDir Path dir) throws IOException {
    Path folder = mnFolder(dir);
    Files.writeString(folder.resolve("datapackage.json"), "{\n  \"resources\": [{\"path\": 3}]\n}\n");
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> CSV.readFolder(folder));
    assertEquals("datapackage.json, line 2, column 26, at /resources/0/path: expected a file name", e.getMessage());
    Files.writeString(folder.resolve("datapackage.json"), "{\"resources\": [");
    e = assertThrows(MalformedInputException.class, () -> CSV.readFolder(folder));
    assertEquals("datapackage.json, line 1, column 16: Unexpected end-of-input: expected close marker for Array", e.getMessage());
  }

  @Test
  void aDataPackageNestedThousandsOfLevelsDeepIsRefusedNamingIt(@TempDir Path dir) throws IOException {
    Path folder = mnFolder(dir);
    Files.writeString(folder.resolve("datapackage.json"), "{\"profile\": " + "[".repeat(5_000));
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> CSV.readFolder(folder));
    assertEquals("datapackage.json", e.place().source().orElseThrow());
    assertEquals(OptionalLong.of(1), e.place().line());
    assertTrue(e.reason().contains("nesting depth (65) exceeds the maximum allowed (64"), e::reason);
  }

  @Test
  void referencesLeftUncheckedAreReadForValidationToList() {
    Dataset dangling = danglingReference();
    CsvCodec unchecked = CsvCodec.create(REGISTRY, CsvOptions.defaults().checkReferences(false));
    Dataset read = unchecked.readZip(new ByteArrayInputStream(zip(dangling)));
    assertEquals(dangling, read);
    assertEquals(1, read.validate().errors().size(), () -> read.validate().toString());
  }

  @Test
  void aZipWithTwoEntriesOfOneNameIsRefused() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (String name : List.of("operator.csv", "operator.cs_")) { // ZipOutputStream refuses a repeated name
        zip.putNextEntry(new ZipEntry(name));
        zip.write((name.endsWith("v") ? OPERATORS + "mn,MN,agency,,,\n" : OPERATORS).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    // the zip format does not: rename the second entry in its local header and the central directory
    byte[] renamed = bytes.toString(StandardCharsets.ISO_8859_1).replace("operator.cs_", "operator.csv")
        .getBytes(StandardCharsets.ISO_8859_1);
    MalformedInputException e = assertThrows(MalformedInputException.class,
        () -> CSV.readZip(new ByteArrayInputStream(renamed)));
    assertEquals("operator.csv: the zip holds two entries of this name", e.getMessage());
  }

  @Test
  void bytesThatAreNotAZipAreRefusedRatherThanReadAsNoData() {
    MalformedInputException e = assertThrows(MalformedInputException.class,
        () -> CSV.readZip(new ByteArrayInputStream(OPERATORS.getBytes(StandardCharsets.UTF_8))));
    assertEquals("not a zip file, or a zip with no entries", e.reason());
  }

  @Test
  void filesAFileManagerLeavesBesideTheTablesAreSkipped(@TempDir Path dir) throws IOException {
    Path folder = mnFolder(dir);
    Files.writeString(folder.resolve(".DS_Store"), "binary junk");
    Files.writeString(folder.resolve("._operator.csv"), "resource fork");
    assertEquals(dataset(MN), CSV.readFolder(folder));
    Files.writeString(folder.resolve("notes.txt"), "not a table");
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> CSV.readFolder(folder));
    assertTrue(e.getMessage().startsWith("notes.txt: not a table of a known kind; known kinds: ["), e::getMessage);
  }

  @Test
  void foldersAFileManagerLeavesBesideTheTablesAreSkipped(@TempDir Path dir) throws IOException {
    Path folder = mnFolder(dir);
    Files.createDirectories(folder.resolve("__MACOSX").resolve("dataset"));
    Files.writeString(folder.resolve("__MACOSX").resolve("dataset").resolve("._operator.csv"), "resource fork");
    Files.createDirectories(folder.resolve(".git"));
    Files.writeString(folder.resolve(".git").resolve("HEAD"), "ref: refs/heads/main");
    assertEquals(dataset(MN), CSV.readFolder(folder));
  }

  @Test
  void anyOtherFolderAmongTheTablesIsRefusedNamingIt(@TempDir Path dir) throws IOException {
    Path folder = mnFolder(dir);
    Files.createDirectories(folder.resolve("old"));
    Files.writeString(folder.resolve("old").resolve("operator.csv"), OPERATORS);
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> CSV.readFolder(folder));
    assertEquals("old/: a folder among the tables; a folder of tables holds only the tables and datapackage.json",
        e.getMessage());
  }

  @Test
  void malformedUtf8IsRefused() {
    byte[] bytes = (OPERATORS + "mn,Mét").getBytes(StandardCharsets.UTF_8);
    byte[] bad = Arrays.copyOf(bytes, bytes.length + 3);
    bad[bytes.length] = (byte) 0xC3; // a lone lead byte
    bad[bytes.length + 1] = ',';
    bad[bytes.length + 2] = '\n';
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> read(bad));
    assertTrue(e.getMessage().startsWith("operator.csv, row 2"), e::getMessage);
    assertTrue(e.getMessage().contains("malformed UTF-8"), e::getMessage);
  }

  @Test
  void encodedSurrogatesAndOverlongFormsAreRefusedAsMalformedUtf8() {
    byte[][] malformed = {
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a lone high surrogate, encoded as CESU-8 does
        {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB8, (byte) 0x80}, // a pair, as CESU-8 does
        {(byte) 0xC0, (byte) 0xAF}, // '/' in two bytes
        {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // '/' in three bytes
        {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}}; // '/' in four bytes
    for (byte[] sequence : malformed) {
      byte[] start = (OPERATORS + "mn,MN,agency,,,\nanam,AN").getBytes(StandardCharsets.UTF_8);
      byte[] end = "AM,agency,,,\n".getBytes(StandardCharsets.UTF_8);
      byte[] table = Arrays.copyOf(start, start.length + sequence.length + end.length);
      System.arraycopy(sequence, 0, table, start.length, sequence.length);
      System.arraycopy(end, 0, table, start.length + sequence.length, end.length);
      MalformedInputException e = assertThrows(MalformedInputException.class, () -> read(table));
      assertEquals("operator.csv, row 3", e.place().toString());
      String at = e.reason().replaceFirst("^malformed UTF-8 at byte (\\d+): .*", "$1"); // where the sequence goes wrong
      assertTrue(Integer.parseInt(at) >= start.length && Integer.parseInt(at) < start.length + 4, e::reason);
    }
  }

  @Test
  void aRowWithTheWrongNumberOfCellsIsRefused() {
    MalformedInputException e = refused(OPERATORS + "mn,MN\n");
    assertTrue(e.getMessage().startsWith("operator.csv, row 2"), e::getMessage);
  }

  @Test
  void theFormulaGuardPrefixesRiskyTextAndRemovesItOnReading() {
    Inspection risky = inspection("i1", List.of("mn"), LocalizedText.of("en", "'-5", "fr", "=HYPERLINK(\"x\")"),
        StatedRate.of("@95 %", "95"));
    CsvCodec guarded = CsvCodec.create(REGISTRY, CsvOptions.defaults().formulaGuard(true));
    String text = Fixtures.table(guarded, dataset(risky), Inspection.KIND);
    assertTrue(text.contains(",\"'=HYPERLINK(\"\"x\"\")\",'@95 %,"), text);
    assertTrue(text.contains(",''-5,"), "an apostrophe of the text's own is doubled: " + text);
    assertEquals(List.of(risky), Fixtures.read(guarded, Inspection.KIND, text));
  }

  @Test
  void theFormulaGuardPrefixesALeadingTabOrCarriageReturnAndEveryTextComesBackEqual() {
    // OWASP lists TAB and CR beside = + - @: some spreadsheets drop them and evaluate what follows.
    List<String> texts = List.of("\t=1+1", "\r=1+1", "\tx", "\r\n", "'\t", "'\r", "'", "''", "\t'", "a\tb", " \tx");
    List<Inspection> inspections = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      // Texts of core's values are never blank, so a text that is just a TAB is checked in CellsTest.
      String text = texts.get(i).isBlank() ? "n" : texts.get(i);
      inspections.add(inspection("i" + i, List.of("mn"), LocalizedText.fr(text), StatedRate.of(text, "95")));
    }
    CsvCodec guarded = CsvCodec.create(REGISTRY, CsvOptions.defaults().formulaGuard(true));
    String text = Fixtures.table(guarded, Dataset.of(REGISTRY, inspections), Inspection.KIND);
    assertTrue(text.contains(",pass,'\t=1+1,'\t=1+1,95,"), text);
    assertTrue(text.contains(",pass,\"'\r=1+1\",\"'\r=1+1\",95,"), "a CR is quoted, after the apostrophe: " + text);
    assertTrue(text.contains(",pass,'\tx,'\tx,95,"), text);
    assertTrue(text.contains(",pass,''\t,''\t,95,"), "an apostrophe of the text's own is doubled: " + text);
    assertTrue(text.contains(",pass,a\tb,a\tb,95,"), "a TAB inside a text is left alone: " + text);
    assertTrue(text.contains(",pass, \tx, \tx,95,"), "only the first character counts: " + text);
    assertEquals(inspections, Fixtures.read(guarded, Inspection.KIND, text));
  }

  @Test
  void aFileGuardedBeforeTabAndCarriageReturnWereReadsTheSame() {
    // Such a file holds a leading TAB or CR without an apostrophe; the reader removes an apostrophe
    // only, so the change needs no new format version.
    String old = INSPECTIONS + INSPECTION_BY_MN + "'=x,\ttab,\"\rcr\",95,0,half-up" + ",".repeat(8) + "\n"
        + INSPECTION_BY_MN.replace("i1", "i2") + ",''\tquoted,'-1,95,0,half-up" + ",".repeat(8) + "\n";
    CsvCodec guarded = CsvCodec.create(REGISTRY, CsvOptions.defaults().formulaGuard(true));
    List<Inspection> back = Fixtures.read(guarded, Inspection.KIND, old);
    assertEquals(LocalizedText.of("en", "=x", "fr", "\ttab"), back.get(0).notes());
    assertEquals("\rcr", back.get(0).uptime().asWritten());
    assertEquals(LocalizedText.fr("'\tquoted"), back.get(1).notes());
    assertEquals("-1", back.get(1).uptime().asWritten());
  }

  @Test
  void aZipCutBetweenTwoEntriesIsRefusedAfterItsLastWholeEntry() {
    byte[] bytes = zip(dataset(MN));
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int third = text.indexOf("PK\3\4", text.indexOf("PK\3\4", 1) + 1); // datapackage.json, document.csv, then operator.csv
    byte[] cut = Arrays.copyOf(bytes, third); // whole entries, no central directory: ZipInputStream sees no end
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> CSV.readZip(new ByteArrayInputStream(cut)));
    assertEquals("document.csv: the zip is cut short or damaged after this entry: its central directory is missing at its end",
        e.getMessage());
  }

  @Test
  void noPartialDatasetIsReturnedAfterAnError() {
    byte[] bytes = zip(dataset(MN));
    byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);
    MalformedInputException e = assertThrows(MalformedInputException.class,
        () -> CSV.readZip(new ByteArrayInputStream(truncated)));
    assertTrue(e.reason().startsWith("the zip is cut short or damaged ("), e::getMessage);
  }
}
