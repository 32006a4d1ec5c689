package org.keneya.io.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.keneya.core.data.Dataset;
import org.keneya.core.internal.table.Column;
import org.keneya.core.internal.table.Layout;
import org.keneya.core.kind.CodeEntry;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.Property;
import org.keneya.core.value.LocalizedText;
import org.keneya.io.xlsx.ExcelLimitException;
import org.keneya.io.xlsx.XlsxCodec;
import org.keneya.io.xlsx.XlsxOptions;

/** Writes one dataset as a workbook: the about sheet, then each kind's sheet and its lists' sheets. */
final class WorkbookWriter {
  private static final String HEADER_FILL = "DDEBF7";
  private static final double MIN_WIDTH = 8;
  private static final double MAX_WIDTH = 60;

  private final KindRegistry registry;
  private final XlsxOptions options;
  private final WorkbookPlan plan;

  WorkbookWriter(KindRegistry registry, XlsxOptions options, WorkbookPlan plan) {
    this.registry = registry;
    this.options = options;
    this.plan = plan;
  }

  /** Writes {@code dataset} to {@code out}, not closed; the bytes are FastExcel's, before {@link Reproducible}. */
  void write(Dataset dataset, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Keneya", null);
    Worksheet about = workbook.newWorksheet(plan.aboutSheet());
    Map<String, Worksheet> sheets = new HashMap<>(); // every sheet made first: dropdowns refer across them
    List<KindTable<?>> tables = new ArrayList<>();
    Map<String, Dropdowns.IdColumn> ids = new HashMap<>();
    for (WorkbookPlan.KindSheet sheet : plan.kinds()) {
      Worksheet kindSheet = workbook.newWorksheet(sheet.sheet());
      for (WorkbookPlan.ListSheet list : sheet.allLists()) {
        sheets.put(list.sheet(), workbook.newWorksheet(list.sheet()));
      }
      KindTable<?> table = table(sheet, dataset);
      tables.add(table);
      ids.put(sheet.kind().name(), new Dropdowns.IdColumn(kindSheet, table.idColumn()));
      sheets.put(sheet.sheet(), kindSheet);
    }
    Dropdowns dropdowns = new Dropdowns(writeAbout(about), ids);
    int countRow = ABOUT_COUNTS;
    for (KindTable<?> table : tables) {
      for (SheetCount count : writeKind(sheets, table, dropdowns)) {
        about.value(countRow, 0, count.what());
        about.value(countRow, 1, count.sheet());
        about.value(countRow++, 2, count.rows());
      }
    }
    workbook.finish();
  }

  /** The rows written on a sheet, for the about sheet. */
  private record SheetCount(String what, String sheet, int rows) {}

  // ---- the about sheet

  /** The about sheet's first row of sheet counts: after format, version, content, a blank row and a header. */
  private static final int ABOUT_COUNTS = 5;

  /** Writes the about sheet but its counts, which follow from {@link #ABOUT_COUNTS}; returns where each codelist's codes are. */
  private Map<String, Range> writeAbout(Worksheet sheet) {
    int r = 0;
    r = pair(sheet, r, "format", "keneya-xlsx");
    r = pair(sheet, r, "version", Integer.toString(XlsxCodec.FORMAT_VERSION));
    r = pair(sheet, r, "content", options.part() ? "part" : "whole");
    r++;
    header(sheet, r++, List.of("kind", "sheet", "rows"));
    r += plan.kinds().stream().mapToInt(k -> 1 + k.allLists().size()).sum();
    r++;
    header(sheet, r++, List.of("codelist", "code", "fr", "en"));
    Map<String, Range> codes = new HashMap<>();
    for (Codelist codelist : registry.codelists()) {
      int first = r;
      for (CodeEntry entry : codelist.entries()) {
        sheet.value(r, 0, codelist.name());
        sheet.value(r, 1, CellValues.escape(entry.code().value()));
        label(sheet, r, 2, entry.label(), "fr");
        label(sheet, r++, 3, entry.label(), "en");
      }
      if (r > first) {
        codes.put(codelist.name(), sheet.range(first, 1, r - 1, 1));
      }
    }
    sheet.width(0, 24);
    sheet.width(1, 24);
    sheet.width(2, 30);
    sheet.width(3, 30);
    return codes;
  }

  private static int pair(Worksheet sheet, int r, String key, String value) {
    sheet.value(r, 0, key);
    sheet.style(r, 0).bold().set();
    sheet.value(r, 1, value);
    return r + 1;
  }

  private static void label(Worksheet sheet, int r, int c, LocalizedText label, String language) {
    label.get(language).ifPresent(text -> sheet.value(r, c, CellValues.escape(text)));
  }

  private static void header(Worksheet sheet, int r, List<String> names) {
    for (int c = 0; c < names.size(); c++) {
      sheet.value(r, c, names.get(c));
      sheet.style(r, c).bold().fillColor(HEADER_FILL).set();
    }
  }

  // ---- a kind's sheets

