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
      for (WorkbookPlan.ListSheet list : sheet.lists()) {
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
    r += plan.kinds().stream().mapToInt(k -> 1 + k.lists().size()).sum();
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
    List<Column> columns = layout.columns();
    List<Integer> shown = new ArrayList<>(); // the layout's columns on the sheet: all but required lists
    int idColumn = -1;
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      if (column.type() != Column.Type.VALUE || cells.isOptional(column.name())) {
        if (column.name().equals("id")) {
          idColumn = shown.size();
        }
        shown.add(i);
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
      kinds[c] = column.type() == Column.Type.VALUE ? CellValues.Kind.BOOLEAN : CellValues.kindOf(column);
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
      for (int c = 0; c < shown.size(); c++) {
        String text = row[shown.get(c)];
        if (!text.isEmpty()) {
          if (kinds[c] == CellValues.Kind.BOOLEAN && text.equals(ListCells.MARKER)) {
            text = "true"; // an optional list's presence
          }
          put(sheet, plan.sheet(), r, c, kinds[c], text, widths);
        }
      }
      for (int l = 0; l < plan.lists().size(); l++) {
        Object list = cells.written(plan.lists().get(l).column());
        if (list != null) {
          List<?> values = (List<?>) list;
          for (int i = 0; i < values.size(); i++) {
            items.get(l).add(new Owned(entity.id().value(), i + 1, values.get(i)));
          }
        }
      }
      r++;
    }
    widths.apply(sheet);
    List<SheetCount> counts = new ArrayList<>();
    EntityKind<?> kind = plan.kind();
    counts.add(new SheetCount(kind.name(), plan.sheet(), table.entities().size()));
    for (int l = 0; l < plan.lists().size(); l++) {
      WorkbookPlan.ListSheet list = plan.lists().get(l);
      writeList(sheets.get(list.sheet()), kind, list, items.get(l), dropdowns);
      counts.add(new SheetCount(kind.name() + "." + list.column(), list.sheet(), items.get(l).size()));
    }
    return counts;
  }

  /** An item of a list, with its owner's id and its position from 1. */
  private record Owned(String owner, int position, Object item) {}

  private void writeList(Worksheet sheet, EntityKind<?> kind, WorkbookPlan.ListSheet plan, List<Owned> items, Dropdowns dropdowns) {
    Set<String> languages = new TreeSet<>(options.languages());
    for (Owned owned : items) {
      Layout.collectLanguages(plan.itemType(), new ItemType.Item(owned.item()), languages);
    }
    Layout<ItemType.Item> layout = ItemType.layout(plan.itemType(), List.copyOf(languages));
    List<Column> columns = layout.columns();
    List<String> names = new ArrayList<>();
    names.add(kind.name());
    names.add(WorkbookPlan.POSITION);
    columns.forEach(c -> names.add(c.name()));
    CellValues.Kind[] kinds = columns.stream().map(CellValues::kindOf).toArray(CellValues.Kind[]::new);
    Widths widths = new Widths();
    startSheet(sheet, names, widths);
    sheet.freezePane(2, 1);
    dropdowns.addIds(sheet, 0, kind.name());
    for (int c = 0; c < columns.size(); c++) {
      dropdowns.add(sheet, c + 2, columns.get(c));
    }
    checkRows(plan.sheet(), items.size());
    int r = 1;
    for (Owned owned : items) {
      put(sheet, plan.sheet(), r, 0, CellValues.Kind.TOKEN, owned.owner(), widths);
      sheet.value(r, 1, owned.position());
      String[] row = layout.write(new ItemType.Item(owned.item()));
      for (int c = 0; c < row.length; c++) {
        if (!row[c].isEmpty()) {
          put(sheet, plan.sheet(), r, c + 2, kinds[c], row[c], widths);
        }
      }
      r++;
    }
    widths.apply(sheet);
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
    widths.see(c, kind == CellValues.Kind.DATE ? 12 : text.length() + 1);
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
