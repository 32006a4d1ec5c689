package org.keneya.io.xlsx;

import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;

/**
 * A workbook written kind by kind, for datasets too large to hold in memory: the entities of each
 * kind come from an {@link Iterable} (lazily generated, read from a file or a database…) that is
 * never copied, so that memory stays flat whatever the number of rows: a sheet's rows go to a
 * temporary file a thousand at a time (the first thousand, with the header, set the column
 * widths), and the file is copied to the output stream part by part. The workbook is the one
 * {@link XlsxCodec#write} writes for a dataset of the same entities, byte for byte, whatever the
 * order the kinds are written in. A writer is used by one thread.
 *
 * <p>Order rules: each kind of the registry at most once, in any order, then {@link #finish()},
 * which writes the kinds never written as empty sheets; nothing reaches the output stream before
 * {@code finish()}. Call {@link #close()} in every case (try-with-resources): it deletes the
 * temporary file, and writes nothing when {@code finish()} was not called. After a failure (a
 * limit of Excel, an I/O error) the writer is closed and refuses any further call.
 *
 * <p>Each kind's iterable is iterated several times and must give the same entities in the same
 * order each time: once to collect the languages of its localized text (only if it has any outside
 * lists), once for its sheet, and once for each of its list sheets (a list inside list items
 * included: {@code station.sensors} is one sheet). Nothing checks across entities — two with one
 * id, a reference to no entity: a {@link org.keneya.core.data.Dataset} does that, and reading the
 * workbook refuses them.
 *
 * <pre>{@code
 * try (XlsxWriter writer = xlsx.writer(out)) {
 *   writer.write(Station.KIND, stations).write(Operator.KIND, operators);
 *   writer.finish();
 * }
 * }</pre>
 */
public interface XlsxWriter extends AutoCloseable {
  /**
   * Writes the sheet of {@code kind} and its list sheets from {@code entities}.
   *
   * @return this writer
   * @throws ExcelLimitException if a sheet would have more rows, or a cell more characters, than
   *     Excel holds, found when the row or the cell is reached (the writer is then closed)
   * @throws IllegalArgumentException if {@code kind} is not a kind of the codec's registry
   * @throws IllegalStateException if {@code kind} was written before, or the writer is finished or
   *     closed, or the iterable gives fewer or more entities in a later iteration
   */
  <E extends Entity> XlsxWriter write(EntityKind<E> kind, Iterable<? extends E> entities);

  /**
   * Writes the sheets of the kinds never written (empty), the about sheet with every sheet's row
   * count, and copies the workbook to the output stream, which is left open. A failure while
   * copying leaves part of a workbook in the stream: write to a temporary file moved into place.
   *
   * @throws IllegalStateException if the writer is finished or closed
   */
  void finish();

  /** Deletes the temporary file; writes nothing if {@link #finish()} was not called. Does nothing the second time. */
  @Override
  void close();
}
