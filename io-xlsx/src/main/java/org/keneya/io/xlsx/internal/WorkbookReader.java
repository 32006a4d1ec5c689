package org.keneya.io.xlsx.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.Excerpt;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.error.Place;
import org.keneya.core.internal.codec.ReferenceCheck;
import org.keneya.core.internal.table.Column;
import org.keneya.core.internal.table.Layout;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.xlsx.XlsxCodec;
import org.keneya.io.xlsx.XlsxOptions;
import org.keneya.io.xlsx.XlsxWorkbook;

/**
 * Reads one workbook: each kind's list sheets first (the items of each owner, by position), then
 * its sheet, whose rows become entities with their lists. Columns are found by their headers, in
 * any order; blank rows are skipped; errors name the sheet, the row as Excel shows it, the column
 * letter and its header.
 */
final class WorkbookReader {
  private final KindRegistry registry;
  private final XlsxOptions options;
  private final WorkbookPlan plan;
  private final String source;
  private boolean date1904;
  /** The rows read, by sheet and key (an entity's id, or an item's "id position…"), for errors found later. */
  private final Map<String, Map<String, Long>> rowsByKey = new HashMap<>();
  private final Map<String, SheetRows> sheetRows = new HashMap<>();

  WorkbookReader(KindRegistry registry, XlsxOptions options, WorkbookPlan plan, String source) {
    this.registry = registry;
    this.options = options;
    this.plan = plan;
    this.source = source;
  }

