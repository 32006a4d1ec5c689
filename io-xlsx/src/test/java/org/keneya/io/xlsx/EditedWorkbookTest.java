package org.keneya.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.io.xlsx.EditedWorkbook.row;
import static org.keneya.io.xlsx.Fixtures.REGISTRY;
import static org.keneya.io.xlsx.Fixtures.XLSX;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.value.Code;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.PartialDate;
import org.keneya.core.value.Ref;
import org.keneya.testdomain.Inspection;
import org.keneya.testdomain.Operator;
import org.keneya.testdomain.Station;
import org.keneya.testkit.CodecAssertions;

/** What a person does to a workbook in a spreadsheet reads back as they meant it, or is refused naming the cell. */
class EditedWorkbookTest {
  private static final Object[] OPERATORS = row("id", "name.fr", "type");
  private static final Object[] STATIONS = row("id", "name.fr", "operator", "status", "automatic");
  private static final Object[] INSPECTIONS = row("id", "station", "date", "result");
  private static final Object[] INSPECTORS = row("inspection", "position", "inspectors");

  private static final LocalDate DAY = LocalDate.of(2024, 12, 31);

  /** Two operators, a station, an inspection by both operators, mn first. */
  private static Dataset expected(String operatorName, String stationName, LocalDate day) {
    return Dataset.of(REGISTRY, List.of(
        Operator.of("mn", "agency", operatorName),
        Operator.of("ub", "university", "Université"),
        Station.of("kati", "mn", stationName),
        new Inspection(Id.of("i1"), Ref.of("station", "kati"), List.of(Ref.of("operator", "mn"), Ref.of("operator", "ub")),
            day, Code.of("pass"), null, null, null, null)));
  }

  /** The workbook of {@link #expected} as typed, each sheet in its usual order. */
  private static EditedWorkbook typed(Object operatorName, Object stationName, Object day) {
    return new EditedWorkbook()
        .sheet("operator", OPERATORS, row("mn", operatorName, "agency"), row("ub", "Université", "university"))
        .sheet("station", STATIONS, row("kati", stationName, "mn", "active", false))
        .sheet("inspection", INSPECTIONS, row("i1", "kati", day, "pass"))
        .sheet("inspection.inspectors", INSPECTORS, row("i1", 1, "mn"), row("i1", 2, "ub"));
  }

  private static Dataset read(EditedWorkbook workbook) {
    return XLSX.fromBytes(workbook.toBytes(), "edited.xlsx");
  }

  private static void assertReads(Dataset expected, EditedWorkbook workbook) {
    Dataset back = read(workbook);
    assertEquals(expected, back, () -> CodecAssertions.firstDifference(expected, back).orElse(""));
  }

  private static MalformedInputException refused(EditedWorkbook workbook) {
    return assertThrows(MalformedInputException.class, () -> read(workbook));
  }

  @Test
  void aWorkbookTypedByAPersonReads() {
    assertReads(expected("Météo", "Kati", DAY), typed("Météo", "Kati", DAY));
  }

  @Test
  void rowsResortedBlankRowsAndSheetsAndColumnsReorderedReadAsBefore() {
    assertReads(expected("Météo", "Kati", DAY), new EditedWorkbook()
        .sheet("inspection.inspectors", INSPECTORS, row("i1", 2, "ub"), row(), row(), row("i1", 1, "mn"))
        .sheet("station", STATIONS, row(), row("kati", "Kati", "mn", "active", false))
        .sheet("inspection", row("result", "date", "station", "id"), row("pass", DAY, "kati", "i1"))
        .sheet("operator", row("type", "id", "name.fr"), row("university", "ub", "Université"), row(),
            row("agency", "mn", "Météo")));
  }

  @Test
  void aNumberTypedWhereTextWasReadsAsTheTextItShows() {
    assertReads(expected("2024", "1.5", DAY), typed(2024, new BigDecimal("1.5"), DAY));
  }

  @Test
  void aDateTypedAsDayMonthYearTextOrAsAnIsoTextReads() {
    assertReads(expected("Météo", "Kati", DAY), typed("Météo", "Kati", "31/12/2024"));
    assertReads(expected("Météo", "Kati", DAY), typed("Météo", "Kati", " 2024-12-31 "));
  }

