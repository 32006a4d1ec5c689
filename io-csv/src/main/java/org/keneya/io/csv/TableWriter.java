package org.keneya.io.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.internal.table.Layout;
import org.keneya.io.csv.internal.Cells;
import org.keneya.io.csv.internal.FrenchCells;
import org.keneya.io.csv.internal.JsonListCells;
import org.keneya.io.csv.internal.TableWriters;
import org.keneya.io.csv.internal.Utf8;

/**
 * Writes one kind's table row by row, in constant memory: the header, then one row per entity.
 * {@link #close()} flushes but does not close the caller's stream.
 *
 * <pre>{@code
 * try (TableWriter<Recommendation> out = CsvCodec.create(registry).tableWriter(Recommendation.KIND, List.of("fr"), stream)) {
 *   recommendations.forEach(out::write);
 * }
 * }</pre>
 *
 * @param <E> the entity type
 */
public final class TableWriter<E extends Entity> implements Closeable {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  static {
    TableWriters.set(new TableWriters.Opener() { // the codec's way to a writer on a layout it keeps
      @Override
      public <T extends Entity> TableWriter<T> open(Layout<T> layout, CsvOptions options, OutputStream out) {
        return new TableWriter<>(layout, options, out);
      }
    });
  }

  private final Layout<E> layout;
  private final CsvOptions options;
  private final CsvWriter csv;
  private final @Nullable FrenchCells french;

  /**
   * Opens a writer; the header is written at once. Prefer {@link CsvCodec#tableWriter}: a codec
   * keeps its specialized row writers (see {@link CsvOptions#specializedWriters(boolean)}) for
   * every table it writes, where this writer's are its own.
   */
  public static <E extends Entity> TableWriter<E> open(
      EntityKind<E> kind, List<String> languages, CsvOptions options, OutputStream out) {
    JsonListCells cells = new JsonListCells();
    Layout<E> layout = options.specializedWriters()
        ? Layout.of(kind.struct(), languages, cells)
        : Layout.generic(kind.struct(), languages, cells);
    return new TableWriter<>(layout, options, out);
  }

  /**
   * Adds to {@code out} the languages of the localized texts of {@code entity} that get columns in
   * its kind's table (those outside lists, which a table holds as JSON in one cell): what a first
   * pass over a stream collects to {@link #open} a writer with every language column.
   */
  public static <E extends Entity> void collectLanguages(EntityKind<E> kind, E entity, Set<String> out) {
    Layout.collectLanguages(kind.struct(), entity, out);
  }

  private TableWriter(Layout<E> layout, CsvOptions options, OutputStream out) {
    this.layout = layout;
    this.options = options;
    this.french = options.frenchNumbersAndDates() ? FrenchCells.of(layout) : null;
    OutputStream kept = new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush(); // the caller's stream stays open
      }
    };
    try {
      if (options.bom()) {
        kept.write(BOM);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.csv = CsvWriter.builder()
        .fieldSeparator(options.delimiter())
        .lineDelimiter(options.crlf() ? LineDelimiter.CRLF : LineDelimiter.LF)
        .build(Utf8.writer(kept));
    csv.writeRecord(layout.header());
  }

  /** The column names, in order. */
  public List<String> header() {
    return layout.header();
  }

  public TableWriter<E> write(E entity) {
    // A fresh row each time: a reused one is soon an old object, and storing young strings into it
    // costs the garbage collector's write barrier on every cell — 5-7 % of writing a table, more
    // than allocating the array (measured alternating both ways in one JVM).
    String[] row = layout.write(entity);
    if (french != null) {
      french.write(row);
    }
    if (options.formulaGuard()) {
      Cells.guard(layout, row);
    }
    csv.writeRecord(row);
    return this;
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
