package org.keneya.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.io.csv.Fixtures.JSON;
import static org.keneya.io.csv.Fixtures.NETWORKS;
import static org.keneya.io.csv.Fixtures.REGISTRY;
import static org.keneya.io.csv.Fixtures.STATIONS;
import static org.keneya.io.csv.Fixtures.profileErrors;
import static org.keneya.testkit.engine.PropertyRunner.forAll;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.core.value.PartialDate;
import org.keneya.core.value.Ref;
import org.keneya.testdomain.Operator;
import org.keneya.testdomain.Station;
import org.keneya.testkit.CodecAssertions;
import tools.jackson.databind.JsonNode;

/**
 * The French spreadsheet profile ({@link CsvOptions#frenchSpreadsheet()}): decimal commas and dates
 * as dd/mm/yyyy in the cells whose value types are numbers and dates, declared in datapackage.json
 * so that Keneya's reader and Frictionless readers need no option.
 */
class FrenchSpreadsheetProfileTest {
  private static final CsvCodec FRENCH = CsvCodec.create(REGISTRY, CsvOptions.frenchSpreadsheet());
  /** A codec with the default options: a folder or zip tells it the profile. */
  private static final CsvCodec PLAIN = CsvCodec.create(REGISTRY);
  private static final String HEADER = STATIONS.replace(',', ';');

  @Test
  void zipsRoundTripLosslesslyAndByteForByte() {
    forAll(300, NETWORKS, d -> {
      CodecAssertions.assertLossless(d, data -> Fixtures.zip(FRENCH, data), bytes -> FRENCH.readZip(new ByteArrayInputStream(bytes)));
      Dataset back = PLAIN.readZip(new ByteArrayInputStream(Fixtures.zip(FRENCH, d)));
      assertEquals(d, back, () -> "read without the option: " + CodecAssertions.firstDifference(d, back).orElse(""));
    });
  }

  @Test
  void foldersRoundTripLosslesslyWithoutTheOption(@TempDir Path root) {
    int[] n = {0};
    forAll(100, NETWORKS, d -> {
      Path folder = root.resolve("export" + n[0]++);
      FRENCH.writeFolder(d, folder);
      Dataset back = PLAIN.readFolder(folder);
      assertEquals(d, back, () -> CodecAssertions.firstDifference(d, back).orElse(""));
      assertEquals(d, FRENCH.readFolder(folder));
    });
  }

  @Test
  void singleTablesRoundTripWithTheOption() {
    forAll(300, NETWORKS, d -> {
      for (EntityKind<?> kind : d.kinds()) {
        assertTableRoundTrips(d, kind);
      }
    });
  }

