package org.keneya.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keneya.core.data.Dataset;
import org.keneya.core.value.Code;
import org.keneya.io.xlsx.XlsxCodec;
import org.keneya.model.Actor;
import org.keneya.model.HealthCodelists;
import org.keneya.seeds.Seeds;

/**
 * Excel workbooks ({@code .xlsx}) through every command that reads or writes a dataset: chosen by
 * extension or {@code --from}/{@code --to}, round tripping to the same JSON, and their errors named
 * and coded as CSV's are. The seeds' workbook is opened with Apache POI, an independent reader.
 */
class XlsxCommandsTest {
  @TempDir
  Path dir;

  @Test
  void jsonToWorkbookToJsonGivesTheSameBytes() {
    for (Dataset dataset : List.of(Seeds.load(), Cli.generated(7, 40))) {
      Path json = Cli.writeJson(dataset, dir.resolve("in.json"));
      Path xlsx = dir.resolve("data.xlsx");
      Cli.Result there = Cli.run("convert", Cli.s(json), Cli.s(xlsx), "--quiet");
      assertEquals(0, there.exit(), there::toString);
      Path back = dir.resolve("back.json");
      Cli.Result again = Cli.run("convert", Cli.s(xlsx), Cli.s(back), "--quiet");
      assertEquals(0, again.exit(), again::toString);
      assertArrayEquals(Cli.bytes(json), Cli.bytes(back));
    }
  }

  @Test
  void fromAndToNameTheFormatWhateverTheExtension() {
    Path json = Cli.writeJson(Cli.generated(3, 10), dir.resolve("in.json"));
    Path workbook = dir.resolve("workbook.bin");
    Cli.Result there = Cli.run("convert", Cli.s(json), Cli.s(workbook), "--to", "xlsx", "--quiet");
    assertEquals(0, there.exit(), there::toString);
    Path back = dir.resolve("back.json");
    Cli.Result again = Cli.run("convert", Cli.s(workbook), Cli.s(back), "--from", "xlsx", "--quiet");
    assertEquals(0, again.exit(), again::toString);
    assertArrayEquals(Cli.bytes(json), Cli.bytes(back));
  }

  @Test
  void validateListsEveryDanglingReferenceOfAWorkbookAndConvertRefusesTheFirst() throws IOException {
    Dataset seeds = Dataset.of(Cli.REGISTRY, Seeds.load().entities());
    List<Actor> actors = seeds.entities(Actor.KIND);
    Dataset.Builder broken = Dataset.builder(Cli.REGISTRY);
    for (Actor actor : actors) {
      boolean orphan = actor.equals(actors.get(0)) || actor.equals(actors.get(1));
      broken.add(orphan ? Actor.builder().from(actor).parent(Actor.ref("nobody-" + actor.id())).build() : actor);
    }
    seeds.entities().stream().filter(e -> !(e instanceof Actor)).forEach(broken::add);
    Path xlsx = Files.write(dir.resolve("broken.xlsx"), XlsxCodec.create(Cli.REGISTRY).toBytes(broken.build()));
    Cli.Result validate = Cli.run("validate", Cli.s(xlsx));
    assertEquals(1, validate.exit(), validate::toString);
    assertEquals(2, validate.out().lines().filter(l -> l.contains("dangling-reference")).count(), validate::toString);
    Cli.Result convert = Cli.run("convert", Cli.s(xlsx), Cli.s(dir.resolve("broken.json")));
    assertEquals(1, convert.exit(), convert::toString);
    assertTrue(convert.err().contains("broken.xlsx, sheet \"actor\""), convert::toString);
  }

