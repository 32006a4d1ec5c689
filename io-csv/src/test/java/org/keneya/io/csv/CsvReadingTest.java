package org.keneya.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.io.csv.internal.JsonCells;
import org.keneya.model.Actor;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Recommendation;

/** What spreadsheets write is accepted; what is wrong is refused naming file, row and column. */
class CsvReadingTest {
  private static final KindRegistry REGISTRY = KindRegistry.load();
  private static final CsvCodec CSV = CsvCodec.create(REGISTRY, CsvOptions.defaults());
  private static final String HEADER = "id,type,name.fr,acronym,aliases,level,parent,title.fr,provenance";

  private static List<Actor> read(byte[] bytes) {
    return CSV.readTable(Actor.KIND, new ByteArrayInputStream(bytes), "actor.csv");
  }

  private static List<Actor> read(String text) {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static MalformedInputException refused(String text) {
    return assertThrows(MalformedInputException.class, () -> read(text));
  }

  private static Actor dns() {
    return Actor.builder().id(Id.of("dns")).type(HealthCodelists.DIRECTORATE)
        .name(LocalizedText.fr("Direction Nationale de la Santé, « DNS »\n(Bamako)")).acronym("DNS")
        .addAliases("DNS;Mali", "\"la\" DNS").build();
  }

  /** {@link #dns()} and an actor whose parent, {@code actor:dgs}, is not in the dataset. */
  private static Dataset danglingReference() {
    Actor orphan = Actor.builder().id(Id.of("desr")).type(HealthCodelists.DIRECTORATE)
        .name(LocalizedText.fr("DESR")).parent(Actor.ref("dgs")).build();
    return Dataset.of(REGISTRY, List.of(dns(), orphan));
  }

  private static byte[] zip(Dataset dataset) {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    CSV.writeZip(dataset, zip);
    return zip.toByteArray();
  }

  /** The folder of tables of a dataset of {@link #dns()} alone, with its {@code datapackage.json}. */
  private static Path dnsFolder(Path dir) {
    Path folder = dir.resolve("dataset");
    CSV.writeFolder(Dataset.of(REGISTRY, List.of(dns())), folder);
    return folder;
  }

  @Test
  void acceptsBomSemicolonsCrlfQuotedLineBreaksAndTrailingEmptyLines() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvCodec excel = CsvCodec.create(REGISTRY, CsvOptions.defaults().delimiter(';').bom(true).crlf(true));
    excel.writeTable(Dataset.of(REGISTRY, List.of(dns())), Actor.KIND, out);
    byte[] bytes = (out.toString(StandardCharsets.UTF_8) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    assertEquals((byte) 0xEF, bytes[0]);
    assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\r\n"));
    assertEquals(List.of(dns()), read(bytes)); // delimiter detected, BOM skipped, empty lines ignored
  }

  @Test
  void columnsMayComeInAnyOrder() {
    assertEquals("dns", read("provenance,title.fr,parent,level,aliases,acronym,name.fr,type,id\n,,,,,,DNS,directorate,dns\n")
        .get(0).id().value());
  }

  @Test
  void anUnknownColumnIsRefused() {
    MalformedInputException e = refused(HEADER + ",colour\ndns,directorate,DNS,,,,,,,red\n");
    assertEquals("actor.csv, row 1, column colour: unknown column; expected [id, type, name.fr, acronym, aliases, "
        + "level, parent, title.fr, provenance]", e.getMessage());
  }

  @Test
  void aMissingColumnIsRefused() {
    MalformedInputException e = refused("id,name.fr\ndns,DNS\n");
    assertEquals("actor.csv, row 1, column type: missing column", e.getMessage());
  }

  @Test
  void aValueOfTheWrongTypeIsRefused() {
    MalformedInputException e = refused(HEADER + "\nDNS,directorate,DNS,,,,,,\n");
    assertEquals(OptionalLong.of(2), e.place().line());
    assertEquals("id", e.place().path().orElseThrow());
    assertTrue(e.reason().startsWith("must be lowercase letters and digits"), e::reason);

    MalformedInputException list = refused(HEADER + "\n\ndns,directorate,DNS,,[1],,,,\n");
    assertTrue(list.getMessage().startsWith("actor.csv, row 3, column aliases"), list::getMessage);
    assertTrue(list.getMessage().contains("expected a string (string), found a number"), list::getMessage);
  }

  @Test
  void referenceListsAreWrittenAsJsonArraysAndReadInAnyValidJsonSpelling() {
    Recommendation r = Recommendation.builder().id(Id.of("r1")).type(HealthCodelists.RECOMMENDATION)
        .statement(LocalizedText.fr("Faire")).addLead(Actor.ref("dns"), Actor.ref("dgs")).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CSV.writeTable(Dataset.of(REGISTRY, List.of(r)), Recommendation.KIND, out);
    String table = out.toString(StandardCharsets.UTF_8);
    String cell = "\"[\"\"dns\"\",\"\"dgs\"\"]\""; // the JSON array, quoted for CSV
    assertTrue(table.contains("," + cell + ","), table);
    assertEquals("[\"dns\",\"dgs\"]", JsonCells.write(Recommendation.KIND.property("lead").orElseThrow().type(), r.lead()));

    String spaced = table.replace(cell, "\"[ \"\"dns\"\" , \"\"dgs\"\" ]\"");
    assertEquals(List.of(r), readRecommendations(spaced));
    MalformedInputException bad = assertThrows(MalformedInputException.class,
        () -> readRecommendations(table.replace(cell, "\"[\"\"DNS\"\"]\"")));
    assertTrue(bad.getMessage().startsWith("recommendation.csv, row 2, column lead"), bad::getMessage);
  }

  @Test
  void aReferenceListWithAnUnterminatedQuoteIsRefusedByTheStrictReaderNamingItsCell() {
    Recommendation r = Recommendation.builder().id(Id.of("r1")).type(HealthCodelists.RECOMMENDATION)
        .statement(LocalizedText.fr("Faire")).addLead(Actor.ref("dns"), Actor.ref("dgs")).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CSV.writeTable(Dataset.of(REGISTRY, List.of(r)), Recommendation.KIND, out);
    String table = out.toString(StandardCharsets.UTF_8);
    String cell = "\"[\"\"dns\"\",\"\"dgs\"\"]\"";
    for (String broken : List.of("[\"a\",\"b\",\"]", "[\"a\",\"]")) { // the last separator takes the closing quote
      String quoted = "\"" + broken.replace("\"", "\"\"") + "\"";
      MalformedInputException e = assertThrows(MalformedInputException.class,
          () -> readRecommendations(table.replace(cell, quoted)));
      assertTrue(e.getMessage().startsWith("recommendation.csv, row 2, column lead"), e::getMessage);
      assertTrue(e.getMessage().contains("Unexpected end-of-input"), e::getMessage);
    }
  }

  private static List<Recommendation> readRecommendations(String table) {
    return CSV.readTable(Recommendation.KIND, new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "recommendation.csv");
  }

  @Test
  void aMissingRequiredValueIsRefused() {
    MalformedInputException e = refused(HEADER + "\ndns,,DNS,,,,,,\n");
    assertEquals("actor.csv, row 2, column type: a value is required", e.getMessage());
  }

  @Test
  void aReferenceToAMissingRowIsRefused() {
    byte[] zip = zip(danglingReference());
    MalformedInputException e = assertThrows(MalformedInputException.class,
        () -> CSV.readZip(new ByteArrayInputStream(zip)));
    assertEquals("actor.csv, row 2, column parent: dangling reference: actor:dgs is not in the dataset", e.getMessage());
  }

  @Test
  void aReferenceToAMissingRowIsRefusedAtItsRowAfterRowsOfSeveralLines() {
    Actor orphan = Actor.builder().id(Id.of("zinder")).type(HealthCodelists.DIRECTORATE)
        .name(LocalizedText.fr("DRS Zinder")).parent(Actor.ref("dgs")).build();
    byte[] zip = zip(Dataset.of(REGISTRY, List.of(dns(), orphan))); // dns's name holds a line break
    MalformedInputException e = assertThrows(MalformedInputException.class,
        () -> CSV.readZip(new ByteArrayInputStream(zip)));
    assertEquals("actor.csv, row 4, column parent: dangling reference: actor:dgs is not in the dataset", e.getMessage());
  }

  @Test
  void aTableTheDataPackageListsButTheFolderLacksIsRefused(@TempDir Path dir) throws IOException {
    Path folder = dnsFolder(dir);
    Files.delete(folder.resolve("actor.csv")); // nothing refers to the actor: no reference would tell
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> CSV.readFolder(folder));
    assertEquals("datapackage.json, at /resources/1/path: lists the table \"actor.csv\", which is missing", e.getMessage());
  }