  private static <E extends Entity> void assertTableRoundTrips(Dataset d, EntityKind<E> kind) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FRENCH.writeTable(d, kind, out);
    assertEquals(d.entities(kind), FRENCH.readTable(kind, new ByteArrayInputStream(out.toByteArray()), kind.name() + ".csv"));
  }

  @Test
  void numbersHaveADecimalCommaAndDatesAreDayMonthYear() {
    String table = Fixtures.table(FRENCH, Fixtures.dataset(Operator.of("mn", "agency", "Météo nationale"), station("1234.50", "12.5")), Station.KIND);
    assertTrue(table.startsWith("\uFEFF" + HEADER.strip() + "\r\n"), table);
    assertTrue(table.contains(";1250;12,5;01/01/2020;31/12/2024;1234,50;EUR;"), table);
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\u00A0", "\u202F"})
  void readingAcceptsASpaceOfEachKindBetweenGroupsOfThreeDigits(String space) {
    String table = HEADER + "kati;Kati;mn;[];active;false;1" + space + "250;12,5;01/01/2020;31/12/2024;1" + space
        + "234,50;EUR;[];[];[]\r\n";
    Station station = Fixtures.read(FRENCH, Station.KIND, table).get(0);
    assertEquals(Money.of("1234.50", "EUR"), station.budget());
    assertEquals(1250, station.elevation());
    assertEquals(LocalDate.of(2024, 12, 31), station.operating().end());
  }

  @ParameterizedTest
  @ValueSource(strings = {"12 34,50", "1 2345", "1  234", " 1234", "1234,", ",5", "1,2,3"})
  void readingRefusesSpacesOutsideGroupsOfThreeAndMisplacedCommas(String amount) {
    MalformedInputException e = refused(FRENCH, table("1250", "12,5", amount));
    assertEquals("station.csv, row 2, column budget.amount", e.place().toString());
    assertTrue(e.reason().startsWith("not a number in French"), e::reason);
  }

  @Test
  void aDecimalPointIsRefusedNamingTheCellSinceASpreadsheetInFrenchReadsItAsText() {
    MalformedInputException e = refused(FRENCH, table("1250", "12.5", "1234,50"));
    assertEquals("station.csv, row 2, column latitude", e.place().toString());
    assertTrue(e.reason().startsWith("a decimal point in \"12.5\""), e::reason);
    assertTrue(e.reason().contains("would have read this cell as text"), e::reason);
  }

  @Test
  void anIsoDateIsRefusedUnderTheProfile() {
    String table = HEADER + "kati;Kati;mn;[];active;false;;;2020-01-01;;;;[];[];[]\r\n";
    MalformedInputException e = refused(FRENCH, table);
    assertEquals("station.csv, row 2, column operating.start", e.place().toString());
    assertTrue(e.reason().startsWith("not a date as dd/mm/yyyy"), e::reason);
    MalformedInputException month = refused(FRENCH, table.replace("2020-01-01;", "2020-01;31/12/2024"));
    assertEquals("station.csv, row 2, column operating.start", month.place().toString());
    assertTrue(month.reason().contains("a month as mm/yyyy"), month::reason);
  }

  @Test
  void aRangeOfYearsAndMonthsIsWrittenAsTheyAreInFrench() {
    String table = HEADER + "kati;Kati;mn;[];active;false;;;2020;12/2024;;;[];[];[]\r\n";
    Station station = Fixtures.read(FRENCH, Station.KIND, table).get(0);
    assertEquals(DateRange.of(PartialDate.ofYear(2020), PartialDate.ofMonth(2024, 12)), station.operating());
    Station days = Fixtures.read(FRENCH, Station.KIND, table.replace(";2020;12/2024;", ";01/02/2020;31/12/2024;")).get(0);
    assertEquals(DateRange.of(LocalDate.of(2020, 2, 1), LocalDate.of(2024, 12, 31)), days.operating());
    Dataset d = Fixtures.dataset(Operator.of("mn", "agency", "Météo nationale"), station);
    assertTrue(Fixtures.table(FRENCH, d, Station.KIND).contains(";2020;12/2024;"));
    MalformedInputException plain = refused(PLAIN, table);
    assertEquals("station.csv, row 2, column operating.end", plain.place().toString());
    assertTrue(plain.reason().contains("--profile fr"), plain::reason);
  }

  @Test
  void withoutTheProfileADecimalCommaIsRefusedWithTheHint() {
    MalformedInputException e = refused(PLAIN, table("1250", "12,5", "1234,50"));
    assertEquals("station.csv, row 2, column latitude", e.place().toString());
    assertTrue(e.reason().contains("CsvOptions.frenchSpreadsheet() (--profile fr on the command line)"), e::reason);
  }

  @Test
  void withoutTheProfileGroupedDigitsAndFrenchDatesAreRefusedWithTheHint() {
    MalformedInputException grouped = refused(PLAIN, table("1 250", "", ""));
    assertEquals("station.csv, row 2, column elevation", grouped.place().toString());
    assertTrue(grouped.reason().contains("--profile fr"), grouped::reason);
    MalformedInputException date = refused(PLAIN, HEADER + "kati;Kati;mn;[];active;false;;;01/01/2020;;;;[];[];[]\n");
    assertEquals("station.csv, row 2, column operating.start", date.place().toString());
    assertTrue(date.reason().contains("--profile fr"), date::reason);
  }

  @Test
  void otherRefusalsWithoutTheProfileGetNoHint() {
    MalformedInputException e = refused(PLAIN, table("12a", "", ""));
    assertFalse(e.reason().contains("--profile fr"), e::reason);
  }

  @Test
  void listCellsStayJson() {
    String table = Fixtures.table(FRENCH, NETWORKS.sample(3), Station.KIND);
    for (String line : table.split("\r\n")) {
      int json = line.indexOf("[{");
      if (json >= 0) {
        assertFalse(line.substring(json).matches(".*\"\"[a-z]+\"\":-?[0-9]+,[0-9].*"), line); // no decimal comma in JSON
      }
    }
  }

  @Test
  void theDescriptorDeclaresTheProfile() {
    Dataset d = NETWORKS.sample(11);
    String descriptor = FRENCH.dataPackage(d);
    assertEquals(List.of(), profileErrors(descriptor));
    JsonNode root = JSON.readTree(descriptor);
    assertEquals("fr", root.get("keneya:profile").asString());
    assertTrue(root.get("keneya:formulaGuard").asBoolean());
    JsonNode station = resource(root, "station");
    assertEquals(";", station.get("dialect").get("delimiter").asString());
    assertEquals("\r\n", station.get("dialect").get("lineTerminator").asString());
    JsonNode latitude = field(station, "latitude");
    assertEquals("number", latitude.get("type").asString());
    assertEquals(",", latitude.get("decimalChar").asString());
    assertEquals(" ", latitude.get("groupChar").asString());
    assertEquals(",", field(station, "budget.amount").get("decimalChar").asString());
    assertEquals(" ", field(station, "elevation").get("groupChar").asString());
    assertEquals(null, field(station, "elevation").get("decimalChar"));
    for (String date : List.of("operating.start", "operating.end")) { // partial dates: a day, a month or a year
      assertEquals("string", field(station, date).get("type").asString());
      assertEquals(null, field(station, date).get("format"));
      assertEquals(org.keneya.io.csv.internal.FrenchCells.PARTIAL_DATE_PATTERN, field(station, date).get("constraints").get("pattern").asString());
    }
    JsonNode inspection = resource(root, "inspection");
    assertEquals("%d/%m/%Y", field(inspection, "date").get("format").asString());
    assertEquals("%d/%m/%Y", field(inspection, "followUp.date").get("format").asString());
    assertEquals(",", field(inspection, "uptime.percent").get("decimalChar").asString());
  }

  @Test
  void theDefaultDescriptorDeclaresNoProfile() {
    String descriptor = Fixtures.CSV.dataPackage(NETWORKS.sample(11));
    assertFalse(descriptor.contains("keneya:"), descriptor);
    assertFalse(descriptor.contains("decimalChar"), descriptor);
    assertFalse(descriptor.contains("%d/%m/%Y"), descriptor);
  }

  @Test
  void theFormulaGuardAloneIsDeclaredAndReadWithoutTheOption() {
    CsvCodec guarded = CsvCodec.create(REGISTRY, CsvOptions.defaults().formulaGuard(true));
    forAll(100, NETWORKS, d -> {
      byte[] zip = Fixtures.zip(guarded, d);
      assertEquals(d, PLAIN.readZip(new ByteArrayInputStream(zip)));
      assertFalse(guarded.dataPackage(d).contains("keneya:profile"));
    });
  }

  @Test
  void anUnknownProfileInTheDescriptorIsRefused(@TempDir Path folder) throws Exception {
    Path export = folder.resolve("export");
    FRENCH.writeFolder(NETWORKS.sample(5), export);
    Path descriptor = export.resolve(CsvCodec.DATA_PACKAGE);
    Files.writeString(descriptor, Files.readString(descriptor).replace("\"keneya:profile\" : \"fr\"", "\"keneya:profile\" : \"de\""));
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> PLAIN.readFolder(export));
    assertTrue(e.place().toString().contains("/keneya:profile"), e.place()::toString);
  }

  private static JsonNode resource(JsonNode root, String name) {
    for (JsonNode r : root.get("resources")) {
      if (r.get("name").asString().equals(name)) {
        return r;
      }
    }
    throw new AssertionError("no resource " + name);
  }

  private static JsonNode field(JsonNode resource, String name) {
    for (JsonNode f : resource.get("schema").get("fields")) {
      if (f.get("name").asString().equals(name)) {
        return f;
      }
    }
    throw new AssertionError("no field " + name);
  }

  /** A station table of one row, {@code ;} separated, with these cells (empty for none) and a 2020–2024 operation. */
  private static String table(String elevation, String latitude, String amount) {
    return HEADER + "kati;Kati;mn;[];active;false;" + elevation + ";" + latitude + ";;;" + amount + ";"
        + (amount.isEmpty() ? "" : "EUR") + ";[];[];[]\n";
  }

  private static MalformedInputException refused(CsvCodec csv, String table) {
    return assertThrows(MalformedInputException.class, () -> Fixtures.read(csv, Station.KIND, table));
  }

  private static Station station(String amount, String latitude) {
    return new Station(Id.of("kati"), LocalizedText.fr("Kati"), Ref.of("operator", "mn"), List.of(), Station.Status.ACTIVE,
        false, 1250, new BigDecimal(latitude), DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)),
        Money.of(amount, "EUR"), List.of(), List.of(), List.of());
  }
}
