package org.keneya.io.csv;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.io.csv.Fixtures.CSV;
import static org.keneya.io.csv.Fixtures.dataset;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.testdomain.Operator;

class CsvWritingTest {
  private static Operator operatorNamed(String name) {
    return Operator.of("x", "agency", name);
  }

  private static String table(Operator operator) {
    return Fixtures.table(CSV, dataset(operator), Operator.KIND);
  }

  @Test
  void textOutsideTheBasicPlaneIsWrittenAsUtf8() {
    String csv = table(operatorNamed("Météo 😀 ’ « »"));
    assertTrue(csv.contains("Météo 😀 ’ « »"), csv);
  }

  @Test
  void anUnpairedSurrogateIsRefusedRatherThanWrittenAsAQuestionMark() {
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> table(operatorNamed("bad \uD800 here")));
    assertTrue(e.getMessage().contains("surrogate"), e::getMessage);
  }

  @Test
  void textInALanguageTheTableHasNoColumnForIsRefusedNamingIt() {
    Operator bilingual = new Operator(Id.of("x"), LocalizedText.of("en", "Weather service", "fr", "Météo"),
        Code.of("agency"), null, null, null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter<Operator> writer = CSV.tableWriter(Operator.KIND, List.of("fr"), out)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> writer.write(bilingual));
      assertTrue(e.getMessage().contains("name has text in \"en\" but the table's languages are [fr]"), e::getMessage);
    }
  }

  @Test
  void aWriterReusingItsRowLeavesNoCellOfOneEntityInTheNext() {
    Operator full = new Operator(Id.of("a"), LocalizedText.fr("A"), Code.of("agency"), "https://aaa.example", null, null);
    Operator bare = operatorNamed("B");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter<Operator> writer = CSV.tableWriter(Operator.KIND, List.of("fr"), out)) {
      writer.write(full).write(bare);
    }
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertTrue(lines[1].contains("aaa.example"), lines[1]);
    assertFalse(lines[2].contains("aaa.example"), lines[2]);
  }
}
