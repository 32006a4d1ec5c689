package org.keneya.io.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.xlsx.internal.DatasetXlsx;

/**
 * A dataset as an Excel workbook ({@code .xlsx}) that a person can edit and that reads back.
 *
 * <ul>
 *   <li>The first sheet, {@value #ABOUT_SHEET}, says what the workbook is: the format and its
 *       version, whether it holds a whole dataset or a part, each kind's sheet and row count, and
 *       the codelists with their French and English labels.
 *   <li>One sheet per kind, named after it, with its columns made by the same rule as the CSV
 *       columns (a scalar per column, localized text one column per language, nested values as
 *       dotted columns), except lists.
 *   <li>One sheet per list property ({@code station.sensors}): the owner's id, the item's position,
 *       then the item's columns, one row per item.
 *   <li>Dates are real dates shown {@code dd/mm/yyyy}; numbers are numbers when Excel holds them
 *       exactly (at most 15 significant digits), otherwise text; the header row is frozen.
 * </ul>
 *
 * Reading accepts what a person does to such a workbook: rows re-sorted, added or deleted, blank
 * rows, columns and sheets re-ordered, a number typed where text was, a date typed as {@code
 * 31/12/2024} or as an Excel date, spaces around an id, code or number, a formula (its cached
 * value). A cell that cannot be read is refused with a {@link
 * org.keneya.core.error.MalformedInputException} naming the sheet, the row as Excel shows it, the
 * column letter and its header. The same dataset gives the same bytes; streams passed in are never
 * closed. A dataset too large for memory is written kind by kind with {@link #writer}.
 *
 * <pre>{@code
 * XlsxCodec xlsx = XlsxCodec.create(registry);
 * xlsx.write(dataset, out);
 * Dataset back = xlsx.read(in, "stations.xlsx");
 * }</pre>
 */
public interface XlsxCodec {
  /** The name of the first sheet, which describes the workbook. */
  String ABOUT_SHEET = "about";

  /** The version of the workbook layout this codec writes; it reads this one and every earlier one. */
  int FORMAT_VERSION = 1;

  /** A codec for the kinds of {@code registry}, with default options. */
  static XlsxCodec create(KindRegistry registry) {
    return create(registry, XlsxOptions.defaults());
  }

  /** A codec for the kinds of {@code registry}, with {@code options}. */
  static XlsxCodec create(KindRegistry registry, XlsxOptions options) {
    return new DatasetXlsx(registry, options);
  }

  /**
   * Writes {@code dataset} as a workbook to {@code out}, which is left open.
   *
   * @throws ExcelLimitException if a sheet would have more rows, or a cell more characters, than
   *     Excel holds
   */
  void write(Dataset dataset, OutputStream out);

  /**
   * A writer of one workbook to {@code out}, kind by kind, from entities that need not all be in
   * memory at once; see {@link XlsxWriter}. {@link #write} writes through it.
   */
  XlsxWriter writer(OutputStream out);

  /** The workbook of {@code dataset}, as {@link #write} writes it. */
  default byte[] toBytes(Dataset dataset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(dataset, out);
    return out.toByteArray();
  }

  /**
   * Reads a workbook from {@code in}, which is left open; {@code sourceName} (a file name) starts
   * the place of every error.
   *
   * @throws org.keneya.core.error.MalformedInputException if the bytes are not a workbook this
   *     codec reads, break the read limits, hold a DTD, or a cell cannot be read
   */
  default Dataset read(InputStream in, String sourceName) {
    return readWorkbook(in, sourceName).dataset();
  }

  /**
   * Reads a workbook with what its about sheet says of it: whether it holds a part of a dataset, which
   * {@link XlsxWorkbook#mergeDiff} merges without removals. A part's references are not checked: it
   * refers to records of the whole it does not hold.
   *
   * @throws org.keneya.core.error.MalformedInputException as {@link #read} does
   */
  XlsxWorkbook readWorkbook(InputStream in, String sourceName);

  /** Reads a workbook from its bytes, as {@link #read} does. */
  default Dataset fromBytes(byte[] workbook, String sourceName) {
    return read(new ByteArrayInputStream(workbook), sourceName);
  }
}
