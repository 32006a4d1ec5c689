package org.keneya.io.xlsx;

import org.keneya.core.error.KeneyaException;

/**
 * A dataset that does not fit in an Excel workbook: a sheet with more than {@value #MAX_ROWS} rows
 * (its header included), or a cell with more than {@value #MAX_CELL_CHARACTERS} characters.
 * Nothing Keneya can write in their place would read back as the same data, so writing stops.
 */
public final class ExcelLimitException extends KeneyaException {
  private static final long serialVersionUID = 1L;

  /** The most rows a sheet holds, its header row included. */
  public static final int MAX_ROWS = 1_048_576;

  /** The most characters a cell holds. */
  public static final int MAX_CELL_CHARACTERS = 32_767;

  private final String sheet;
  private final long row;

  /** A limit of Excel broken in {@code sheet} at {@code row} (as Excel numbers rows, from 1). */
  public ExcelLimitException(String sheet, long row, String message) {
    super("sheet \"" + sheet + "\", row " + row + ": " + message);
    this.sheet = sheet;
    this.row = row;
  }

  /** The sheet that would break the limit. */
  public String sheet() {
    return sheet;
  }

  /** The row, as Excel numbers it (the header is row 1). */
  public long row() {
    return row;
  }
}
