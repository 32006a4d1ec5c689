package org.keneya.io.csv.internal;

import org.keneya.core.internal.table.Layout;

/** The formula guard on text cells: see {@code CsvOptions#formulaGuard}. */
public final class Cells {
  private Cells() {}

  /**
   * A cell a spreadsheet would evaluate, or one that starts with the guard's own apostrophe. The
   * characters are OWASP's list for CSV injection: {@code = + - @}, and TAB and carriage return,
   * which some spreadsheets drop before evaluating what follows. Adding a character here keeps
   * earlier files reading the same, since the reader removes one leading apostrophe whatever
   * follows it, and a guarded file never holds a text cell that starts with an apostrophe of its own.
   */
  static boolean needsGuard(String cell) {
    if (cell.isEmpty()) {
      return false;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'';
  }

  /** Guards the text cells of a row in place. */
  public static void guard(Layout<?> layout, String[] row) {
    for (int i = 0; i < row.length; i++) {
      if (layout.columns().get(i).isText() && needsGuard(row[i])) {
        row[i] = "'" + row[i];
      }
    }
  }

  /**
   * Removes the guard's apostrophe (one leading apostrophe, whatever follows it) from the text cells
   * of a row in place. A cell that is a lone apostrophe is kept: the guard writes an apostrophe
   * text as {@code ''}, so a lone one was not written by it.
   */
  public static void unguard(Layout<?> layout, String[] row) {
    for (int i = 0; i < row.length; i++) {
      String cell = row[i];
      if (layout.columns().get(i).isText() && cell.length() > 1 && cell.charAt(0) == '\'') {
        row[i] = cell.substring(1);
      }
    }
  }
}