  @Test
  void aDateTypedAsAnExcelDateSerialReads() {
    assertReads(expected("Météo", "Kati", DAY), typed("Météo", "Kati", 45657)); // 31/12/2024 in Excel
  }

  /** The dataset of {@link #expected}, the station operating over {@code operating}. */
  private static Dataset operating(DateRange operating) {
    Station kati = Station.of("kati", "mn", "Kati");
    return Dataset.of(REGISTRY, List.of(
        Operator.of("mn", "agency", "Météo"),
        Operator.of("ub", "university", "Université"),
        new Station(kati.id(), kati.name(), kati.operator(), kati.partners(), kati.status(), kati.automatic(), null, null,
            operating, null, List.of(), List.of(), List.of()),
        new Inspection(Id.of("i1"), Ref.of("station", "kati"), List.of(Ref.of("operator", "mn"), Ref.of("operator", "ub")),
            DAY, Code.of("pass"), null, null, null, null)));
  }

  /** {@link #typed}, the station's operating columns holding {@code start} and {@code end} as typed. */
  private static EditedWorkbook typedOperating(Object start, Object end) {
    return new EditedWorkbook()
        .sheet("operator", OPERATORS, row("mn", "Météo", "agency"), row("ub", "Université", "university"))
        .sheet("station", row("id", "name.fr", "operator", "status", "automatic", "operating.start", "operating.end"),
            row("kati", "Kati", "mn", "active", false, start, end))
        .sheet("inspection", INSPECTIONS, row("i1", "kati", DAY, "pass"))
        .sheet("inspection.inspectors", INSPECTORS, row("i1", 1, "mn"), row("i1", 2, "ub"));
  }

  @Test
  void aPartialDateTypedAsAYearAMonthOrADateReads() {
    DateRange years = DateRange.years(2014, 2023);
    assertReads(operating(years), typedOperating(2014, "2023"));
    assertReads(operating(years), typedOperating(" 2014", 2023));
    DateRange months = DateRange.of(PartialDate.ofMonth(2023, 6), PartialDate.ofYear(2024));
    assertReads(operating(months), typedOperating("06/2023", 2024));
    assertReads(operating(months), typedOperating("2023-06", "2024"));
    DateRange days = DateRange.of(LocalDate.of(2023, 6, 1), DAY);
    assertReads(operating(days), typedOperating(LocalDate.of(2023, 6, 1), 45657)); // a date cell, an Excel date serial
    assertReads(operating(days), typedOperating("01/06/2023", "2024-12-31"));
  }

  @Test
  void spacesAroundIdsCodesAndReferencesAreDroppedButTextKeepsThem() {
    assertReads(expected("Météo ", "Kati", DAY), new EditedWorkbook()
        .sheet("operator", OPERATORS, row(" mn ", "Météo ", "agency  "), row("ub", "Université", " university"))
        .sheet("station", STATIONS, row("kati", "Kati", "mn ", "active", false))
        .sheet("inspection", INSPECTIONS, row("i1 ", " kati", DAY, "pass "))
        .sheet("inspection.inspectors", INSPECTORS, row("i1 ", 1, " mn"), row("i1", 2, "ub ")));
  }

  @Test
  void aFormulaIsReadByTheValueItLastComputed() {
    assertReads(expected("Météo", "Kati", DAY),
        typed("Météo", new EditedWorkbook.Formula("CONCATENATE(\"Ka\",\"ti\")", "Kati"), new EditedWorkbook.Formula("45656+1", "45657")));
  }

  @Test
  void aBooleanFormulaIsReadByItsCachedOneOrZero() {
    assertReads(expected("Météo", "Kati", DAY), typed("Météo", "Kati", DAY)
        .sheet("station", STATIONS, row("kati", "Kati", "mn", "active", new EditedWorkbook.Formula("1>2", "0"))));
  }

  @Test
  void aFormulaWithNoComputedValueIsRefusedNamingItsCell() {
    MalformedInputException e = refused(typed("Météo", new EditedWorkbook.Formula("CONCATENATE(\"Ka\",\"ti\")", ""), DAY));
    assertEquals("edited.xlsx, sheet \"station\", row 2, column B (name.fr)", e.place().toString());
    assertTrue(e.reason().contains("formula"), e.reason());
  }

