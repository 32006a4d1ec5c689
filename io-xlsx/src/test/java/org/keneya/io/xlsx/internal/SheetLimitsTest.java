package org.keneya.io.xlsx.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.keneya.io.xlsx.ExcelLimitException;

/** A sheet holds 1,048,576 rows with its header, and sheet names keep within Excel's rules. */
class SheetLimitsTest {
  @Test
  void aSheetOfMoreRowsThanExcelHoldsIsATypedError() {
    assertDoesNotThrow(() -> WorkbookWriter.checkRow("station", 1_048_576));
    ExcelLimitException e = assertThrows(ExcelLimitException.class, () -> WorkbookWriter.checkRow("station", 1_048_577));
    assertEquals("station", e.sheet());
    assertEquals(1_048_577, e.row());
  }

  @Test
  void sheetNamesAreShortenedAndMadeUniqueWithoutRegardToCase() {
    SheetNames names = new SheetNames();
    assertEquals("station", names.allocate("station"));
    assertEquals("Station~2", names.allocate("Station"));
    String longName = "recommendation.statusHistory.entries";
    String first = names.allocate(longName);
    assertEquals(31, first.length());
    String second = names.allocate(longName + "2");
    assertEquals(31, second.length());
    assertEquals("recommendation.statusHistory.~2", second);
    assertEquals("a_b_c", names.allocate("a/b:c"));
  }

  @Test
  void columnLettersAreExcels() {
    assertEquals("A", WorkbookPlan.letters(0));
    assertEquals("Z", WorkbookPlan.letters(25));
    assertEquals("AA", WorkbookPlan.letters(26));
    assertEquals("XFD", WorkbookPlan.letters(16_383));
  }

  @Test
  void textThatXmlCannotHoldIsEscapedAsExcelDoesAndBack() {
    String text = "a\u0001b\rc_x0041_d\uD800";
    String escaped = CellValues.escape(text);
    assertEquals("a_x0001_b_x000D_c_x005F_x0041_d_xD800_", escaped);
    assertEquals(text, CellValues.unescape(escaped));
  }

  @Test
  void whitespaceAtEitherEndOfAnInlineStringIsEscapedSoThatExcelKeepsIt() {
    String text = " \ta b\n";
    String escaped = CellValues.escapeEdges(CellValues.escape(text));
    assertEquals("_x0020__x0009_a b_x000A_", escaped);
    assertEquals(text, CellValues.unescape(escaped));
    assertEquals("a b", CellValues.escapeEdges("a b"));
  }
}