  /** A kind's entities with the layout of its sheet, and the layout's columns the sheet shows. */
  private record KindTable<E extends Entity>(
      WorkbookPlan.KindSheet plan, List<E> entities, ListCells cells, Layout<E> layout, List<Integer> shown, int idColumn) {}

  private <E extends Entity> KindTable<E> table(WorkbookPlan.KindSheet plan, Dataset dataset) {
    @SuppressWarnings("unchecked")
    EntityKind<E> kind = (EntityKind<E>) plan.kind();
    List<E> entities = dataset.entities(kind);
    ListCells cells = new ListCells();
    Layout<E> layout = Layout.generic(kind.struct(), languages(kind, entities), cells);
    List<Integer> shown = shown(layout, cells);
    int idColumn = -1;
    for (int c = 0; c < shown.size(); c++) {
      if (layout.columns().get(shown.get(c)).name().equals("id")) {
        idColumn = c;
      }
    }
    return new KindTable<>(plan, entities, cells, layout, shown, idColumn);
  }

  private <E extends Entity> List<SheetCount> writeKind(Map<String, Worksheet> sheets, KindTable<E> table, Dropdowns dropdowns) {
    WorkbookPlan.KindSheet plan = table.plan();
    List<Column> columns = table.layout().columns();
    List<Integer> shown = table.shown();
    Worksheet sheet = sheets.get(plan.sheet());
    Widths widths = new Widths();
    List<Column> sheetColumns = new ArrayList<>();
    CellValues.Kind[] kinds = new CellValues.Kind[shown.size()];
    for (int c = 0; c < shown.size(); c++) {
      Column column = columns.get(shown.get(c));
      sheetColumns.add(column);
      kinds[c] = kindOf(column);
    }
    startSheet(sheet, sheetColumns.stream().map(Column::name).toList(), widths);
    for (int c = 0; c < sheetColumns.size(); c++) {
      dropdowns.add(sheet, c, sheetColumns.get(c));
    }
    checkRows(plan.sheet(), table.entities().size());
    List<List<Owned>> items = new ArrayList<>();
    plan.lists().forEach(l -> items.add(new ArrayList<>()));
    ListCells cells = table.cells();
    int r = 1;
    for (E entity : table.entities()) {
      cells.startRow();
      String[] row = table.layout().write(entity);
      writeCells(sheet, plan.sheet(), r, 0, row, shown, kinds, widths);
      collectItems(cells, plan.lists(), new Owned(List.of(entity.id().value()), entity), items);
      r++;
    }
    widths.apply(sheet);
    List<SheetCount> counts = new ArrayList<>();
    EntityKind<?> kind = plan.kind();
    counts.add(new SheetCount(kind.name(), plan.sheet(), table.entities().size()));
    for (int l = 0; l < plan.lists().size(); l++) {
      writeList(sheets, kind, plan.lists().get(l), items.get(l), dropdowns, counts);
    }
    return counts;
  }

  /** An item of a list, with the cells of its key: its owner's id, its positions in the outer lists and its own, from 1. */
  private record Owned(List<Object> key, Object item) {
    /** The key of a list inside this item, at {@code position} of it. */
    Owned child(int position, Object value) {
      List<Object> childKey = new ArrayList<>(key);
      childKey.add(position);
      return new Owned(childKey, value);
    }
  }

