package org.keneya.io.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.internal.table.Layout;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;

class CellsTest {
  /** A value of one text column, which the guard applies to. */
  record Note(String text) {}

  private static final StructType<Note> NOTE =
      StructType.<Note, Object[]>builder("note", Note.class, () -> new Object[1], p -> new Note((String) p[0]))
          .add("text", ValueType.string(), Note::text, (p, v) -> p[0] = v)
          .build();

  private static final Layout<Note> LAYOUT = Layout.of(NOTE, List.of(), new JsonListCells());

  /** Every text up to four characters long over the guard's characters and two harmless ones. */
  private static List<String> texts() {
    String alphabet = "=+-@\t\r'a ";
    List<String> texts = new ArrayList<>(List.of(""));
    List<String> last = List.of("");
    for (int length = 1; length <= 4; length++) {
      List<String> next = new ArrayList<>();
      for (String prefix : last) {
        for (char c : alphabet.toCharArray()) {
          next.add(prefix + c);
        }
      }
      texts.addAll(next);
      last = next;
    }
    return texts;
  }

  @Test
  void guardingThenUnguardingGivesBackEveryTextAndNoGuardedCellStartsWithAFormulaCharacter() {
    for (String text : texts()) {
      String[] row = {text};
      Cells.guard(LAYOUT, row);
      String written = row[0];
      assertFalse(!written.isEmpty() && "=+-@\t\r".indexOf(written.charAt(0)) >= 0, () -> escaped(written));
      Cells.unguard(LAYOUT, row);
      assertEquals(text, row[0], () -> escaped(text) + " written as " + escaped(written));
    }
  }

  @Test
  void aTabOrCarriageReturnAtTheStartIsGuardedLikeAFormula() {
    for (String text : List.of("\t", "\r", "\tx", "\r\n=1", "=1", "+1", "-1", "@a", "'", "'\t")) {
      String[] row = {text};
      Cells.guard(LAYOUT, row);
      assertEquals("'" + text, row[0], () -> escaped(text));
    }
    for (String text : List.of("", "a\t", " \t", "x\r", "1")) {
      String[] row = {text};
      Cells.guard(LAYOUT, row);
      assertEquals(text, row[0], () -> escaped(text));
    }
  }

  private static String escaped(String text) {
    return "\"" + text.replace("\t", "\\t").replace("\r", "\\r") + "\"";
  }
}
