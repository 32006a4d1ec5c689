package org.keneya.io.csv.internal;

import java.io.OutputStream;
import org.jspecify.annotations.Nullable;
import org.keneya.core.internal.table.Layout;
import org.keneya.core.kind.Entity;
import org.keneya.io.csv.CsvOptions;
import org.keneya.io.csv.TableWriter;

/**
 * Opens a {@link TableWriter} on a layout the codec keeps ({@link Layout.Cache}), which the public
 * {@link TableWriter#open} cannot take: {@code TableWriter}'s constructor is private to its
 * package, and its class initializer hands this class the one way in, once.
 *
 * <pre>{@code
 * TableWriter<E> writer = TableWriters.open(layouts.of(kind.struct(), languages, cells), options, out);
 * }</pre>
 */
public final class TableWriters {
  /** How a {@link TableWriter} is opened on a given layout. */
  public interface Opener {
    <E extends Entity> TableWriter<E> open(Layout<E> layout, CsvOptions options, OutputStream out);
  }

  private static volatile @Nullable Opener opener;

  private TableWriters() {}

  /** Called once, by {@link TableWriter}'s class initializer. */
  public static void set(Opener theOpener) {
    if (opener != null) {
      throw new IllegalStateException("the table writers' opener is set once, by TableWriter");
    }
    opener = theOpener;
  }

  /** A writer of {@code layout}'s table to {@code out}; the header is written at once. */
  public static <E extends Entity> TableWriter<E> open(Layout<E> layout, CsvOptions options, OutputStream out) {
    Opener made = opener;
    if (made == null) {
      initialize();
      made = opener;
    }
    if (made == null) {
      throw new IllegalStateException("TableWriter did not set the table writers' opener");
    }
    return made.open(layout, options, out);
  }

  private static void initialize() {
    try {
      Class.forName(TableWriter.class.getName(), true, TableWriter.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e); // the class is right here
    }
  }
}
