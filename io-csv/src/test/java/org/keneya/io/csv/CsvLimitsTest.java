package org.keneya.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.core.value.Ref;
import org.keneya.core.value.StatedRate;
import org.keneya.model.Actor;
import org.keneya.model.Budget;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Pillar;
import org.keneya.model.Recommendation;

/**
 * Tables beyond {@link CsvOptions#limits()} are refused early, naming file, row, column and the
 * limit — in time and memory that do not grow with what is refused.
 */
class CsvLimitsTest {
  private static final KindRegistry REGISTRY = KindRegistry.load();
  private static final CsvCodec CSV = CsvCodec.create(REGISTRY, CsvOptions.defaults());
  private static final String ACTORS = "id,type,name.fr,acronym,aliases,level,parent,title.fr,provenance\n";
  private static final String BUDGETS = "id,owner,fiscalYear,currency,lines,statedTotals,statedTotals.forecast.amount,"
      + "statedTotals.forecast.currency,statedTotals.notified.amount,statedTotals.notified.currency,"
      + "statedTotals.mobilized.amount,statedTotals.mobilized.currency,statedTotals.executed.amount,"
      + "statedTotals.executed.currency,statedRates,previous,statedVariation.asWritten,statedVariation.percent,"
      + "statedVariation.decimals,statedVariation.rounding,provenance\n";
  /** Well within what the checks need, far below what parsing the refused values would take. */
  private static final Duration QUICK = Duration.ofSeconds(5);

  private static CsvCodec limited(ReadLimits.Builder limits) {
    return CsvCodec.create(REGISTRY, CsvOptions.defaults().limits(limits.build()));
  }