  @Test
  void anUnreadableCellIsRefusedNamingTheSheetTheRowAsExcelShowsItTheColumnLetterAndItsHeader() {
    MalformedInputException e = refused(new EditedWorkbook()
        .sheet("operator", OPERATORS, row("mn", "Météo", "agency"), row("ub", "Université", "university"))
        .sheet("station", STATIONS, row("kati", "Kati", "mn", "active", false))
        .sheet("inspection", INSPECTIONS, row(), row("i1", "kati", "bientôt", "pass"))
        .sheet("inspection.inspectors", INSPECTORS, row("i1", 1, "mn")));
    assertEquals("edited.xlsx, sheet \"inspection\", row 3, column C (date)", e.place().toString());
  }

  @Test
  void aValueOutsideItsEnumerationIsRefusedNamingItsCell() {
    MalformedInputException e = refused(typed("Météo", "Kati", DAY)
        .sheet("station", STATIONS, row("kati", "Kati", "mn", "ouverte", false)));
    assertEquals("edited.xlsx, sheet \"station\", row 2, column D (status)", e.place().toString());
  }

  @Test
  void anItemWhoseOwnerIsNotOnItsKindsSheetIsRefused() {
    MalformedInputException e = refused(typed("Météo", "Kati", DAY)
        .sheet("inspection.inspectors", INSPECTORS, row("i1", 1, "mn"), row("i2", 1, "ub")));
    assertEquals("edited.xlsx, sheet \"inspection.inspectors\", row 3, column A (inspection)", e.place().toString());
  }

  @Test
  void twoItemsAtOnePositionAreRefused() {
    MalformedInputException e = refused(typed("Météo", "Kati", DAY)
        .sheet("inspection.inspectors", INSPECTORS, row("i1", 1, "mn"), row("i1", 1, "ub")));
    assertEquals("edited.xlsx, sheet \"inspection.inspectors\", row 3, column B (position)", e.place().toString());
  }

  @Test
  void aColumnOfNoPropertyIsRefusedRatherThanLost() {
    MalformedInputException e = refused(new EditedWorkbook()
        .sheet("operator", row("id", "name.fr", "type", "comment"), row("mn", "Météo", "agency", "à revoir")));
    assertEquals("edited.xlsx, sheet \"operator\", row 1, column D (comment)", e.place().toString());
  }

  @Test
  void aReferenceToAnIdOnNoSheetIsRefusedNamingItsCell() {
    MalformedInputException e = refused(typed("Météo", "Kati", DAY)
        .sheet("station", STATIONS, row("kati", "Kati", "dnm", "active", false)));
    assertEquals("edited.xlsx, sheet \"station\", row 2, column C (operator)", e.place().toString());
    assertTrue(e.reason().contains("operator:dnm"), e.reason());
  }

  @Test
  void aReferenceInAListItemToAnIdOnNoSheetIsRefusedNamingItsRow() {
    MalformedInputException e = refused(typed("Météo", "Kati", DAY)
        .sheet("inspection.inspectors", INSPECTORS, row("i1", 1, "mn"), row("i1", 2, "xx")));
    assertEquals("edited.xlsx, sheet \"inspection.inspectors\", row 3, column C (inspectors)", e.place().toString());
  }

  @Test
  void twoRowsWithOneIdAreRefused() {
    MalformedInputException e = refused(typed("Météo", "Kati", DAY)
        .sheet("operator", OPERATORS, row("mn", "Météo", "agency"), row("ub", "Université", "university"),
            row("mn", "Autre", "agency")));
    assertEquals("edited.xlsx, sheet \"operator\", row 4, column A (id)", e.place().toString());
  }

  @Test
  void aBooleanTypedAsTextInEnglishOrFrenchReads() {
    assertReads(expected("Météo", "Kati", DAY), typed("Météo", "Kati", DAY)
        .sheet("station", STATIONS, row("kati", "Kati", "mn", "active", "Faux ")));
    assertReads(expected("Météo", "Kati", DAY), typed("Météo", "Kati", DAY)
        .sheet("station", STATIONS, row("kati", "Kati", "mn", "active", "FALSE")));
  }
}
