package org.keneya.core.error;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Where a piece of data sits: the source (a file name, or a type being built), a path inside it (a
 * field, a JSON pointer, a CSV column), and a line and column when the source is text.
 *
 * <pre>{@code
 * Place.field("Money.amount");                       // Money.amount
 * Place.of("data.json", "/document/3/issued", 12, 7);
 *                                                    // data.json, line 12, column 7, at /document/3/issued
 * Place.row("documents.csv", 4, "issued");           // documents.csv, row 4, column issued
 * }</pre>
 */
public final class Place {
  private static final Place UNKNOWN = new Place(null, null, 0, 0, false);

  private final @Nullable String source;
  private final @Nullable String path;
  private final long line;
  private final long column;
  private final boolean row;

  private Place(@Nullable String source, @Nullable String path, long line, long column, boolean row) {
    checkArgument(line >= 0 && column >= 0, "line and column must not be negative");
    this.source = source;
    this.path = path;
    this.line = line;
    this.column = column;
    this.row = row;
  }

  /** No known place. */
  public static Place unknown() {
    return UNKNOWN;
  }

  /** A field of a value being built, such as {@code Note.text}. */
  public static Place field(String field) {
    return new Place(null, field, 0, 0, false);
  }

  /** A path with no source, such as {@code note:n1} or {@code /person/2/name}. */
  public static Place path(String path) {
    return new Place(null, path, 0, 0, false);
  }

  /** A place in a text source; a line or column of 0 means unknown. */
  public static Place of(String source, @Nullable String path, long line, long column) {
    return new Place(source, path, line, column, false);
  }

  /** A cell of a table: file, row number (1 is the header) and column name. */
  public static Place row(String source, long row, @Nullable String column) {
    return new Place(source, column, row, 0, true);
  }

  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** The field, JSON pointer or CSV column name. */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /** The line (text sources) or the row (tables); empty if unknown. */
  public OptionalLong line() {
    return line == 0 ? OptionalLong.empty() : OptionalLong.of(line);
  }

  public OptionalLong column() {
    return column == 0 ? OptionalLong.empty() : OptionalLong.of(column);
  }

  /** A copy of this place inside the given source, keeping path, line and column. */
  public Place inSource(String newSource) {
    return new Place(newSource, path, line, column, row);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (source != null) {
      s.append(source);
    }
    if (line > 0) {
      sep(s).append(row ? "row " : "line ").append(line);
    }
    if (column > 0) {
      sep(s).append("column ").append(column);
    }
    if (path != null) {
      if (row) {
        sep(s).append("column ").append(path);
      } else if (s.length() > 0) {
        s.append(", at ").append(path);
      } else {
        s.append(path);
      }
    }
    return s.length() == 0 ? "(unknown place)" : s.toString();
  }

  private static StringBuilder sep(StringBuilder s) {
    return s.length() > 0 ? s.append(", ") : s;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Place
        && Objects.equals(source, ((Place) o).source)
        && Objects.equals(path, ((Place) o).path)
        && line == ((Place) o).line
        && column == ((Place) o).column
        && row == ((Place) o).row;
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, path, line, column, row);
  }
}
