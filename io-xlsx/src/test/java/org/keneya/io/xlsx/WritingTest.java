package org.keneya.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.keneya.io.xlsx.Fixtures.REGISTRY;
import static org.keneya.io.xlsx.Fixtures.XLSX;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.testdomain.Operator;

/** What writing refuses, and text that only survives escaped. */
class WritingTest {
  @Test
  void aCellOfMoreCharactersThanExcelHoldsIsATypedError() {
    Dataset d = Dataset.of(REGISTRY, List.of(Operator.of("mn", "agency", "x".repeat(32_768))));
    ExcelLimitException e = assertThrows(ExcelLimitException.class, () -> XLSX.toBytes(d));
    assertEquals("operator", e.sheet());
    assertEquals(2, e.row());
  }

  @Test
  void aCellOfExactlyTheMostCharactersExcelHoldsRoundTrips() {
    Dataset d = Dataset.of(REGISTRY, List.of(Operator.of("mn", "agency", "x".repeat(32_767))));
    assertEquals(d, XLSX.fromBytes(XLSX.toBytes(d), "long.xlsx"));
  }

  @Test
  void controlCharactersCarriageReturnsAndEscapeLookalikesSurviveARoundTrip() {
    Dataset d = Dataset.of(REGISTRY, List.of(Operator.of("mn", "agency", "a\u0001b\r\nc_x0041_ «é’» \uD83C\uDF0D\t")));
    assertEquals(d, XLSX.fromBytes(XLSX.toBytes(d), "odd.xlsx"));
  }
}
