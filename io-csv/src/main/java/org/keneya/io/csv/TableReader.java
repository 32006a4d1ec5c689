package org.keneya.io.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.error.Place;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.io.csv.internal.Cells;
import org.keneya.io.csv.internal.Layout;
import org.keneya.io.csv.internal.Utf8;

/**
 * Reads one kind's table row by row, in constant memory. Accepts what spreadsheets write: a UTF-8
 * byte-order mark or none, {@code ,} or {@code ;} (detected from the header unless set), CRLF or LF,
 * quoted line breaks and quotes, trailing empty lines. An unknown or missing column, a wrong value,
 * malformed UTF-8 or a broken row is a {@link MalformedInputException} naming the file, row and
 * column. {@link #close()} does not close the caller's stream.
 *
 * @param <E> the entity type
 */
public final class TableReader<E extends Entity> implements Iterator<E>, Closeable {
  private final String source;
  private final CsvOptions options;
  private final CsvReader<CsvRecord> csv;
  private final Iterator<CsvRecord> records;
  private final Layout<E> layout;
  private final int[] positions; // layout column -> position in the file's header
  private long lastRow = 1;

  /** Opens a reader and reads the header. Prefer {@link CsvCodec#tableReader}. */
  public static <E extends Entity> TableReader<E> open(EntityKind<E> kind, CsvOptions options, InputStream in, String source) {
    return new TableReader<>(kind, options, in, source);
  }

  private TableReader(EntityKind<E> kind, CsvOptions options, InputStream in, String source) {
    this.source = source;
    this.options = options;
    InputStream kept = new FilterInputStream(in) {
      @Override
      public void close() {
        // the caller's stream stays open
      }
    };
    BufferedInputStream buffered = new BufferedInputStream(kept, 1 << 16);
    skipBom(buffered);
    char delimiter = options.explicitDelimiter() ? options.delimiter() : detect(buffered);
    this.csv = CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(true).ofCsvRecord(Utf8.reader(buffered));
    this.records = csv.iterator();
    if (!hasNextRecord()) {
      throw new MalformedInputException(Place.row(source, 1, null), "the table is empty: no header row");
    }
    List<String> header = records.next().getFields();
    this.layout = Layout.forHeader(kind.struct(), header);
    this.positions = positions(header);
  }

  /** Skips a UTF-8 byte-order mark, if there is one. */
  private static void skipBom(BufferedInputStream in) {
    try {
      in.mark(3);
      byte[] bom = in.readNBytes(3);
      if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
        in.reset();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Guesses the delimiter from the header line: the more frequent of {@code ,} and {@code ;} outside quotes. */
  private static char detect(BufferedInputStream in) {
    try {
      in.mark(1 << 16);
      int commas = 0;
      int semicolons = 0;
      boolean quoted = false;
      for (int i = 0, b; i < (1 << 16) - 1 && (b = in.read()) != -1; i++) {
        if (b == '"') {
          quoted = !quoted;
        } else if (!quoted && (b == '\n' || b == '\r')) {
          break;
        } else if (!quoted && b == ',') {
          commas++;
        } else if (!quoted && b == ';') {
          semicolons++;
        }
      }
      in.reset();
      return semicolons > commas ? ';' : ',';
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int[] positions(List<String> header) {
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      if (byName.put(header.get(i), i) != null) {
        throw new MalformedInputException(Place.row(source, 1, header.get(i)), "the column appears twice in the header");
      }
    }
    List<String> expected = layout.header();
    for (String name : header) {
      if (!expected.contains(name)) {
        throw new MalformedInputException(Place.row(source, 1, name), "unknown column; expected " + expected);
      }
    }
    int[] out = new int[expected.size()];
    for (int i = 0; i < out.length; i++) {
      Integer at = byName.get(expected.get(i));
      if (at == null) {
        throw new MalformedInputException(Place.row(source, 1, expected.get(i)), "missing column");
      }
      out[i] = at;
    }
    return out;
  }

  private boolean hasNextRecord() {
    try {
      return records.hasNext();
    } catch (CsvParseException e) {
      throw new MalformedInputException(Place.row(source, lastRow + 1, null), "not a well-formed CSV row: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      Throwable cause = e.getCause();
      String why = cause instanceof CharConversionException ? cause.getMessage() : "unreadable input: " + cause;
      throw new MalformedInputException(Place.row(source, lastRow + 1, null), why, e);
    }
  }

  @Override
  public boolean hasNext() {
    return hasNextRecord();
  }

  @Override
  public E next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more rows");
    }
    CsvRecord record = records.next();
    lastRow = record.getStartingLineNumber();
    if (record.getFieldCount() != expectedFields()) {
      throw new MalformedInputException(Place.row(source, lastRow, null),
          "the row has " + record.getFieldCount() + " cells but the header has " + expectedFields());
    }
    // A fresh row each time, as in TableWriter: cells stored into a long-lived array pay the
    // garbage collector's write barrier (2-5 % of reading a table, measured both ways in one JVM).
    String[] row = new String[positions.length];
    for (int i = 0; i < row.length; i++) {
      row[i] = record.getField(positions[i]);
    }
    if (options.formulaGuard()) {
      Cells.unguard(layout, row);
    }
    return layout.read(row, new Layout.RowPlace(source, lastRow));
  }

  private int expectedFields() {
    return positions.length;
  }

  /** The file's columns as the layout reads them. */
  public List<String> header() {
    return layout.header();
  }

  @Override
  public void close() {
    try {
      csv.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
