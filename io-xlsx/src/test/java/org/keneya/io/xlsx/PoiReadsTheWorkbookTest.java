package org.keneya.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.io.xlsx.Fixtures.REGISTRY;
import static org.keneya.io.xlsx.Fixtures.XLSX;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.core.value.Ref;
import org.keneya.testdomain.Inspection;
import org.keneya.testdomain.Operator;
import org.keneya.testdomain.Station;

/** An independent reader, Apache POI, finds real dates and numbers, the frozen header, the dropdowns and the comments. */
class PoiReadsTheWorkbookTest {
  private static final Dataset NETWORK = Dataset.of(REGISTRY, List.of(
      new Operator(Id.of("mn"), LocalizedText.fr("Météo"), Code.of("agency"), null, LocalDate.of(1960, 9, 22), Currency.getInstance("XOF")),
      Operator.of("ub", "university", "Université"),
      new Station(Id.of("kati"), LocalizedText.fr("Kati"), Ref.of("operator", "mn"), List.of(Ref.of("operator", "ub")),
          Station.Status.ACTIVE, false, 320, new BigDecimal("12.7451"), null,
          Money.of(new BigDecimal("1234567890123456789"), Currency.getInstance("XOF")), List.of(), List.of("sahel"), List.of()),
      new Inspection(Id.of("i1"), Ref.of("station", "kati"), List.of(Ref.of("operator", "mn")), LocalDate.of(2024, 12, 31),
          Code.of("pass"), null, null, null, null)));

