package org.keneya.io.csv.internal;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.error.Place;
import org.keneya.core.internal.codec.ReferenceCache;
import org.keneya.core.internal.codec.ScalarText;
import org.keneya.core.internal.table.Column;
import org.keneya.core.internal.table.Layout;
import org.keneya.core.internal.table.WholeValueCell;
import org.keneya.core.internal.table.WholeValueCells;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.ValueType;

/**
 * The CSV codec's encoding of a list in its one cell: a JSON array of its elements, encoded as in
 * the JSON format ({@link JsonCells}); an optional list's empty list is {@code []}, since the
 * empty cell is its absence. A list of ids, codes or references — most lists — is written and read
 * here without a JSON generator or parser: such strings never need escaping.
 *
 * <p>An instance keeps the indexes of the struct types it reads ({@link JsonCells.Indexes}): the
 * codec takes one from its registry, which its layouts are cached with, so that both go when the
 * registry goes (a table reader has one of its own).
 *
 * <pre>{@code
 * JsonListCells cells = RegistryState.of(registry, JsonListCells.class, JsonListCells::new);
 * Layout<E> layout = layouts.of(kind.struct(), languages, cells);
 * }</pre>
 */
public final class JsonListCells implements WholeValueCells {
  private final JsonCells.Indexes indexes = new JsonCells.Indexes();

  /** An encoding with no struct read yet. */
  public JsonListCells() {}

  @Override
  public WholeValueCell cell(Column column, boolean optional, ReadLimits limits) {
    return new ListCell(column, limits);
  }

  private final class ListCell extends WholeValueCell {
    private final String name;
    private final ListType<?> type;
    private final ReadLimits limits;
    /** Elements written as bare-syntax strings (ids, codes, references): no JSON escaping ever needed. */
    private final @Nullable ScalarType<Object> plain;
    private final @Nullable ReferenceCache references;

    @SuppressWarnings("unchecked")
    ListCell(Column column, ReadLimits limits) {
      this.name = column.name();
      this.type = (ListType<?>) column.valueType();
      this.limits = limits;
      this.plain = isPlain(type.element()) ? (ScalarType<Object>) type.element() : null;
      this.references = plain == null ? null : ScalarText.referenceCache(plain);
    }

    private static boolean isPlain(ValueType<?> element) {
      if (!(element instanceof ScalarType)) {
        return false;
      }
      ScalarType.Scalar scalar = ((ScalarType<?>) element).scalar();
      return scalar == ScalarType.Scalar.ID || scalar == ScalarType.Scalar.CODE || scalar == ScalarType.Scalar.REFERENCE;
    }

    @Override
    public String write(Object value) {
      List<?> list = (List<?>) value;
      if (list.isEmpty()) {
        return "[]"; // an optional list: the layout leaves a required one's empty list an empty cell
      }
      if (plain == null) {
        return JsonCells.write(type, value);
      }
      // The same bytes Jackson writes for an array of such strings, without a generator per cell.
      if (list.size() == 1) {
        return "[\"" + ScalarText.format(plain, list.get(0)) + "\"]"; // the common case: one exact-size string
      }
      StringBuilder cell = new StringBuilder(16 * list.size());
      cell.append('[');
      for (int i = 0; i < list.size(); i++) {
        cell.append(i == 0 ? "\"" : ",\"").append(ScalarText.format(plain, list.get(i))).append('"');
      }
      return cell.append(']').toString();
    }

    @Override
    public Object read(String cell, Layout.RowPlace place) {
      List<?> list = plain != null ? readPlain(cell) : null;
      if (list == null) {
        // Anything else — other element types, spaces, escapes, or an error to report — goes
        // through the strict JSON reader, under the layout's limits.
        list = JsonCells.read(type, cell, Place.row(place.source(), place.row(), name).toString(), limits, indexes);
      }
      return list;
    }

    /** {@code ["a","b"]} exactly as written by {@link #write}; null for anything else. */
    private @Nullable ImmutableList<Object> readPlain(String cell) {
      int end = cell.length() - 2;
      if (end < 2 || !cell.startsWith("[\"") || !cell.endsWith("\"]") || cell.indexOf('\\') >= 0) {
        return null;
      }
      ImmutableList.Builder<Object> values = ImmutableList.builder();
      int start = 2;
      while (true) {
        int quote = cell.indexOf('"', start);
        if (quote < 0) {
          return null; // a separator ate the closing quote, as in ["a","]: not this shape
        }
        String text = cell.substring(start, quote);
        try {
          values.add(ScalarText.parse(plain, text, limits, references));
        } catch (InvalidValueException e) {
          return null;
        }
        if (quote == end) {
          return values.build();
        }
        if (!cell.startsWith("\",\"", quote)) {
          return null;
        }
        start = quote + 3;
      }
    }
  }
}