  /** The columns of {@code layout} a sheet shows: all but the lists that are not optional (their items have sheets). */
  private static List<Integer> shown(Layout<?> layout, ListCells cells) {
    List<Integer> shown = new ArrayList<>();
    List<Column> columns = layout.columns();
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      if (column.type() != Column.Type.VALUE || cells.isOptional(column.name())) {
        shown.add(i);
      }
    }
    return shown;
  }

  private static CellValues.Kind kindOf(Column column) {
    return column.type() == Column.Type.VALUE ? CellValues.Kind.BOOLEAN : CellValues.kindOf(column);
  }

  /** Writes the items of a list on its sheet, then the lists inside them on theirs; adds each sheet's count. */
  private void writeList(Map<String, Worksheet> sheets, EntityKind<?> kind, WorkbookPlan.ListSheet plan, List<Owned> items,
      Dropdowns dropdowns, List<SheetCount> counts) {
    Worksheet sheet = sheets.get(plan.sheet());
    Set<String> languages = new TreeSet<>(options.languages());
    for (Owned owned : items) {
      Layout.collectLanguages(plan.itemType(), new ItemType.Item(owned.item()), languages);
    }
    ListCells cells = new ListCells();
    Layout<ItemType.Item> layout = Layout.generic(plan.itemType(), List.copyOf(languages), cells);
    List<Column> columns = layout.columns();
    List<Integer> shown = shown(layout, cells);
    int keys = plan.keyHeaders().size();
    List<String> names = new ArrayList<>(plan.keyHeaders());
    shown.forEach(i -> names.add(columns.get(i).name()));
    Widths widths = new Widths();
    startSheet(sheet, names, widths);
    sheet.freezePane(keys, 1);
    dropdowns.addIds(sheet, 0, kind.name());
    CellValues.Kind[] kinds = new CellValues.Kind[shown.size()];
    for (int c = 0; c < shown.size(); c++) {
      kinds[c] = kindOf(columns.get(shown.get(c)));
      dropdowns.add(sheet, c + keys, columns.get(shown.get(c)));
    }
    checkRows(plan.sheet(), items.size());
    List<List<Owned>> inner = new ArrayList<>();
    plan.children().forEach(l -> inner.add(new ArrayList<>()));
    int r = 1;
    for (Owned owned : items) {
      put(sheet, plan.sheet(), r, 0, CellValues.Kind.TOKEN, (String) owned.key().get(0), widths);
      for (int k = 1; k < keys; k++) {
        sheet.value(r, k, (Integer) owned.key().get(k));
      }
      cells.startRow();
      String[] row = layout.write(new ItemType.Item(owned.item()));
      writeCells(sheet, plan.sheet(), r, keys, row, shown, kinds, widths);
      collectItems(cells, plan.children(), owned, inner);
      r++;
    }
    widths.apply(sheet);
    counts.add(new SheetCount(kind.name() + "." + plan.column(), plan.sheet(), items.size()));
    for (int l = 0; l < plan.children().size(); l++) {
      writeList(sheets, kind, plan.children().get(l), inner.get(l), dropdowns, counts);
    }
  }

  /** Writes the shown cells of a row from column {@code first} of the sheet on. */
  private static void writeCells(Worksheet sheet, String name, int r, int first, String[] row, List<Integer> shown,
      CellValues.Kind[] kinds, Widths widths) {
    for (int c = 0; c < shown.size(); c++) {
      String text = row[shown.get(c)];
      if (!text.isEmpty()) {
        if (kinds[c] == CellValues.Kind.BOOLEAN && text.equals(ListCells.MARKER)) {
          text = "true"; // an optional list's presence
        }
        put(sheet, name, r, first + c, kinds[c], text, widths);
      }
    }
  }

  /** Adds the items of the lists of the row just written, keyed under {@code owner}, to {@code items}. */
  private static void collectItems(ListCells cells, List<WorkbookPlan.ListSheet> lists, Owned owner, List<List<Owned>> items) {
    for (int l = 0; l < lists.size(); l++) {
      Object list = cells.written(lists.get(l).column());
      if (list != null) {
        List<?> values = (List<?>) list;
        for (int i = 0; i < values.size(); i++) {
          items.get(l).add(owner.child(i + 1, values.get(i)));
        }
      }
    }
  }

  private static void startSheet(Worksheet sheet, List<String> names, Widths widths) {
    header(sheet, 0, names);
    for (int c = 0; c < names.size(); c++) {
      widths.see(c, names.get(c).length() + 2);
    }
    sheet.freezePane(0, 1);
  }

  /** Refuses {@code rows} rows under a header on {@code sheet} past Excel's limit. */
  static void checkRows(String sheet, int rows) {
    if (rows + 1L > ExcelLimitException.MAX_ROWS) {
      throw new ExcelLimitException(sheet, ExcelLimitException.MAX_ROWS + 1L,
          (rows + 1L) + " rows with the header; a sheet holds at most " + ExcelLimitException.MAX_ROWS);
    }
  }

  private static void put(Worksheet sheet, String name, int r, int c, CellValues.Kind kind, String text, Widths widths) {
    if (text.length() > ExcelLimitException.MAX_CELL_CHARACTERS) {
      throw new ExcelLimitException(name, r + 1L, "column " + WorkbookPlan.letters(c) + ": " + text.length()
          + " characters; a cell holds at most " + ExcelLimitException.MAX_CELL_CHARACTERS);
    }
    CellValues.write(sheet, r, c, kind, text);
    widths.see(c, kind == CellValues.Kind.DATE || kind == CellValues.Kind.PARTIAL_DATE ? 12 : text.length() + 1);
  }

  private List<String> languages(EntityKind<?> kind, List<? extends Entity> entities) {
    Set<String> languages = new TreeSet<>(options.languages());
    for (Entity e : entities) {
      collect(kind, e, languages);
    }
    return List.copyOf(languages);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Entity> void collect(EntityKind<E> kind, Entity entity, Set<String> out) {
    for (Property<E, ?> p : kind.properties()) {
      Layout.collectLanguages(p.type(), p.get((E) entity), out);
    }
  }

  /** The width of each column: its longest text, within bounds. */
  private static final class Widths {
    private final List<Double> widths = new ArrayList<>();

    void see(int column, double width) {
      while (widths.size() <= column) {
        widths.add(MIN_WIDTH);
      }
      widths.set(column, Math.min(MAX_WIDTH, Math.max(widths.get(column), width)));
    }

    void apply(Worksheet sheet) {
      for (int c = 0; c < widths.size(); c++) {
        sheet.width(c, widths.get(c));
      }
    }
  }
}