  private static XSSFWorkbook poi() throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(XLSX.toBytes(NETWORK)));
  }

  /** The cell under {@code header} in row {@code r} (0-based) of {@code sheet}. */
  private static XSSFCell cell(XSSFSheet sheet, int r, String header) {
    Row head = sheet.getRow(0);
    for (int c = 0; c < head.getLastCellNum(); c++) {
      if (head.getCell(c).getStringCellValue().equals(header)) {
        return sheet.getRow(r).getCell(c);
      }
    }
    throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
  }

  private static int column(XSSFSheet sheet, String header) {
    return cell(sheet, 1, header).getColumnIndex();
  }

  @Test
  void sheetsComeInOrderAboutFirstThenEachKindWithItsLists() throws IOException {
    try (XSSFWorkbook workbook = poi()) {
      List<String> names = new ArrayList<>();
      workbook.forEach(s -> names.add(s.getSheetName()));
      assertEquals(List.of("about", "document", "operator", "station", "station.partners",
          "station.sensors", "station.tags", "station.provenance", "inspection", "inspection.inspectors"), names);
    }
  }

  @Test
  void datesAreNumericCellsFormattedAsDatesAndExactNumbersAreNumbers() throws IOException {
    try (XSSFWorkbook workbook = poi()) {
      XSSFCell date = cell(workbook.getSheet("inspection"), 1, "date");
      assertEquals(CellType.NUMERIC, date.getCellType());
      assertTrue(DateUtil.isCellDateFormatted(date));
      assertEquals("dd/mm/yyyy", date.getCellStyle().getDataFormatString());
      assertEquals(LocalDate.of(2024, 12, 31), date.getLocalDateTimeCellValue().toLocalDate());
      XSSFSheet stations = workbook.getSheet("station");
      assertEquals(CellType.NUMERIC, cell(stations, 1, "elevation").getCellType());
      assertEquals(12.7451, cell(stations, 1, "latitude").getNumericCellValue());
      // 19 significant digits: Excel would round it, so it stays text
      assertEquals(CellType.STRING, cell(stations, 1, "budget.amount").getCellType());
      assertEquals("1234567890123456789", cell(stations, 1, "budget.amount").getStringCellValue());
      assertEquals(CellType.BOOLEAN, cell(stations, 1, "automatic").getCellType());
    }
  }

  @Test
  void theHeaderRowIsFrozenAndBold() throws IOException {
    try (XSSFWorkbook workbook = poi()) {
      XSSFSheet operators = workbook.getSheet("operator");
      PaneInformation pane = operators.getPaneInformation();
      assertNotNull(pane);
      assertTrue(pane.isFreezePane());
      assertEquals(1, pane.getHorizontalSplitPosition());
      assertTrue(workbook.getFontAt(operators.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
      PaneInformation listPane = workbook.getSheet("station.partners").getPaneInformation();
      assertEquals(1, listPane.getHorizontalSplitPosition());
      assertEquals(2, listPane.getVerticalSplitPosition()); // the owner and the position stay in view
    }
  }

  @Test
  void everyCodeAndReferenceColumnHasADropdownOfItsCodesOrIds() throws IOException {
    try (XSSFWorkbook workbook = poi()) {
      XSSFSheet about = workbook.getSheet("about");
      Map<String, String> lists = validations(workbook.getSheet("operator"));
      String types = lists.get(letter(column(workbook.getSheet("operator"), "type")));
      assertNotNull(types, lists.toString());
      List<String> codes = new ArrayList<>();
      CellRangeAddress range = CellRangeAddress.valueOf(types.substring(types.indexOf('!') + 1));
      for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
        assertEquals("operator-type", about.getRow(r).getCell(0).getStringCellValue());
        codes.add(about.getRow(r).getCell(1).getStringCellValue());
      }
      assertEquals(List.of("agency", "university", "volunteer"), codes);

      XSSFSheet stations = workbook.getSheet("station");
      assertEquals("'operator'!$A$2:$A$1048576", validations(stations).get(letter(column(stations, "operator"))));
      XSSFSheet partners = workbook.getSheet("station.partners");
      Map<String, String> partnerLists = validations(partners);
      assertEquals("'station'!$A$2:$A$1048576", partnerLists.get("A")); // the owner
      assertEquals("'operator'!$A$2:$A$1048576", partnerLists.get("C"));
      Map<String, String> inspections = validations(workbook.getSheet("inspection"));
      assertEquals("'station'!$A$2:$A$1048576", inspections.get(letter(column(workbook.getSheet("inspection"), "station"))));
      assertTrue(inspections.get(letter(column(workbook.getSheet("inspection"), "result"))).startsWith("'about'!$B$"));
    }
  }

  @Test
  void headersCarryACommentSayingWhatToType() throws IOException {
    try (XSSFWorkbook workbook = poi()) {
      XSSFSheet inspections = workbook.getSheet("inspection");
      int date = column(inspections, "date");
      assertEquals("A date, dd/mm/yyyy. Required.",
          inspections.getCellComment(new CellAddress(0, date)).getString().getString());
    }
  }

  @Test
  void theAboutSheetSaysWhatTheWorkbookHolds() throws IOException {
    try (XSSFWorkbook workbook = poi()) {
      XSSFSheet about = workbook.getSheet("about");
      assertEquals("keneya-xlsx", about.getRow(0).getCell(1).getStringCellValue());
      assertEquals("1", about.getRow(1).getCell(1).getStringCellValue());
      assertEquals("whole", about.getRow(2).getCell(1).getStringCellValue());
      Map<String, Double> counts = new TreeMap<>();
      for (int r = 5; about.getRow(r) != null && about.getRow(r).getCell(2) != null; r++) {
        counts.put(about.getRow(r).getCell(0).getStringCellValue(), about.getRow(r).getCell(2).getNumericCellValue());
      }
      assertEquals(2.0, counts.get("operator"));
      assertEquals(1.0, counts.get("station"));
      assertEquals(1.0, counts.get("station.partners"));
      assertEquals(1.0, counts.get("inspection.inspectors"));
      assertEquals(0.0, counts.get("station.sensors"));
    }
  }

  @Test
  void theSpacesAtEitherEndOfAnInlineStringAreKept() throws IOException {
    Dataset spaced = Dataset.of(REGISTRY, List.of(Operator.of("mn", "agency", " Météo\t")));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XLSX.toBytes(spaced)))) {
      assertEquals(" Météo\t", cell(workbook.getSheet("operator"), 1, "name.fr").getStringCellValue());
    }
  }

  /** The list validations of a sheet: the column letter they cover and their list's formula. */
  private static Map<String, String> validations(XSSFSheet sheet) {
    Map<String, String> out = new TreeMap<>();
    for (DataValidation v : sheet.getDataValidations()) {
      assertEquals(DataValidationConstraint.ValidationType.LIST, v.getValidationConstraint().getValidationType());
      for (CellRangeAddress region : v.getRegions().getCellRangeAddresses()) {
        assertEquals(1, region.getFirstRow());
        assertEquals(1_048_575, region.getLastRow());
        out.put(letter(region.getFirstColumn()), v.getValidationConstraint().getFormula1());
      }
    }
    return out;
  }

  private static String letter(int column) {
    return CellAddress.A1.equals(new CellAddress(0, column)) ? "A" : new CellAddress(0, column).formatAsString().replaceAll("\\d", "");
  }
}
