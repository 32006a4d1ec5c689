package org.keneya.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;

/**
 * A CSV table as rows of cells (the header first), read leniently and written back with a chosen
 * delimiter, line end and byte-order mark; and the declared type of each column, from the kind's
 * description by the columns' dotted names.
 */
final class CsvTable {
  final List<List<String>> rows;

  private CsvTable(List<List<String>> rows) {
    this.rows = rows;
  }

  /** The rows of a table; an unterminated quote runs to the end, as in a lenient spreadsheet. */
  static CsvTable parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\ufeff")) {
      text = text.substring(1);
    }
    int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
    String first = text.substring(0, firstLineEnd);
    char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
    return new CsvTable(rows(text, delimiter));
  }

  private static List<List<String>> rows(String text, char delimiter) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == delimiter) {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }

  /** The table's text with every cell quoted as needed. */
  byte[] write(char delimiter, String lineEnd, boolean bom) {
    StringBuilder out = new StringBuilder(bom ? "\ufeff" : "");
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        out.append(i == 0 ? "" : String.valueOf(delimiter)).append(quoted(row.get(i), delimiter));
      }
      out.append(lineEnd);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  byte[] write() {
    return write(',', "\n", false);
  }

  private static String quoted(String cell, char delimiter) {
    boolean quote = cell.indexOf(delimiter) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
    return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }

  List<String> header() {
    return rows.isEmpty() ? List.of() : rows.get(0);
  }

  /**
   * The type declared for a column: {@code deadline.period} is a period, {@code name.fr} a text,
   * {@code statedTotals} (a presence column) a boolean; null for a column the kind does not have.
   */
  static @Nullable ValueType<?> columnType(StructType<?> struct, String column) {
    StructType<?> current = struct;
    String[] segments = column.split("\\.", -1);
    for (int i = 0; i < segments.length; i++) {
      Optional<? extends Property<?, ?>> property = current.property(segments[i]);
      if (property.isEmpty()) {
        return null;
      }
      ValueType<?> type = Hostile.unwrap(property.get().type());
      boolean last = i == segments.length - 1;
      if (type instanceof StructType) {
        if (last) {
          return ValueType.bool();
        }
        current = (StructType<?>) type;
      } else if (type.shape() == ValueType.Shape.LOCALIZED_TEXT) {
        return i == segments.length - 2 || last ? ValueType.string() : null;
      } else {
        return last ? property.get().type() : null;
      }
    }
    return null;
  }
}
