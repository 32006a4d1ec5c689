package org.keneya.io.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.Excerpt;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.error.Place;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.internal.table.Layout;
import org.keneya.io.csv.internal.Cells;
import org.keneya.io.csv.internal.FrenchCells;
import org.keneya.io.csv.internal.JsonListCells;
import org.keneya.io.csv.internal.Utf8;

/**
 * Reads one kind's table row by row, in constant memory. Accepts what spreadsheets write: a UTF-8
 * byte-order mark or none, {@code ,} or {@code ;} (detected from the header unless set), CRLF or LF,
 * quoted line breaks and quotes, trailing empty lines. An unknown or missing column, a wrong value,
 * malformed UTF-8, a broken row or a cell beyond the {@link CsvOptions#limits() limits} is a {@link
 * MalformedInputException} naming the file, row and column. {@link #close()} does not close the
 * caller's stream.
 *
 * <p>With {@link CsvOptions#frenchNumbersAndDates(boolean)}, number cells are read with a decimal
 * comma and optional spaces between groups of three digits, and date cells as {@code dd/mm/yyyy};
 * a decimal point or another date form is refused naming the cell. Without it, a number or date
 * cell refused that has the French form gets a reason that says to read with {@link
 * CsvOptions#frenchSpreadsheet()}.
 *
 * @param <E> the entity type
 */
public final class TableReader<E extends Entity> implements Iterator<E>, Closeable {
  /**
   * The most cells a row may have: FastCSV's own default, stated here since a hostile header's
   * columns become a layout. A kind has a few dozen columns, plus one per language of each text.
   */
  private static final int MAX_CELLS = 16_384;
  /** The most characters of one row, past which FastCSV refuses it (its own default, 64 Mi). */
  private static final int MAX_ROW_CHARS = 64 << 20;
  /** The characters FastCSV reads at a time, which its buffer holds beside the cell being read. */
  private static final int READ_CHUNK = 8192;
  /** The largest buffer, 2^30 chars (2 GiB): past half a billion characters, a cell meets it before the limit. */
  private static final int MAX_BUFFER = 1 << 30;
  private static final int LIST_CELL_FACTOR = 16;
  /** Where FastCSV's messages name the line a record starts on, and the index of a cell. */
  private static final Pattern LINE = Pattern.compile("(?:starting at|started in) line (\\d+)|(first record)");
  private static final Pattern CELL = Pattern.compile("Field at index (\\d+)");