  @Test
  void aFolderWithoutItsDataPackageIsReadAsTheTablesItHas(@TempDir Path dir) throws IOException {
    Path folder = dnsFolder(dir);
    Files.delete(folder.resolve("datapackage.json"));
    assertEquals(Dataset.of(REGISTRY, List.of(dns())), CSV.readFolder(folder));
  }

  @Test
  void aDataPackageThatListsNoTablesProperlyIsRefused(@TempDir Path dir) throws IOException {
    Path folder = dnsFolder(dir);
    Files.writeString(folder.resolve("datapackage.json"), "{\n  \"resources\": [{\"path\": 3}]\n}\n");
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> CSV.readFolder(folder));
    assertEquals("datapackage.json, line 2, column 26, at /resources/0/path: expected a file name", e.getMessage());
    Files.writeString(folder.resolve("datapackage.json"), "{\"resources\": [");
    e = assertThrows(MalformedInputException.class, () -> CSV.readFolder(folder));
    assertEquals("datapackage.json, line 1, column 16: Unexpected end-of-input: expected close marker for Array", e.getMessage());
  }

  @Test
  void aDataPackageNestedThousandsOfLevelsDeepIsRefusedNamingIt(@TempDir Path dir) throws IOException {
    Path folder = dnsFolder(dir);
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
      for (String name : List.of("actor.csv", "actor.cs_")) { // ZipOutputStream refuses a repeated name
        zip.putNextEntry(new ZipEntry(name));
        zip.write((name.endsWith("v") ? HEADER + "\ndns,directorate,DNS,,,,,,\n" : HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    // the zip format does not: rename the second entry in its local header and the central directory
    byte[] renamed = bytes.toString(StandardCharsets.ISO_8859_1).replace("actor.cs_", "actor.csv")
        .getBytes(StandardCharsets.ISO_8859_1);
    MalformedInputException e = assertThrows(MalformedInputException.class,
        () -> CSV.readZip(new ByteArrayInputStream(renamed)));
    assertEquals("actor.csv: the zip holds two entries of this name", e.getMessage());
  }

  @Test
  void bytesThatAreNotAZipAreRefusedRatherThanReadAsNoData() {
    MalformedInputException e = assertThrows(MalformedInputException.class,
        () -> CSV.readZip(new ByteArrayInputStream(HEADER.getBytes(StandardCharsets.UTF_8))));
    assertEquals("not a zip file, or a zip with no entries", e.reason());
  }

  @Test
  void filesAFileManagerLeavesBesideTheTablesAreSkipped(@TempDir Path dir) throws IOException {
    Path folder = dnsFolder(dir);
    Files.writeString(folder.resolve(".DS_Store"), "binary junk");
    Files.writeString(folder.resolve("._actor.csv"), "resource fork");
    assertEquals(Dataset.of(REGISTRY, List.of(dns())), CSV.readFolder(folder));
    Files.writeString(folder.resolve("notes.txt"), "not a table");
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> CSV.readFolder(folder));
    assertTrue(e.getMessage().startsWith("notes.txt: not a table of a known kind; known kinds: ["), e::getMessage);
  }

  @Test
  void foldersAFileManagerLeavesBesideTheTablesAreSkipped(@TempDir Path dir) throws IOException {
    Path folder = dnsFolder(dir);
    Files.createDirectories(folder.resolve("__MACOSX").resolve("dataset"));
    Files.writeString(folder.resolve("__MACOSX").resolve("dataset").resolve("._actor.csv"), "resource fork");
    Files.createDirectories(folder.resolve(".git"));
    Files.writeString(folder.resolve(".git").resolve("HEAD"), "ref: refs/heads/main");
    assertEquals(Dataset.of(REGISTRY, List.of(dns())), CSV.readFolder(folder));
  }

  @Test
  void anyOtherFolderAmongTheTablesIsRefusedNamingIt(@TempDir Path dir) throws IOException {
    Path folder = dnsFolder(dir);
    Files.createDirectories(folder.resolve("old"));
    Files.writeString(folder.resolve("old").resolve("actor.csv"), HEADER + "\n");
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> CSV.readFolder(folder));
    assertEquals("old/: a folder among the tables; a folder of tables holds only the tables and datapackage.json",
        e.getMessage());
  }

  @Test
  void malformedUtf8IsRefused() {
    byte[] bytes = (HEADER + "\ndns,directorate,Sant").getBytes(StandardCharsets.UTF_8);
    byte[] bad = java.util.Arrays.copyOf(bytes, bytes.length + 3);
    bad[bytes.length] = (byte) 0xC3; // a lone lead byte
    bad[bytes.length + 1] = ',';
    bad[bytes.length + 2] = '\n';
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> read(bad));
    assertTrue(e.getMessage().startsWith("actor.csv, row 2"), e::getMessage);
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
      byte[] start = (HEADER + "\ndns,directorate,DNS,,,,,,\ndgs,directorate,DG").getBytes(StandardCharsets.UTF_8);
      byte[] end = "S,,,,,,\n".getBytes(StandardCharsets.UTF_8);
      byte[] table = java.util.Arrays.copyOf(start, start.length + sequence.length + end.length);
      System.arraycopy(sequence, 0, table, start.length, sequence.length);
      System.arraycopy(end, 0, table, start.length + sequence.length, end.length);
      MalformedInputException e = assertThrows(MalformedInputException.class, () -> read(table));
      assertEquals("actor.csv, row 3", e.place().toString());
      String at = e.reason().replaceFirst("^malformed UTF-8 at byte (\\d+): .*", "$1"); // where the sequence goes wrong
      assertTrue(Integer.parseInt(at) >= start.length && Integer.parseInt(at) < start.length + 4, e::reason);
    }
  }

  @Test
  void aRowWithTheWrongNumberOfCellsIsRefused() {
    MalformedInputException e = refused(HEADER + "\ndns,directorate\n");
    assertTrue(e.getMessage().startsWith("actor.csv, row 2"), e::getMessage);
  }

  @Test
  void theFormulaGuardPrefixesRiskyTextAndRemovesItOnReading() {
    Actor risky = Actor.builder().id(Id.of("a")).type(HealthCodelists.NGO).name(LocalizedText.fr("=HYPERLINK(\"x\")"))
        .acronym("@ong").title(LocalizedText.fr("'-5")).build();
    CsvCodec guarded = CsvCodec.create(REGISTRY, CsvOptions.defaults().formulaGuard(true));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    guarded.writeTable(Dataset.of(REGISTRY, List.of(risky)), Actor.KIND, out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("\"'=HYPERLINK(\"\"x\"\")\",'@ong"), text);
    assertTrue(text.contains(",''-5,"), "an apostrophe of the text's own is doubled: " + text);
    assertEquals(List.of(risky), guarded.readTable(Actor.KIND, new ByteArrayInputStream(out.toByteArray()), "a.csv"));
  }

  @Test
  void theFormulaGuardPrefixesALeadingTabOrCarriageReturnAndEveryTextComesBackEqual() {
    // OWASP lists TAB and CR beside = + - @: some spreadsheets drop them and evaluate what follows.
    List<String> texts = List.of("\t=1+1", "\r=1+1", "\tx", "\r\n", "'\t", "'\r", "'", "''", "\t'", "a\tb", " \tx");
    List<Actor> actors = new java.util.ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      // Texts of the model are never blank, so a text that is just a TAB is checked in CellsTest.
      actors.add(Actor.builder().id(Id.of("a" + i)).type(HealthCodelists.NGO)
          .name(LocalizedText.fr(text.isBlank() ? "n" : text)).acronym(text.isBlank() ? "n" : text).build());
    }
    CsvCodec guarded = CsvCodec.create(REGISTRY, CsvOptions.defaults().formulaGuard(true));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    guarded.writeTable(Dataset.of(REGISTRY, actors), Actor.KIND, out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("a0,ngo,'\t=1+1,'\t=1+1,"), text);
    assertTrue(text.contains("a1,ngo,\"'\r=1+1\",\"'\r=1+1\","), "a CR is quoted, after the apostrophe: " + text);
    assertTrue(text.contains("a2,ngo,'\tx,'\tx,"), text);
    assertTrue(text.contains("a4,ngo,''\t,''\t,"), "an apostrophe of the text's own is doubled: " + text);
    assertTrue(text.contains("a9,ngo,a\tb,a\tb,"), "a TAB inside a text is left alone: " + text);
    assertTrue(text.contains("a10,ngo, \tx, \tx,"), "only the first character counts: " + text);
    assertEquals(actors, guarded.readTable(Actor.KIND, new ByteArrayInputStream(out.toByteArray()), "a.csv"));
  }

  @Test
  void aFileGuardedBeforeTabAndCarriageReturnWereReadsTheSame() {
    // Such a file holds a leading TAB or CR without an apostrophe; the reader removes an apostrophe
    // only, so the change needs no new format version.
    String old = HEADER + "\na,ngo,\ttab,\"\rcr\",,,,'=x,\nb,ngo,''\tquoted,'-1,,,,,\n";
    CsvCodec guarded = CsvCodec.create(REGISTRY, CsvOptions.defaults().formulaGuard(true));
    List<Actor> back = guarded.readTable(Actor.KIND, new ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8)), "a.csv");
    assertEquals(LocalizedText.fr("\ttab"), back.get(0).name());
    assertEquals("\rcr", back.get(0).acronym().orElseThrow());
    assertEquals(LocalizedText.fr("=x"), back.get(0).title().orElseThrow());
    assertEquals(LocalizedText.fr("'\tquoted"), back.get(1).name());
    assertEquals("-1", back.get(1).acronym().orElseThrow());
  }

  @Test
  void aZipCutBetweenTwoEntriesIsRefusedAfterItsLastWholeEntry() {
    byte[] bytes = zip(Dataset.of(REGISTRY, List.of(dns())));
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int third = text.indexOf("PK\3\4", text.indexOf("PK\3\4", 1) + 1); // datapackage.json, document.csv, then actor.csv
    byte[] cut = java.util.Arrays.copyOf(bytes, third); // whole entries, no central directory: ZipInputStream sees no end
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> CSV.readZip(new ByteArrayInputStream(cut)));
    assertEquals("document.csv: the zip is cut short or damaged after this entry: its central directory is missing at its end",
        e.getMessage());
  }

  @Test
  void noPartialDatasetIsReturnedAfterAnError() {
    byte[] bytes = zip(Dataset.of(REGISTRY, List.of(dns())));
    byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length / 2);
    MalformedInputException e = assertThrows(MalformedInputException.class,
        () -> CSV.readZip(new ByteArrayInputStream(truncated)));
    assertTrue(e.reason().startsWith("the zip is cut short or damaged ("), e::getMessage);
  }
}
