package org.keneya.io.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.io.xlsx.EditedWorkbook.row;
import static org.keneya.io.xlsx.Fixtures.REGISTRY;
import static org.keneya.io.xlsx.Fixtures.XLSX;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.MalformedInputException;
import org.keneya.testdomain.Station;

/** The about sheet says what a workbook holds: a newer format is refused, a part may refer outside itself. */
class AboutSheetTest {
  @Test
  void aPartMayReferToRecordsItDoesNotHold() {
    Dataset part = Dataset.of(REGISTRY, List.of(Station.of("kati", "mn", "Kati"))); // operator mn is elsewhere
    XlsxCodec parts = XlsxCodec.create(REGISTRY, XlsxOptions.defaults().part(true));
    assertEquals(part, parts.fromBytes(parts.toBytes(part), "part.xlsx"));
    // read by any codec: the workbook says it is a part
    assertEquals(part, XLSX.fromBytes(parts.toBytes(part), "part.xlsx"));
  }

  @Test
  void aWholeDatasetMustResolveEveryReference() {
    Dataset part = Dataset.of(REGISTRY, List.of(Station.of("kati", "mn", "Kati")));
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> XLSX.fromBytes(XLSX.toBytes(part), "whole.xlsx"));
    assertEquals("whole.xlsx, sheet \"station\", row 2, column C (operator)", e.place().toString());
  }

  @Test
  void aWorkbookOfANewerFormatVersionIsRefused() {
    byte[] newer = new EditedWorkbook()
        .sheet("about", row("format", "keneya-xlsx"), row("version", "2"), row("content", "whole"))
        .toBytes();
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> XLSX.fromBytes(newer, "newer.xlsx"));
    assertEquals("newer.xlsx, sheet \"about\", row 2, column B", e.place().toString());
    assertTrue(e.reason().contains("version 2"), e.reason());
  }

  @Test
  void aWorkbookOfAnotherFormatIsRefused() {
    byte[] other = new EditedWorkbook().sheet("about", row("format", "something-else")).toBytes();
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> XLSX.fromBytes(other, "other.xlsx"));
    assertTrue(e.reason().contains("not a Keneya workbook"), e.reason());
  }
}
