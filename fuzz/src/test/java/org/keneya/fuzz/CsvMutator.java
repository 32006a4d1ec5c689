package org.keneya.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.ValueType;

/**
 * Mutations of a CSV table that know its rows and columns: hostile cells chosen by the column's
 * declared type (list cells with an unterminated quote, as in {@code ["a","b","]}, or edited as
 * JSON), extra or missing cells and columns, a duplicate or unknown header, {@code ;} instead of
 * {@code ,}, a byte-order mark, CR-only line ends, rows dropped, repeated or reordered.
 */
final class CsvMutator {
  /**
   * Tables longer than this are mutated byte by byte: a zip bomb's megabytes of commas would be
   * millions of cells, more than a small heap holds.
   */
  private static final int MAX_BYTES = 2_000_000;

  private CsvMutator() {}

  /** One mutation of a table of {@code kind} (null: a file whose kind is unknown). */
  static byte[] mutate(byte[] bytes, @Nullable EntityKind<?> kind, SplittableRandom r, StringBuilder how) {
    if (bytes.length > MAX_BYTES) {
      return ByteMutator.mutate(bytes, bytes, r, how.append("(too long to edit as cells) "));
    }
    CsvTable table = CsvTable.parse(bytes);
    if (table.rows.isEmpty()) {
      how.append("an empty table replaced by a header and one hostile row");
      return ("id\n" + Hostile.text(r) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    int pick = r.nextInt(16);
    if (pick < 6) {
      hostileCell(table, kind, r, how);
    } else if (pick < 8) {
      brokenListCell(table, kind, r, how);
    } else if (pick < 10) {
      cellsAndColumns(table, r, how);
    } else if (pick < 11) {
      duplicateHeader(table, r, how);
    } else if (pick < 12) {
      rows(table, r, how);
    } else {
      return dialect(table, r, how);
    }
    return table.write();
  }

  private static void hostileCell(CsvTable table, @Nullable EntityKind<?> kind, SplittableRandom r, StringBuilder how) {
    int row = table.rows.size() > 1 ? 1 + r.nextInt(table.rows.size() - 1) : 0;
    List<String> cells = table.rows.get(row);
    if (cells.isEmpty()) {
      cells.add("");
    }
    List<Integer> columns = java.util.stream.IntStream.range(0, cells.size()).boxed().toList();
    int column = Hostile.pickByFamily(columns, c -> Hostile.family(typeOf(table, kind, c)), r);
    String name = column < table.header().size() ? table.header().get(column) : "";
    ValueType<?> type = typeOf(table, kind, column);
    String value;
    if (type instanceof ListType && r.nextBoolean() && !cells.get(column).isEmpty()) {
      value = editListCell(cells.get(column), (ListType<?>) type, r, how);
    } else {
      value = Hostile.cell(type, r);
      how.append("hostile ").append(type == null ? "cell" : type.describe());
    }
    how.append(" at row ").append(row + 1).append(", column ").append(name).append(" = ").append(JsonMutator.excerpt(value));
    cells.set(column, value);
  }

  private static @Nullable ValueType<?> typeOf(CsvTable table, @Nullable EntityKind<?> kind, int column) {
    return kind == null || column >= table.header().size() ? null : CsvTable.columnType(kind.struct(), table.header().get(column));
  }

  /** A list cell is JSON: edited as JSON, typed by the list's element type. */
  private static String editListCell(String cell, ListType<?> type, SplittableRandom r, StringBuilder how) {
    Optional<JsonTree> tree = JsonTree.parse(cell);
    if (tree.isEmpty()) {
      how.append("hostile list");
      return Hostile.listCell(type, r);
    }
    JsonTree t = tree.get().as(type);
    how.append("list cell edit (");
    JsonMutator.mutate(t, r, how);
    how.append(")");
    return t.write();
  }

  /** A list column gets a cell whose JSON string never ends, among other broken JSON. */
  private static void brokenListCell(CsvTable table, @Nullable EntityKind<?> kind, SplittableRandom r, StringBuilder how) {
    List<Integer> lists = new ArrayList<>();
    for (int i = 0; i < table.header().size(); i++) {
      if (kind != null && CsvTable.columnType(kind.struct(), table.header().get(i)) instanceof ListType) {
        lists.add(i);
      }
    }
    if (lists.isEmpty() || table.rows.size() < 2) {
      hostileCell(table, kind, r, how);
      return;
    }
    int column = Hostile.pick(lists, r);
    int row = 1 + r.nextInt(table.rows.size() - 1);
    if (column < table.rows.get(row).size()) {
      String value = r.nextBoolean() ? "[\"a\",\"b\",\"]" : Hostile.listCell((ListType<?>) CsvTable.columnType(kind.struct(), table.header().get(column)), r);
      how.append("broken list cell at row ").append(row + 1).append(", column ").append(table.header().get(column))
          .append(" = ").append(JsonMutator.excerpt(value));
      table.rows.get(row).set(column, value);
    }
  }

  private static void cellsAndColumns(CsvTable table, SplittableRandom r, StringBuilder how) {
    int row = r.nextInt(table.rows.size());
    List<String> cells = table.rows.get(row);
    switch (r.nextInt(4)) {
      case 0:
        how.append("extra cell in row ").append(row + 1);
        cells.add(r.nextInt(cells.size() + 1), Hostile.text(r));
        break;
      case 1:
        if (!cells.isEmpty()) {
          how.append("missing cell in row ").append(row + 1);
          cells.remove(r.nextInt(cells.size()));
        }
        break;
      case 2: {
        String name = r.nextBoolean() ? "unknown" : Hostile.pick(List.of("", " id", "ID", "name.", "name.fr.x", "deadline"), r);
        int at = r.nextInt(table.header().size() + 1);
        how.append("extra column \"").append(name).append("\" at ").append(at);
        for (int i = 0; i < table.rows.size(); i++) {
          List<String> each = table.rows.get(i);
          each.add(Math.min(at, each.size()), i == 0 ? name : "x");
        }
        break;
      }
      default: {
        int at = r.nextInt(Math.max(1, table.header().size()));
        how.append("missing column ").append(at);
        table.rows.forEach(each -> {
          if (at < each.size()) {
            each.remove(at);
          }
        });
      }
    }
  }

  private static void duplicateHeader(CsvTable table, SplittableRandom r, StringBuilder how) {
    List<String> header = table.header();
    if (header.size() < 2) {
      header.add(header.isEmpty() ? "id" : header.get(0));
      how.append("duplicate header");
      return;
    }
    int from = r.nextInt(header.size());
    int to = r.nextInt(header.size());
    how.append("header ").append(to + 1).append(" renamed \"").append(header.get(from)).append('"');
    header.set(to, header.get(from));
  }

  private static void rows(CsvTable table, SplittableRandom r, StringBuilder how) {
    int row = r.nextInt(table.rows.size());
    switch (r.nextInt(3)) {
      case 0:
        how.append("repeat row ").append(row + 1);
        table.rows.add(r.nextInt(table.rows.size() + 1), new ArrayList<>(table.rows.get(row)));
        break;
      case 1:
        how.append("drop row ").append(row + 1);
        table.rows.remove(row);
        break;
      default:
        how.append("blank row at ").append(row + 1);
        table.rows.add(row, new ArrayList<>(List.of("")));
    }
  }

  /** The same cells with another delimiter, line end or byte-order mark, or mixed in one file. */
  private static byte[] dialect(CsvTable table, SplittableRandom r, StringBuilder how) {
    char delimiter = r.nextBoolean() ? ';' : ',';
    String lineEnd = Hostile.pick(List.of("\n", "\r\n", "\r"), r);
    boolean bom = r.nextBoolean();
    how.append("dialect '").append(delimiter).append("' ").append(lineEnd.replace("\r", "CR").replace("\n", "LF"))
        .append(bom ? " with BOM" : "");
    if (r.nextInt(4) == 0 && table.rows.size() > 1) {
      how.append(", the header with the other delimiter");
      CsvTable header = CsvTable.parse(new byte[0]);
      header.rows.add(table.rows.remove(0));
      return ByteMutator.concat(header.write(delimiter == ',' ? ';' : ',', lineEnd, bom), table.write(delimiter, lineEnd, false));
    }
    return table.write(delimiter, lineEnd, bom);
  }
}