  @Test
  void languagesAddColumnsForAPersonToFillIn() throws IOException {
    Path json = Cli.writeJson(Cli.generated(3, 5), dir.resolve("in.json"));
    Path xlsx = dir.resolve("data.xlsx");
    Cli.Result result = Cli.run("convert", Cli.s(json), Cli.s(xlsx), "--languages", "fr,bm", "--quiet");
    assertEquals(0, result.exit(), result::toString);
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      List<String> headers = new ArrayList<>();
      workbook.getSheet("actor").getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
      assertTrue(headers.contains("name.bm"), headers::toString);
    }
    Cli.Result back = Cli.run("convert", Cli.s(xlsx), Cli.s(dir.resolve("back.json")), "--quiet");
    assertEquals(0, back.exit(), back::toString);
    assertArrayEquals(Cli.bytes(json), Cli.bytes(dir.resolve("back.json")));
  }

  @Test
  void theSameDatasetGivesTheSameWorkbook() {
    Cli.Result first = Cli.run("seeds", Cli.s(dir.resolve("a.xlsx")));
    Cli.Result second = Cli.run("seeds", Cli.s(dir.resolve("b.xlsx")));
    assertEquals(0, first.exit(), first::toString);
    assertEquals(0, second.exit(), second::toString);
    assertArrayEquals(Cli.bytes(dir.resolve("a.xlsx")), Cli.bytes(dir.resolve("b.xlsx")));
  }

  @Test
  void aWorkbookIsNoStream() {
    Path json = Cli.writeJson(Cli.generated(3, 5), dir.resolve("in.json"));
    Cli.Result out = Cli.run("convert", Cli.s(json), "-", "--to", "xlsx");
    assertEquals(KeneyaCli.EXIT_USAGE, out.exit(), out::toString);
    assertTrue(out.err().contains("--to xlsx cannot be read or written as a stream"), out::toString);
    Cli.Result in = Cli.runWithInput(new byte[0], "validate", "-", "--from", "xlsx");
    assertEquals(KeneyaCli.EXIT_USAGE, in.exit(), in::toString);
  }

  @Test
  void validateReadsAWorkbook() {
    Path xlsx = dir.resolve("seeds.xlsx");
    assertEquals(0, Cli.run("seeds", Cli.s(xlsx)).exit());
    Cli.Result result = Cli.run("validate", Cli.s(xlsx));
    assertEquals(0, result.exit(), result::toString);
    assertTrue(result.out().contains(xlsx + ": " + Seeds.load().size() + " entities; 0 errors"), result::toString);
  }

  @Test
  void reportReadsAWorkbook() {
    Path xlsx = dir.resolve("seeds.xlsx");
    assertEquals(0, Cli.run("seeds", Cli.s(xlsx)).exit());
    Cli.Result fromWorkbook = Cli.run("report", Cli.s(xlsx), "--as-of", "2025-01-01");
    Cli.Result embedded = Cli.run("report", "--as-of", "2025-01-01");
    assertEquals(0, fromWorkbook.exit(), fromWorkbook::toString);
    assertEquals(embedded.out().lines().skip(3).toList(), fromWorkbook.out().lines().skip(3).toList());
  }

  @Test
  void diffComparesAWorkbookWithAnyFormat() throws IOException {
    Path json = Cli.writeJson(Seeds.load(), dir.resolve("seeds.json"));
    Path xlsx = dir.resolve("seeds.xlsx");
    assertEquals(0, Cli.run("seeds", Cli.s(xlsx)).exit());
    Cli.Result same = Cli.run("diff", Cli.s(json), Cli.s(xlsx));
    assertEquals(0, same.exit(), same::toString);

    // a person edits the workbook: a meeting is given another status from the dropdown
    Path edited = dir.resolve("edited.xlsx");
    String[] change = new String[3];
    edit(xlsx, edited, workbook -> {
      XSSFSheet meetings = workbook.getSheet("meeting");
      Cell status = meetings.getRow(1).getCell(column(meetings, "status"));
      change[0] = meetings.getRow(1).getCell(0).getStringCellValue();
      change[1] = status.getStringCellValue();
      change[2] = HealthCodelists.MEETING_STATUSES.codes().stream().map(Code::value)
          .filter(code -> !code.equals(change[1])).findFirst().orElseThrow();
      status.setCellValue(change[2]);
    });
    Cli.Result different = Cli.run("diff", Cli.s(xlsx), Cli.s(edited));
    assertEquals(DiffCommand.EXIT_DIFFERENT, different.exit(), different::toString);
    assertTrue(different.out().contains("~ meeting:" + change[0] + "\n    status: " + change[1] + " -> " + change[2] + "\n"),
        different::toString);
    Cli.Result json2 = Cli.run("diff", Cli.s(json), Cli.s(edited), "--json");
    assertEquals(DiffCommand.EXIT_DIFFERENT, json2.exit(), json2::toString);
    assertTrue(json2.out().contains(change[0]), json2::toString);
  }

  @Test
  void aCellThatCannotBeReadIsNamedAndExitsAsCsvDoes() throws IOException {
    Path xlsx = dir.resolve("seeds.xlsx");
    assertEquals(0, Cli.run("seeds", Cli.s(xlsx)).exit());
    Path broken = dir.resolve("broken.xlsx");
    edit(xlsx, broken, workbook -> {
      XSSFSheet meetings = workbook.getSheet("meeting");
      meetings.getRow(2).getCell(column(meetings, "dates.start")).setCellValue("soon");
    });
    Path out = dir.resolve("out.json");
    Cli.Result convert = Cli.run("convert", Cli.s(broken), Cli.s(out));
    assertEquals(KeneyaCli.EXIT_DATA, convert.exit(), convert::toString);
    assertEquals(1, convert.errLines().size(), convert::toString);
    String line = convert.errLines().get(0);
    // the sheet, the row as Excel shows it, the column letter and its header
    assertEquals("keneya: " + broken + ", sheet \"meeting\", row 3, column F (dates.start): not a valid partial-date "
        + "([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?): \"soon\"", line); // a range's ends are partial dates
    assertFalse(Files.exists(out));

    Cli.Result validate = Cli.run("validate", Cli.s(broken));
    assertEquals(KeneyaCli.EXIT_DATA, validate.exit(), validate::toString);
    assertEquals(convert.err(), validate.err());
    Cli.Result diff = Cli.run("diff", Cli.s(xlsx), Cli.s(broken));
    assertEquals(DiffCommand.EXIT_UNREADABLE, diff.exit(), diff::toString);
    assertEquals(convert.err(), diff.err());
    Cli.Result report = Cli.run("report", Cli.s(broken));
    assertEquals(KeneyaCli.EXIT_DATA, report.exit(), report::toString);
  }

  @Test
  void bytesThatAreNoWorkbookAreMalformed() throws IOException {
    Path broken = Files.write(dir.resolve("broken.xlsx"), "not a zip".getBytes(StandardCharsets.UTF_8));
    Cli.Result result = Cli.run("convert", Cli.s(broken), Cli.s(dir.resolve("out.json")));
    assertEquals(KeneyaCli.EXIT_DATA, result.exit(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    assertTrue(result.err().startsWith("keneya: " + broken + ": "), result::toString);
    Cli.Result missing = Cli.run("convert", Cli.s(dir.resolve("missing.xlsx")), Cli.s(dir.resolve("out.json")));
    assertEquals(KeneyaCli.EXIT_IO, missing.exit(), missing::toString);
  }

  @Test
  void aDatasetBeyondExcelsLimitsIsRefusedNamingTheOutputAndLeavesNothing() throws IOException {
    Path json = Cli.writeJson(Seeds.load(), dir.resolve("seeds.json"));
    String text = Files.readString(json);
    assertTrue(text.contains("\"ABS SSR/CANADA\""));
    Path tooLong = Files.writeString(dir.resolve("long.json"), text.replaceFirst("\"ABS SSR/CANADA\"", "\"" + "x".repeat(40_000) + "\""));
    Path xlsx = dir.resolve("long.xlsx");
    Cli.Result result = Cli.run("convert", Cli.s(tooLong), Cli.s(xlsx));
    assertEquals(KeneyaCli.EXIT_DATA, result.exit(), result::toString);
    assertEquals(1, result.errLines().size(), result::toString);
    assertTrue(result.err().startsWith("keneya: " + xlsx + ": sheet \"actor\""), result::toString);
    assertTrue(result.err().contains("40000 characters; a cell holds at most 32767"), result::toString);
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(), files.filter(f -> f.getFileName().toString().contains("long.xlsx")).toList());
    }
  }

  @Test
  void theSeedsWorkbookHasDropdownsOfTheRealActorsAndStatuses() throws IOException {
    Path xlsx = dir.resolve("seeds.xlsx");
    Cli.Result result = Cli.run("seeds", Cli.s(xlsx));
    assertEquals(0, result.exit(), result::toString);
    Dataset seeds = Seeds.load();
    List<String> actorIds = seeds.entities(Actor.KIND).stream().map(a -> a.id().value()).toList();
    assertFalse(actorIds.isEmpty());
    List<String> statuses = HealthCodelists.RECOMMENDATION_STATUSES.codes().stream().map(Code::value).toList();

    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      // the lead actors: a reference column whose dropdown lists the actor sheet's ids, which are the seeds' actors
      XSSFSheet lead = workbook.getSheet("recommendation.lead");
      assertNotNull(lead);
      int leadColumn = lead.getRow(0).getLastCellNum() - 1;
      String actors = validations(lead).get(leadColumn);
      assertEquals("'actor'!$A$2:$A$1048576", actors);
      XSSFSheet actorSheet = workbook.getSheet("actor");
      assertEquals("id", actorSheet.getRow(0).getCell(0).getStringCellValue());
      List<String> listed = new ArrayList<>();
      for (int r = 1; r <= actorSheet.getLastRowNum(); r++) {
        listed.add(actorSheet.getRow(r).getCell(0).getStringCellValue());
      }
      assertEquals(actorIds, listed);
      for (int r = 1; r <= lead.getLastRowNum(); r++) {
        assertTrue(listed.contains(lead.getRow(r).getCell(leadColumn).getStringCellValue()));
      }

      // the status of each update: a code column whose dropdown lists the status codes on the about sheet
      XSSFSheet history = workbook.getSheet("recommendation.statusHistory");
      String statusList = validations(history).get(column(history, "statusHistory.status"));
      assertNotNull(statusList, validations(history).toString());
      assertTrue(statusList.startsWith("'about'!"), statusList);
      XSSFSheet about = workbook.getSheet("about");
      CellRangeAddress range = CellRangeAddress.valueOf(statusList.substring(statusList.indexOf('!') + 1));
      List<String> codes = new ArrayList<>();
      for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
        assertEquals(HealthCodelists.RECOMMENDATION_STATUS, about.getRow(r).getCell(0).getStringCellValue());
        codes.add(about.getRow(r).getCell(range.getFirstColumn()).getStringCellValue());
      }
      assertEquals(statuses, codes);
    }
  }

  /** The list validations of a sheet: the column they cover and their list's formula. */
  private static Map<Integer, String> validations(XSSFSheet sheet) {
    Map<Integer, String> out = new TreeMap<>();
    for (DataValidation v : sheet.getDataValidations()) {
      assertEquals(DataValidationConstraint.ValidationType.LIST, v.getValidationConstraint().getValidationType());
      for (CellRangeAddress region : v.getRegions().getCellRangeAddresses()) {
        assertEquals(1, region.getFirstRow());
        assertEquals(1_048_575, region.getLastRow());
        out.put(region.getFirstColumn(), v.getValidationConstraint().getFormula1());
      }
    }
    return out;
  }

  /** The index of the column headed {@code header}. */
  private static int column(XSSFSheet sheet, String header) {
    Row row = sheet.getRow(0);
    for (Cell cell : row) {
      if (cell.getStringCellValue().equals(header)) {
        return cell.getColumnIndex();
      }
    }
    throw new AssertionError(sheet.getSheetName() + " has no column " + header);
  }

  private interface Edit {
    void apply(XSSFWorkbook workbook);
  }

  /** Writes {@code to}: the workbook {@code from} edited with Apache POI, as a person would in Excel. */
  private static void edit(Path from, Path to, Edit edit) throws IOException {
    try (InputStream in = Files.newInputStream(from); XSSFWorkbook workbook = new XSSFWorkbook(in);
        OutputStream out = Files.newOutputStream(to)) {
      edit.apply(workbook);
      workbook.write(out);
    }
  }
}