  private final String source;
  private final CsvOptions options;
  private final CsvReader<CsvRecord> csv;
  private final Iterator<CsvRecord> records;
  private final Layout<E> layout;
  private final int[] positions; // layout column -> position in the file's header
  private final FrenchCells numbersAndDates;
  private @Nullable List<String> fileHeader; // the file's own header, once read
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
    this.csv = parser(delimiter, options.limits(), buffered);
    this.records = csv.iterator();
    if (!hasNextRecord()) {
      throw new MalformedInputException(Place.row(source, 1, null), "the table is empty: no header row");
    }
    List<String> header = records.next().getFields();
    this.layout = Layout.forHeader(kind.struct(), header, options.limits(), new JsonListCells()); // its struct indexes, this reader's
    this.positions = positions(header);
    this.numbersAndDates = FrenchCells.of(layout);
    this.fileHeader = header;
  }

  /**
   * FastCSV reading UTF-8 strictly, refusing a cell longer than {@link #maxCell} before it buffers
   * it whole (see {@link #bufferSize}).
   */
  private static CsvReader<CsvRecord> parser(char delimiter, ReadLimits limits, InputStream in) {
    int cell = maxCell(limits);
    CsvRecordHandler handler = CsvRecordHandler.builder()
        .maxFields(MAX_CELLS)
        .maxFieldSize(cell)
        .maxRecordSize(Math.max(cell, MAX_ROW_CHARS))
        .build();
    return CsvReader.builder()
        .fieldSeparator(delimiter)
        .skipEmptyLines(true)
        // rows of the wrong length are refused by next(), at their own row
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .maxBufferSize(bufferSize(cell))
        .build(handler, Utf8.reader(in));
  }

  /**
   * The most characters of a cell: a text cell is held to {@code maxTextLength} when it is read
   * (see Layout), but a list cell holds a whole list of texts, each within that limit — what a
   * reader of another format accepted and a writer put in one cell — so cells may be {@value
   * #LIST_CELL_FACTOR} times as long.
   */
  static int maxCell(ReadLimits limits) {
    return (int) Math.min(MAX_BUFFER / 4, (long) LIST_CELL_FACTOR * limits.maxTextLength());
  }

  /**
   * The most characters FastCSV may buffer: the cell being read as written — at most twice the
   * limit, were every character a doubled quote, within quotes — and the next chunk it reads. Its
   * buffer starts at two chunks and doubles, capped at this size; the size is that start doubled,
   * since a last step to a size in between can leave less room than a chunk, and FastCSV 4.4 then
   * reads past its buffer (an IndexOutOfBoundsException instead of its refusal).
   */
  private static int bufferSize(int maxCell) {
    long needed = 2L * maxCell + 2 + READ_CHUNK;
    long size = 2 * READ_CHUNK;
    while (size < needed && size < MAX_BUFFER) {
      size *= 2;
    }
    return (int) size;
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
        throw new MalformedInputException(Place.row(source, 1, columnName(header.get(i))), "the column appears twice in the header");
      }
    }
    List<String> expected = layout.header();
    Set<String> known = new HashSet<>(expected); // a hostile header may have thousands of columns
    for (String name : header) {
      if (!known.contains(name)) {
        throw new MalformedInputException(Place.row(source, 1, columnName(name)), "unknown column; expected " + expected);
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

  /** A header cell as a place names it: quoted and cut short if it is long, as any value. */
  private static String columnName(String name) {
    return name.length() <= Excerpt.MAX_CHARS ? name : Excerpt.quote(name);
  }

  private boolean hasNextRecord() {
    try {
      return records.hasNext();
    } catch (CsvParseException e) {
      throw notWellFormed(e);
    } catch (UncheckedIOException e) {
      if (!(e.getCause() instanceof CharConversionException)) {
        throw e; // the input cannot be read (a disk error, a closed pipe): not bad data
      }
      throw new MalformedInputException(Place.row(source, lastRow + 1, null), e.getCause().getMessage(), e);
    }
  }

  /**
   * FastCSV's refusal at the row and cell its message names (its row count follows quoted line
   * breaks, which ours cannot), a cell beyond the limit said as such.
   */
  private MalformedInputException notWellFormed(CsvParseException e) {
    if (e.getCause() instanceof Error) {
      throw (Error) e.getCause(); // FastCSV wraps whatever its input throws, even running out of memory
    }
    String message = String.valueOf(e.getMessage());
    Place place = Place.row(source, rowIn(message), cellIn(message));
    if (message.contains("max field size") || message.contains("maximum buffer size")) {
      return new MalformedInputException(place, "a cell of more than " + maxCell(options.limits()) + " characters, "
          + LIST_CELL_FACTOR + " times the limit maxTextLength (a list cell holds many texts)", e);
    }
    return new MalformedInputException(place, "not a well-formed CSV row: " + message, e);
  }

  private long rowIn(String message) {
    Matcher line = LINE.matcher(message);
    if (!line.find()) {
      return lastRow + 1;
    }
    return line.group(1) != null ? Long.parseLong(line.group(1)) : 1;
  }

  private @Nullable String cellIn(String message) {
    Matcher cell = CELL.matcher(message);
    if (fileHeader == null || !cell.find()) {
      return null;
    }
    int index = Integer.parseInt(cell.group(1));
    return index < fileHeader.size() ? columnName(fileHeader.get(index)) : null;
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
    Layout.RowPlace place = new Layout.RowPlace(source, lastRow);
    if (options.frenchNumbersAndDates()) {
      numbersAndDates.read(row, place);
      return layout.read(row, place);
    }
    try {
      return layout.read(row, place);
    } catch (MalformedInputException e) {
      throw numbersAndDates.hint(e, row); // a decimal comma or a date as dd/mm/yyyy: say which option reads it
    }
  }

  private int expectedFields() {
    return positions.length;
  }

  /**
   * The row the entity last returned by {@link #next()} starts on, as errors name rows: the header
   * is row 1, and a row whose quoted cells hold line breaks spans as many rows as it has lines.
   */
  public long row() {
    return lastRow;
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