  XlsxWorkbook read(byte[] checkedPackage) {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(checkedPackage))) {
      date1904 = workbook.isDate1904();
      Map<String, Sheet> sheets = new HashMap<>();
      workbook.getSheets().forEach(s -> sheets.put(s.getName().toLowerCase(Locale.ROOT), s));
      Sheet about = sheets.get(plan.aboutSheet().toLowerCase(Locale.ROOT));
      boolean part = about != null && checkAbout(about);
      Dataset.Builder builder = Dataset.builder(registry);
      List<Entity> read = new ArrayList<>();
      for (WorkbookPlan.KindSheet kind : plan.kinds()) {
        List<? extends Entity> entities = readKind(kind, sheets);
        read.addAll(entities);
        entities.forEach(builder::add);
      }
      Dataset dataset = builder.build();
      if (!part && options.checkReferences()) { // a part refers to records of the whole that it does not hold
        checkReferences(dataset, read);
      }
      return new XlsxWorkbook(dataset, part);
    } catch (ExcelReaderException e) {
      throw unreadable(e);
    } catch (RuntimeException e) {
      if (isXmlError(e)) { // FastExcel's XML parser (Aalto) throws its own unchecked exceptions
        throw unreadable(e);
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private MalformedInputException unreadable(Exception e) {
    return new MalformedInputException(Place.of(source, null, 0, 0), "not a workbook that can be read: " + e.getMessage(), e);
  }

  private static boolean isXmlError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getClass().getName().startsWith("com.fasterxml.aalto.") || t.getClass().getName().startsWith("javax.xml.stream.")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A sheet's header, with its cells by column, and its other rows, read as they are iterated,
   * once: holding a large sheet's rows all at once made its reading mostly garbage collection.
   */
  private final class SheetRows implements AutoCloseable {
    final String name;
    final String place;
    /** The rows under the header, blank rows skipped. */
    final Iterator<Row> rows;
    private final Stream<Row> stream;
    final Map<String, Integer> columns = new LinkedHashMap<>(); // header -> column index
    final Map<Integer, String> headers = new HashMap<>();
    final int headerRow;

    SheetRows(Sheet sheet) throws IOException {
      this.name = sheet.getName();
      this.place = source + ", sheet \"" + name + "\"";
      this.stream = sheet.openStream().filter(r -> !isBlank(r));
      this.rows = stream.iterator();
      try {
        this.headerRow = rows.hasNext() ? header(rows.next()) : 1;
      } catch (RuntimeException e) {
        stream.close();
        throw e;
      }
    }

    /** Reads the header's cells; returns its row number. */
    private int header(Row header) {
      int headerRow = header.getRowNum();
      for (Cell cell : header) {
        if (cell == null) {
          continue;
        }
        String text = text(cell, CellValues.Kind.TOKEN, header.getRowNum());
        if (text.isEmpty()) {
          continue;
        }
        if (columns.put(text, cell.getColumnIndex()) != null) {
          throw new MalformedInputException(Place.row(place, headerRow, letter(cell.getColumnIndex()) + " (" + text + ")"),
              "a second column headed " + Excerpt.quote(text));
        }
        headers.put(cell.getColumnIndex(), text);
      }
      return headerRow;
    }

    @Override
    public void close() {
      stream.close();
    }

    /** The cell text of {@code header}'s column in {@code row}; empty when the sheet has no such column. */
    String cell(Row row, String header, CellValues.Kind kind) {
      Integer c = columns.get(header);
      return c == null ? "" : text(row.getOptionalCell(c).orElse(null), kind, row.getRowNum());
    }

    String text(@Nullable Cell cell, CellValues.Kind kind, int row) {
      try {
        return CellValues.read(cell, kind, date1904);
      } catch (CellValues.Unreadable e) {
        int c = cell == null ? 0 : cell.getColumnIndex();
        throw error(row, c, e.getMessage());
      }
    }

    MalformedInputException error(long row, int column, String reason) {
      String header = headers.get(column);
      return new MalformedInputException(
          Place.row(place, row, letter(column) + (header == null ? "" : " (" + header + ")")), reason);
    }

    /** The error of a layout, which names a column by its header, moved to the column's letter. */
    MalformedInputException moved(MalformedInputException e, long row) {
      String header = e.place().path().orElse("");
      Integer c = columns.get(header);
      if (c == null) {
        return new MalformedInputException(Place.row(place, row, header + " (no such column)"), e.reason(), e);
      }
      return new MalformedInputException(Place.row(place, row, letter(c) + " (" + header + ")"), e.reason(), e);
    }

    /** Refuses a header that is none of {@code known}: its data would be lost. */
    void checkHeaders(Set<String> known, String what) {
      for (Map.Entry<String, Integer> column : columns.entrySet()) {
        if (!known.contains(column.getKey())) {
          throw error(headerRow, column.getValue(), "not a column of " + what + "; its columns are " + known);
        }
      }
    }
  }

  private static boolean isBlank(Row row) {
    for (Cell cell : row) {
      if (cell != null && cell.getType() != org.dhatim.fastexcel.reader.CellType.EMPTY
          && !(cell.getRawValue() == null || cell.getText().isBlank())) {
        return false;
      }
    }
    return true;
  }

  private static String letter(int column) {
    return WorkbookPlan.letters(column);
  }

  // ---- the about sheet

  /** Checks the format and version the about sheet names; returns whether the workbook holds a part of a dataset. */
  private boolean checkAbout(Sheet sheet) throws IOException {
    List<Row> all = new ArrayList<>();
    try (Stream<Row> stream = sheet.openStream()) {
      stream.limit(3).forEach(all::add);
    }
    try (SheetRows rows = new SheetRows(sheet)) { // for its place and its reading of cells
      boolean part = false;
      for (Row row : all) {
        String key = rows.text(row.getOptionalCell(0).orElse(null), CellValues.Kind.TOKEN, row.getRowNum());
        String value = rows.text(row.getOptionalCell(1).orElse(null), CellValues.Kind.TOKEN, row.getRowNum());
        if (key.equals("format") && !value.equals("keneya-xlsx")) {
          throw aboutError(rows, row.getRowNum(), "not a Keneya workbook: its format is " + Excerpt.quote(value));
        }
        if (key.equals("content")) {
          part = value.equals("part");
        }
        if (key.equals("version")) {
          int version;
          try {
            version = Integer.parseInt(value);
          } catch (NumberFormatException e) {
            throw aboutError(rows, row.getRowNum(), "not a format version: " + Excerpt.quote(value));
          }
          if (version > XlsxCodec.FORMAT_VERSION) {
            throw aboutError(rows, row.getRowNum(), "a workbook of format version " + version + ", newer than this Keneya reads ("
                + XlsxCodec.FORMAT_VERSION + "); upgrade Keneya");
          }
        }
      }
      return part;
    }
  }

  /** An error in column B of the about sheet, whose first row is no header. */
  private static MalformedInputException aboutError(SheetRows rows, long row, String reason) {
    return new MalformedInputException(Place.row(rows.place, row, letter(1)), reason);
  }

  // ---- a kind's sheets

  private <E extends Entity> List<E> readKind(WorkbookPlan.KindSheet plan, Map<String, Sheet> sheets) throws IOException {
    @SuppressWarnings("unchecked")
    EntityKind<E> kind = (EntityKind<E>) plan.kind();
    ListCells cells = new ListCells();
    List<ListRead> lists = readLists(kind, plan.lists(), cells, sheets);
    Sheet sheet = sheets.get(plan.sheet().toLowerCase(Locale.ROOT));
    if (sheet == null) {
      if (!lists.isEmpty()) {
        throw new MalformedInputException(Place.of(source + ", sheet \"" + lists.get(0).sheet() + "\"", null, 0, 0),
            "the items of a list of " + kind.name() + " without the sheet \"" + plan.sheet() + "\" of their owners");
      }
      return List.of();
    }
    try (SheetRows rows = new SheetRows(sheet)) {
      return readKind(plan, kind, cells, lists, rows);
    }
  }

  private <E extends Entity> List<E> readKind(WorkbookPlan.KindSheet plan, EntityKind<E> kind, ListCells cells,
      List<ListRead> lists, SheetRows rows) {
    Layout<E> layout = Layout.forHeader(kind.struct(), List.copyOf(rows.columns.keySet()), options.limits(), cells);
    Table table = new Table(layout.columns(), cells);
    rows.checkHeaders(table.known(Set.of()), "the sheet of " + kind.name());
    int idColumn = -1;
    for (int i = 0; i < table.columns.size(); i++) {
      if (table.columns.get(i).name().equals("id")) {
        idColumn = i;
      }
    }
    List<E> entities = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    while (rows.rows.hasNext()) {
      Row row = rows.rows.next();
      String id = idColumn < 0 ? "" : rows.cell(row, "id", table.kinds[idColumn]);
      String[] texts = table.cells(rows, row, id);
      try {
        entities.add(layout.read(texts, new Layout.RowPlace(rows.place, row.getRowNum())));
      } catch (MalformedInputException e) {
        throw rows.moved(e, row.getRowNum());
      }
      if (!ids.add(id)) {
        throw rows.error(row.getRowNum(), rows.columns.get("id"), "a second row with the id " + Excerpt.quote(id));
      }
      rowsByKey.computeIfAbsent(plan.sheet(), k -> new HashMap<>()).put(id, (long) row.getRowNum());
    }
    sheetRows.put(plan.sheet(), rows);
    checkOwners(lists, ids, plan.sheet());
    return entities;
  }

  /** The columns of a layout read from a sheet, and how their cells read. */
  private static final class Table {
    final List<Column> columns;
    final CellValues.Kind[] kinds;
    final ListCells lists;

    Table(List<Column> columns, ListCells lists) {
      this.columns = columns;
      this.lists = lists;
      this.kinds = new CellValues.Kind[columns.size()];
      for (int i = 0; i < columns.size(); i++) {
        Column column = columns.get(i);
        kinds[i] = column.type() == Column.Type.VALUE ? CellValues.Kind.BOOLEAN : CellValues.kindOf(column);
      }
    }

    /** The headers a sheet of this table may have: its columns but lists that are not optional, and {@code keys}. */
    Set<String> known(Set<String> keys) {
      Set<String> known = new HashSet<>(keys);
      for (Column column : columns) {
        if (column.type() != Column.Type.VALUE || lists.isOptional(column.name())) {
          known.add(column.name());
        }
      }
      return known;
    }

    /** The layout's cells of {@code row}, its lists' cells holding {@code key}, the key of their items. */
    String[] cells(SheetRows rows, Row row, String key) {
      String[] cells = new String[columns.size()];
      for (int i = 0; i < columns.size(); i++) {
        Column column = columns.get(i);
        if (column.type() != Column.Type.VALUE) {
          cells[i] = rows.cell(row, column.name(), kinds[i]);
        } else if (lists.isOptional(column.name())) {
          String present = rows.cell(row, column.name(), CellValues.Kind.BOOLEAN);
          cells[i] = present.equals("true") ? key : present.equals("false") ? "" : present;
        } else {
          cells[i] = lists.hasItems(column.name(), key) ? key : "";
        }
      }
      return cells;
    }
  }

  /** Reads the sheets of {@code plans}, setting the items read into {@code cells}; lists whose sheet is missing have none. */
  private List<ListRead> readLists(EntityKind<?> kind, List<WorkbookPlan.ListSheet> plans, ListCells cells,
      Map<String, Sheet> sheets) throws IOException {
    List<ListRead> lists = new ArrayList<>();
    for (WorkbookPlan.ListSheet list : plans) {
      Sheet sheet = sheets.get(list.sheet().toLowerCase(Locale.ROOT));
      ListCells inner = new ListCells();
      List<ListRead> innerLists = readLists(kind, list.children(), inner, sheets);
      if (sheet != null) {
        ListRead read;
        try (SheetRows rows = new SheetRows(sheet)) {
          read = readList(kind, list, rows, inner, innerLists);
        }
        lists.add(read);
        cells.setRead(list.column(), read.byOwner());
      } else if (!innerLists.isEmpty()) {
        throw new MalformedInputException(Place.of(source + ", sheet \"" + innerLists.get(0).sheet() + "\"", null, 0, 0),
            "items of lists inside the items of " + kind.name() + "." + list.column() + " without the sheet \""
                + list.sheet() + "\" of their owners");
      }
    }
    return lists;
  }

  /** Refuses an item of {@code lists} whose owner's key is none of {@code keys}, naming its row. */
  private static void checkOwners(List<ListRead> lists, Set<String> keys, String ownerSheet) {
    for (ListRead list : lists) {
      for (Map.Entry<String, Long> owner : list.firstRows().entrySet()) {
        if (!keys.contains(owner.getKey())) {
          throw list.rows().error(owner.getValue(), 0, "no row of the sheet \"" + ownerSheet + "\" is its owner ("
              + Excerpt.quote(owner.getKey().replace(' ', '/')) + ")");
        }
      }
    }
  }

  /** The items of a list sheet by owner's key, in position order, and the first row of each owner. */
  private record ListRead(String sheet, SheetRows rows, Map<String, List<Object>> byOwner, Map<String, Long> firstRows) {}

  private ListRead readList(EntityKind<?> kind, WorkbookPlan.ListSheet plan, SheetRows rows, ListCells cells,
      List<ListRead> innerLists) {
    List<String> keyHeaders = plan.keyHeaders();
    List<String> itemHeader = new ArrayList<>(rows.columns.keySet());
    itemHeader.removeAll(keyHeaders);
    Layout<ItemType.Item> layout = Layout.forHeader(plan.itemType(), itemHeader, options.limits(), cells);
    Table table = new Table(layout.columns(), cells);
    rows.checkHeaders(table.known(Set.copyOf(keyHeaders)), "the sheet of " + kind.name() + "." + plan.column());
    for (String required : keyHeaders) {
      if (!rows.columns.containsKey(required) && rows.rows.hasNext()) {
        throw new MalformedInputException(Place.row(rows.place, rows.headerRow, null), "no column headed \"" + required
            + "\"; a list's sheet starts with " + String.join(", ", keyHeaders));
      }
    }
    Map<String, TreeMap<Long, Object>> byOwner = new LinkedHashMap<>();
    Map<String, Long> firstRows = new LinkedHashMap<>();
    Set<String> itemKeys = new HashSet<>();
    while (rows.rows.hasNext()) {
      Row row = rows.rows.next();
      long r = row.getRowNum();
      String id = rows.cell(row, keyHeaders.get(0), CellValues.Kind.TOKEN);
      if (id.isEmpty()) {
        throw rows.error(r, rows.columns.get(keyHeaders.get(0)), "the id of the item's owner is required");
      }
      StringBuilder ownerKey = new StringBuilder(id);
      long position = 0;
      for (int k = 1; k < keyHeaders.size(); k++) {
        int column = rows.columns.get(keyHeaders.get(k));
        String text = rows.cell(row, keyHeaders.get(k), CellValues.Kind.NUMBER);
        try {
          position = Long.parseLong(text);
        } catch (NumberFormatException e) {
          throw rows.error(r, column, "a position is a whole number (1, 2, 3…), found " + Excerpt.quote(text));
        }
        if (k < keyHeaders.size() - 1) {
          ownerKey.append(' ').append(position);
        }
      }
      String key = ownerKey + " " + position;
      String[] texts = table.cells(rows, row, key);
      ItemType.Item item;
      try {
        item = layout.read(texts, new Layout.RowPlace(rows.place, r));
      } catch (MalformedInputException e) {
        throw rows.moved(e, r);
      }
      firstRows.putIfAbsent(ownerKey.toString(), r);
      if (byOwner.computeIfAbsent(ownerKey.toString(), k -> new TreeMap<>()).put(position, item.value()) != null) {
        throw rows.error(r, rows.columns.get(WorkbookPlan.POSITION),
            "a second item at position " + position + " of " + Excerpt.quote(ownerKey.toString().replace(' ', '/')));
      }
      itemKeys.add(key);
      rowsByKey.computeIfAbsent(plan.sheet(), k -> new HashMap<>()).put(key, r);
    }
    sheetRows.put(plan.sheet(), rows);
    checkOwners(innerLists, itemKeys, plan.sheet());
    Map<String, List<Object>> lists = new HashMap<>();
    byOwner.forEach((owner, items) -> lists.put(owner, new ArrayList<>(items.values())));
    return new ListRead(plan.sheet(), rows, lists, firstRows);
  }

  // ---- references

  private final ReferenceCheck references = new ReferenceCheck();

  /** Refuses the first reference that does not resolve, in the workbook's order, naming its cell. */
  private void checkReferences(Dataset dataset, List<Entity> entities) {
    for (Entity entity : entities) {
      ReferenceCheck.Dangling d = references.first(dataset, entity);
      if (d != null) {
        throw dangling(dataset.registry().kindOf(entity), entity.id().value(), d);
      }
    }
  }

  /**
   * The error of a dangling reference at {@code d}'s path below an entity: {@code /operator} is
   * column {@code operator} of the kind's sheet, {@code /partners/1} the item at position 2 of the
   * sheet of {@code partners}, {@code /boxes/0/items/1} the second item of the first box's items.
   */
  private MalformedInputException dangling(EntityKind<?> kind, String id, ReferenceCheck.Dangling d) {
    WorkbookPlan.KindSheet kindSheet = plan.kinds().stream().filter(k -> k.kind().equals(kind)).findFirst().orElseThrow();
    String sheet = kindSheet.sheet();
    List<WorkbookPlan.ListSheet> lists = kindSheet.lists();
    String key = id;
    StringBuilder column = new StringBuilder();
    String[] segments = d.path().substring(1).split("/");
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.chars().allMatch(Character::isDigit) && !segment.isEmpty()) {
        String name = column.toString();
        WorkbookPlan.ListSheet list = lists.stream().filter(l -> l.column().equals(name)).findFirst().orElse(null);
        if (list == null) {
          break; // a list that is not on a sheet of its own: the cell of its column
        }
        key = key + " " + (Integer.parseInt(segment) + 1);
        sheet = list.sheet();
        lists = list.children();
        column = new StringBuilder(name.substring(name.lastIndexOf('.') + 1));
        continue;
      }
      column.append(column.length() == 0 ? "" : ".").append(segment);
    }
    SheetRows rows = sheetRows.get(sheet);
    Long row = rowsByKey.getOrDefault(sheet, Map.of()).get(key);
    String reason = "dangling reference: " + d.target() + " is not in the dataset";
    if (rows == null || row == null) {
      return new MalformedInputException(Place.of(source + ", sheet \"" + sheet + "\"", null, 0, 0), reason);
    }
    Integer c = rows.columns.get(column.toString());
    return c == null
        ? new MalformedInputException(Place.row(rows.place, row, column.toString()), reason)
        : rows.error(row, c, reason);
  }
}
