package org.keneya.core.internal.table;

/**
 * How a format writes and reads a whole value in one cell — today a list, such as a
 * recommendation's lead actors — for one {@link Column.Type#VALUE} column of a {@link Layout}. The
 * layout says which column holds the value and its type; the format chooses the encoding (the CSV
 * codec writes a JSON array). The layout handles what is common to every format: an empty cell is
 * an absent value, an empty list of a required list is an empty cell, and a list read is checked
 * against {@code maxListLength}.
 *
 * <pre>{@code
 * Layout<E> layout = Layout.of(kind.struct(), languages, (column, optional, limits) -> new MyCell(column, optional, limits));
 * }</pre>
 *
 * One object per column, made with the layout. Layouts are cached and shared between threads, so a
 * cell must be safe to call from several at once (a {@code ReferenceCache} is).
 */
public abstract class WholeValueCell {
  /** The cell of {@code value}, never empty: a non-empty list, or an empty one that is optional. */
  public abstract String write(Object value);

  /**
   * The value of a cell that is not empty, or an error at {@code place} in {@code column}.
   *
   * @throws org.keneya.core.error.MalformedInputException naming the place when the cell is refused
   */
  public abstract Object read(String cell, Layout.RowPlace place);
}