  private static <E extends Entity> List<E> read(CsvCodec csv, EntityKind<E> kind, String table) {
    return csv.readTable(kind, new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), kind.name() + ".csv");
  }

  private static <E extends Entity> MalformedInputException refused(CsvCodec csv, EntityKind<E> kind, String table) {
    return assertTimeoutPreemptively(QUICK, () -> assertThrows(MalformedInputException.class, () -> read(csv, kind, table)));
  }

  /** A budget row whose stated forecast amount is {@code amount}. */
  private static String budgetWithForecast(String amount) {
    return BUDGETS + "b1,dns,2023,XOF,,true," + amount + ",XOF,,,,,,,,,,,,,\n";
  }

  private static String recommendationTable(Recommendation r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CSV.writeTable(Dataset.of(REGISTRY, List.of(r)), Recommendation.KIND, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Recommendation.Builder recommendation() {
    return Recommendation.builder().id(Id.of("r1")).type(HealthCodelists.RECOMMENDATION).statement(LocalizedText.fr("Faire"));
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
    MalformedInputException e = refused(CSV, Budget.KIND, budgetWithForecast("1".repeat(1_000_000)));
    assertEquals("budget.csv", e.place().source().orElseThrow());
    assertEquals(OptionalLong.of(2), e.place().line());
    assertEquals("statedTotals.forecast.amount", e.place().path().orElseThrow());
    assertTrue(e.reason().contains("1000000 characters, more than the limit maxNumberLength = 100"), e::reason);
    assertTrue(e.getMessage().length() < 300, "the value is quoted as an excerpt: " + e.getMessage().length());
  }

  @Test
  void aDecimalWhosePlainNotationIsTooLongIsRefusedWithoutExpandingIt() {
    MalformedInputException e = refused(CSV, Budget.KIND, budgetWithForecast("1E+999999999"));
    assertEquals("statedTotals.forecast.amount", e.place().path().orElseThrow());
    assertTrue(e.reason().contains("more than the limit maxNumberLength = 100"), e::reason);
  }

  @Test
  void aDecimalWithAnExponentIsReadInItsNormalForm() {
    Budget written = Budget.builder().id(Id.of("b1")).owner(Actor.ref("dns")).fiscalYear(2023)
        .currency(Money.currency("XOF")).previous(Ref.of("budget", "b0")).statedVariation(StatedRate.of("100 %", "100")).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CSV.writeTable(Dataset.of(REGISTRY, List.of(written)), Budget.KIND, out);
    String table = out.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains(",100 %,100,"), table);
    Budget read = read(CSV, Budget.KIND, table.replace(",100 %,100,", ",100 %,1E+2,")).get(0);
    assertEquals(written, read, "1E+2 is read as the 100 every writer writes, scale 0");
    assertEquals(0, read.statedVariation().orElseThrow().percent().scale());
  }

  @Test
  void anIntegerCellOfAMillionDigitsIsRefusedByTheNumberLimit() {
    String table = "id,framework,position,code,provenance\np1,f1," + "9".repeat(1_000_000) + ",c,\n";
    MalformedInputException e = refused(CSV, Pillar.KIND, table);
    assertEquals("pillar.csv, row 2, column position", e.place().toString());
    assertTrue(e.reason().contains("the limit maxNumberLength"), e::reason);
  }

  @Test
  void aCellLongerThanTheTextLimitIsRefusedByTheParserNamingItsColumn() {
    CsvCodec csv = limited(ReadLimits.builder().maxTextLength(20));
    String table = ACTORS + "dns,directorate,\"DNS\nBamako\",,,,,,\n" // a row of two lines: the next starts on line 4
        + "dgs,directorate,DGS," + "x".repeat(21) + ",,,,,\n";
    MalformedInputException e = refused(csv, Actor.KIND, table);
    assertEquals("actor.csv, row 4, column acronym", e.place().toString());
    assertTrue(e.reason().startsWith("a text of 21 characters, more than the limit maxTextLength = 20"), e::reason);
    assertEquals(2, read(csv, Actor.KIND, ACTORS + "dns,directorate,\"DNS\nBamako\",,,,,,\n").size() + 1,
        "cells within the limit are read");
  }

  @Test
  void cellsAtTheTextLimitAreReadEvenWhenEveryCharacterIsAQuote() {
    CsvCodec csv = limited(ReadLimits.builder().maxTextLength(10_000));
    String quotes = "\"".repeat(10_000);
    String cell = "\"" + quotes.replace("\"", "\"\"") + "\""; // 20,002 characters as written
    Actor read = read(csv, Actor.KIND, ACTORS + "dns,directorate," + cell + "," + cell + ",,,,,\n").get(0);
    assertEquals(quotes, read.acronym().orElseThrow());
    assertEquals(LocalizedText.fr(quotes), read.name());
  }

  @Test
  void aHugeCellIsRefusedWithoutBufferingItWhole() {
    // 20 million characters, with the default limit of a million (a list cell may hold 16): refused by the parser's buffer
    String table = ACTORS + "dns,directorate,\"" + "x".repeat(20_000_000) + "\",,,,,,\n";
    MalformedInputException e = refused(CSV, Actor.KIND, table);
    assertTrue(e.place().toString().startsWith("actor.csv, row 2"), e.place()::toString);
    assertEquals("a cell of more than 16000000 characters, 16 times the limit maxTextLength (a list cell holds many texts)",
        e.reason());
  }

  @Test
  void aListCellOfMoreElementsThanTheLimitIsRefused() {
    CsvCodec csv = limited(ReadLimits.builder().maxListLength(2));
    String references = recommendationTable(recommendation().addLead(Actor.ref("a"), Actor.ref("b"), Actor.ref("c")).build());
    MalformedInputException e = refused(csv, Recommendation.KIND, references);
    assertEquals("recommendation.csv, row 2, column lead", e.place().toString());
    assertTrue(e.reason().contains("the limit maxListLength"), e::reason);

    String texts = ACTORS + "dns,directorate,DNS,,\"[\"\"a\"\", \"\"b\"\", \"\"c\"\"]\",,,,\n"; // through the JSON reader
    MalformedInputException strings = refused(csv, Actor.KIND, texts);
    assertTrue(strings.place().toString().startsWith("actor.csv, row 2, column aliases"), strings.place()::toString);
    assertTrue(strings.reason().contains("the limit maxListLength"), strings::reason);
  }

  @Test
  void theJsonOfAListCellIsReadUnderTheNestingLimit() {
    CsvCodec csv = limited(ReadLimits.builder().maxNestingDepth(2));
    // a budget line is an object in the array, its amounts an object in it: three levels
    String table = BUDGETS.replace("\n", "") + "\nb1,dns,2023,XOF,\"[{\"\"source\"\":\"\"state\"\",\"\"amounts\"\":{}}]\""
        + ",,,,,,,,,,,,,,,,\n";
    MalformedInputException e = refused(csv, Budget.KIND, table);
    assertTrue(e.getMessage().startsWith("budget.csv, row 2, column lines"), e::getMessage);
    assertTrue(e.reason().contains("nesting depth"), e::reason);
  }

  @Test
  void theDataPackageIsReadUnderTheTextAndListLimits(@TempDir Path dir) throws IOException {
    Path folder = dir.resolve("dataset");
    CSV.writeFolder(Dataset.of(REGISTRY, List.of()), folder);
    CsvCodec csv = limited(ReadLimits.builder().maxTextLength(100).maxListLength(3));
    Files.writeString(folder.resolve("datapackage.json"), "{\"resources\": [{\"path\": \"" + "x".repeat(101) + "\"}]}");
    MalformedInputException text = assertThrows(MalformedInputException.class, () -> csv.readFolder(folder));
    assertEquals("datapackage.json", text.place().source().orElseThrow());
    assertTrue(text.reason().contains("String value length (101) exceeds the maximum allowed (100"), text::reason);

    Files.writeString(folder.resolve("datapackage.json"), "{\"resources\": [" + "{\"path\": \"actor.csv\"},".repeat(3)
        + "{\"path\": \"actor.csv\"}]}");
    MalformedInputException list = assertThrows(MalformedInputException.class, () -> csv.readFolder(folder));
    assertEquals("datapackage.json, line 1, column 82, at /resources/3", list.place().toString());
    assertEquals("a list of more than 3 elements, the limit maxListLength", list.reason());
  }

  @Test
  void aHeaderOfAHundredThousandColumnsIsRefusedAtRowOne() {
    MalformedInputException e = refused(CSV, Actor.KIND, "c,".repeat(100_000) + "c\n");
    assertEquals("actor.csv, row 1", e.place().toString());
    assertTrue(e.reason().contains("16384 fields"), e::reason);
  }

  @Test
  void aRowOfAMillionCellsIsRefusedAtItsRow() {
    MalformedInputException e = refused(CSV, Actor.KIND, ACTORS + "dns,directorate,DNS,,,,,,\n" + ",".repeat(1_000_000) + "\n");
    assertEquals("actor.csv, row 3", e.place().toString());
  }

  @Test
  void aFileOfNothingButABomOrLineEndsIsAnEmptyTable() {
    for (String text : List.of("\uFEFF", "\r\r\r", "\uFEFF\r\n\r\n", "")) {
      MalformedInputException e = refused(CSV, Actor.KIND, text);
      assertEquals("actor.csv, row 1: the table is empty: no header row", e.getMessage());
    }
  }

  @Test
  void aFirstLineTooLongToDetectTheDelimiterInIsRefusedByTheCellLimit() {
    MalformedInputException e = refused(limited(ReadLimits.builder().maxTextLength(100_000)), Actor.KIND,
        "x".repeat(3_000_000) + ";y\n");
    assertEquals("actor.csv, row 1", e.place().toString());
    assertTrue(e.reason().contains("the limit maxTextLength"), e::reason);
  }

  @Test
  void aLongUnknownColumnIsNamedByAnExcerpt() {
    MalformedInputException e = refused(CSV, Actor.KIND, ACTORS.replace("\n", ",") + "z".repeat(100_000) + "\n");
    assertTrue(e.getMessage().length() < 1_000, () -> "length " + e.getMessage().length());
    assertTrue(e.place().path().orElseThrow().startsWith("\"zzzz"), e::getMessage);
  }
}
