package org.keneya.io.xlsx.internal;

import static com.google.common.base.Preconditions.checkState;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.keneya.core.internal.table.Column;
import org.keneya.core.internal.table.Layout;
import org.keneya.core.kind.CodeEntry;
import org.keneya.core.kind.CodeType;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.Property;
import org.keneya.core.value.LocalizedText;
import org.keneya.io.xlsx.ExcelLimitException;
import org.keneya.io.xlsx.XlsxCodec;
import org.keneya.io.xlsx.XlsxOptions;
import org.keneya.io.xlsx.XlsxWriter;

/**
 * Writes one workbook kind by kind, with flat memory, as FastExcel 0.19 allows it:
 *
 * <ul>
 *   <li>Every sheet is declared at the start, the about sheet first: a sheet's part in the zip is
 *       named by its place in the workbook, not by when it is written, and dropdowns refer to
 *       sheets not written yet.
 *   <li>A sheet's rows are flushed to the zip as they come ({@link Worksheet#flush()}), and the
 *       sheet finished ({@link Worksheet#finish()}) before the next one starts: its zip entry stays
 *       open from its first flush to its finish, so two sheets cannot be flushed in turn.
 *   <li>{@code <cols>} comes before {@code <sheetData>}, so the column widths are set before the
 *       first flush: from the header and the first {@value #BATCH_ROWS} rows, held until then.
 *   <li>The about sheet, whose counts are known only at the end, is never flushed: {@link
 *       Workbook#finish()} writes it last; {@link Reproducible} puts every part back in the
 *       workbook's order.
 *   <li>Kinds' sheets hold inline strings ({@link Worksheet#inlineString}): FastExcel keeps every
 *       shared string in memory until the end, a million distinct ids included, and numbers them
 *       in the order they come, which would depend on the order the kinds are written in. Only
 *       the about sheet, written at the start and at the end, uses shared strings, and the code
 *       cells whose codes it lists (numbered already): a code is what a person picks from a
 *       dropdown, and Apache POI's {@code setCellValue} on an inline string cell leaves its text
 *       and adds a value FastExcel's reader ignores.
 *   <li>Comments and data validations are kept by FastExcel until a sheet is finished; they are
 *       the header's, a few per column.
 * </ul>
 *
 * FastExcel writes to a temporary file, copied to the output at the end by {@link Reproducible}:
 * so nothing reaches the output when Excel's limits are broken, and the parts can be put in order.
 * What memory holds does not grow with the rows but for one thing FastExcel does not let go: a
 * worksheet keeps a slot (a null reference, 4 or 8 bytes) per row it flushed until the workbook
 * is finished: a few megabytes for a sheet of Excel's 1,048,576 rows.
 */
final class WorkbookWriter implements XlsxWriter {
  private static final String HEADER_FILL = "DDEBF7";
  private static final double MIN_WIDTH = 8;
  private static final double MAX_WIDTH = 60;

  /** Rows held before a flush; the first ones, with the header, set the column widths. */
  static final int BATCH_ROWS = 1_000;

  private final KindRegistry registry;
  private final XlsxOptions options;
  private final WorkbookPlan plan;
  private final OutputStream out;
  private final Path file;
  private final OutputStream fileOut;
  private final Workbook workbook;
  private final Worksheet about;
  private final Map<String, Worksheet> sheets = new HashMap<>();
  private final Dropdowns dropdowns;
  /** The codes of the codelists, escaped, shared strings from the about sheet on. */
  private final Set<String> sharedCodes = new HashSet<>();
  /** The row counts of each kind written, by kind name. */
  private final Map<String, List<SheetCount>> written = new HashMap<>();
  private State state = State.OPEN;

  private enum State { OPEN, FINISHED, CLOSED }

  WorkbookWriter(KindRegistry registry, XlsxOptions options, WorkbookPlan plan, OutputStream out) throws IOException {
    this.registry = registry;
    this.options = options;
    this.plan = plan;
    this.out = out;
    this.file = Files.createTempFile("keneya-", ".xlsx"); // readable by its owner alone: datasets may be personal
    try {
      this.fileOut = new BufferedOutputStream(Files.newOutputStream(file));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    this.workbook = new Workbook(fileOut, "Keneya", null);
    this.about = workbook.newWorksheet(plan.aboutSheet());
    this.dropdowns = new Dropdowns(writeAbout(about), declareSheets());
  }

  /** Declares every kind's sheet and list sheets, in the plan's order; returns each kind's id column. */
  private Map<String, Dropdowns.IdColumn> declareSheets() {
    Map<String, Dropdowns.IdColumn> ids = new HashMap<>();
    for (WorkbookPlan.KindSheet sheet : plan.kinds()) {
      Worksheet kindSheet = workbook.newWorksheet(sheet.sheet());
      sheets.put(sheet.sheet(), kindSheet);
      for (WorkbookPlan.ListSheet list : sheet.allLists()) {
        sheets.put(list.sheet(), workbook.newWorksheet(list.sheet()));
      }
      // core makes id every kind's first property: its first column, whatever the languages
      ids.put(sheet.kind().name(), new Dropdowns.IdColumn(kindSheet, 0));
    }
    return ids;
  }

  @Override
  public <E extends Entity> XlsxWriter write(EntityKind<E> kind, Iterable<? extends E> entities) {
    checkState(state == State.OPEN, "the workbook writer is %s: write each kind before finish()",
        state.name().toLowerCase(java.util.Locale.ROOT));
    WorkbookPlan.KindSheet sheet = plan.kinds().stream().filter(k -> k.kind().equals(kind)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the kind " + kind.name() + " is not one of the registry's"));
    checkState(!written.containsKey(kind.name()), "the kind %s is written already: each kind at most once", kind.name());
    failing(() -> written.put(kind.name(), writeKind(sheet, entities)));
    return this;
  }

  @Override
  public void finish() {
    checkState(state == State.OPEN, "the workbook writer is %s already", state.name().toLowerCase(java.util.Locale.ROOT));
    failing(() -> {
      for (WorkbookPlan.KindSheet sheet : plan.kinds()) {
        if (!written.containsKey(sheet.kind().name())) {
          written.put(sheet.kind().name(), writeKind(sheet, List.of()));
        }
      }
      writeCounts();
      workbook.finish();
      fileOut.close();
      Reproducible.copy(file, out);
    });
    state = State.FINISHED;
    deleteFile();
  }

  @Override
  public void close() {
    if (state != State.OPEN) {
      return;
    }
    state = State.CLOSED;
    try {
      fileOut.close(); // FastExcel's workbook left unfinished: the file is only deleted
    } catch (IOException e) {
      // deleted all the same
    } finally {
      deleteFile();
    }
  }

  private void deleteFile() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the temporary workbook " + file, e);
    }
  }

  /** A step that may fail; the writer is closed (its file deleted) when it does. */
  private interface Step {
    void run() throws IOException;
  }

  private void failing(Step step) {
    try {
      step.run();
    } catch (IOException e) {
      throw closedAfter(new UncheckedIOException(e));
    } catch (RuntimeException e) {
      throw closedAfter(e);
    } catch (Error e) {
      throw closedAfter(e);
    }
  }

  /** Closes this writer after {@code failure}, which it returns, a failure to delete the file suppressed in it. */
  private <T extends Throwable> T closedAfter(T failure) {
    try {
      close();
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
    return failure;
  }

  /** Writes the about sheet's counts, in the plan's order, from {@link #ABOUT_COUNTS} on. */
  private void writeCounts() {
    int countRow = ABOUT_COUNTS;
    for (WorkbookPlan.KindSheet sheet : plan.kinds()) {
      for (SheetCount count : written.get(sheet.kind().name())) {
        about.value(countRow, 0, count.what());
        about.value(countRow, 1, count.sheet());
        about.value(countRow++, 2, count.rows());
      }
    }
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
        String code = CellValues.escape(entry.code().value());
        sharedCodes.add(code);
        sheet.value(r, 1, code);
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
      // inline: a shared string's number would depend on the order the kinds are written in
      sheet.inlineString(r, c, names.get(c));
      sheet.style(r, c).bold().fillColor(HEADER_FILL).set();
    }
  }

  // ---- a kind's sheets

  /** The columns of a layout a sheet shows, and what their cells hold. */
  private record Shown(List<Integer> indexes, List<Column> columns, CellValues.Kind[] kinds, boolean[] codes) {
    /** The columns of {@code layout} a sheet shows: all but the lists that are not optional (their items have sheets). */
    static Shown of(Layout<?> layout, ListCells cells) {
      List<Integer> indexes = new ArrayList<>();
      List<Column> columns = new ArrayList<>();
      for (int i = 0; i < layout.columns().size(); i++) {
        Column column = layout.columns().get(i);
        if (column.type() != Column.Type.VALUE || cells.isOptional(column.name())) {
          indexes.add(i);
          columns.add(column);
        }
      }
      CellValues.Kind[] kinds = new CellValues.Kind[columns.size()];
      boolean[] codes = new boolean[columns.size()];
      for (int c = 0; c < kinds.length; c++) {
        Column column = columns.get(c);
        kinds[c] = column.type() == Column.Type.VALUE ? CellValues.Kind.BOOLEAN : CellValues.kindOf(column);
        codes[c] = column.type() == Column.Type.SCALAR && column.scalar() instanceof CodeType;
      }
      return new Shown(indexes, columns, kinds, codes);
    }

    List<String> names() {
      return columns.stream().map(Column::name).toList();
    }
  }

  /**
   * An item of a list (or an entity, the owner of the first lists), with the cells of its key: its
   * owner's id, its positions in the outer lists and its own, from 1.
   */
  private record Owned(List<Object> key, Object item) {
    /** The key of an item of a list inside this one, at {@code position} of it. */
    Owned child(int position, Object value) {
      List<Object> childKey = new ArrayList<>(key);
      childKey.add(position);
      return new Owned(childKey, value);
    }
  }

  /** Items given again each time they are asked for: read again from the kind's entities. */
  private interface Replay {
    void forEach(Consumer<Owned> action);
  }

  /**
   * The owners of lists, given again on demand, with the layout that hands each owner's lists to
   * {@code cells} when it writes the owner's row ({@code value}: what the layout writes of an owner).
   */
  private record Owners<T>(Replay owners, Layout<T> layout, ListCells cells, Function<Owned, T> value) {
    /** The items of the list in {@code column} of each owner, in order. */
    Replay items(String column) {
      return action -> owners.forEach(owner -> {
        cells.startRow();
        layout.write(value.apply(owner));
        List<?> list = (List<?>) cells.written(column);
        if (list != null) {
          for (int i = 0; i < list.size(); i++) {
            action.accept(owner.child(i + 1, list.get(i)));
          }
        }
      });
    }
  }

  /** Writes a kind's sheet from {@code entities}, then its list sheets; returns the rows of each. */
  private <E extends Entity> List<SheetCount> writeKind(WorkbookPlan.KindSheet plan, Iterable<? extends E> entities) {
    @SuppressWarnings("unchecked")
    EntityKind<E> kind = (EntityKind<E>) plan.kind();
    ListCells cells = new ListCells();
    Layout<E> layout = Layout.generic(kind.struct(), languages(kind, entities), cells);
    Shown shown = Shown.of(layout, cells);
    Rows rows = new Rows(sheets.get(plan.sheet()), plan.sheet(), sharedCodes);
    rows.start(shown.names(), 0);
    for (int c = 0; c < shown.columns().size(); c++) {
      dropdowns.add(rows.sheet, c, shown.columns().get(c));
    }
    List<Set<String>> itemLanguages = itemLanguages(plan.lists());
    for (E entity : entities) {
      cells.startRow();
      String[] row = layout.write(entity);
      rows.cells(rows.next(), 0, row, shown);
      collectItemLanguages(cells, plan.lists(), itemLanguages);
    }
    int count = rows.finish();
    List<SheetCount> counts = new ArrayList<>();
    counts.add(new SheetCount(kind.name(), plan.sheet(), count));
    Replay owners = action -> replayEntities(entities, count, plan.sheet(), action);
    Owners<E> lists = new Owners<>(owners, layout, cells, owned -> kind.type().cast(owned.item()));
    for (int l = 0; l < plan.lists().size(); l++) {
      WorkbookPlan.ListSheet list = plan.lists().get(l);
      writeList(kind, list, itemLanguages.get(l), lists.items(list.column()), counts);
    }
    return counts;
  }

  /** Gives {@code entities} again as owners of lists, refusing an iterable that gives other than {@code count} of them. */
  private static <E extends Entity> void replayEntities(Iterable<? extends E> entities, int count, String sheet,
      Consumer<Owned> action) {
    int n = 0;
    for (E entity : entities) {
      n++;
      action.accept(new Owned(List.of(entity.id().value()), entity));
    }
    checkState(n == count, "the entities of sheet %s were %s, then %s: an iterable written must give the same "
        + "entities each time", sheet, count, n);
  }

  /** Writes the items of a list on its sheet, then the lists inside them on theirs; adds each sheet's count. */
  private void writeList(EntityKind<?> kind, WorkbookPlan.ListSheet plan, Set<String> languages, Replay items,
      List<SheetCount> counts) {
    ListCells cells = new ListCells();
    Layout<ItemType.Item> layout = Layout.generic(plan.itemType(), List.copyOf(languages), cells);
    Shown shown = Shown.of(layout, cells);
    int keys = plan.keyHeaders().size();
    List<String> names = new ArrayList<>(plan.keyHeaders());
    names.addAll(shown.names());
    Rows rows = new Rows(sheets.get(plan.sheet()), plan.sheet(), sharedCodes);
    rows.start(names, keys);
    dropdowns.addIds(rows.sheet, 0, kind.name());
    for (int c = 0; c < shown.columns().size(); c++) {
      dropdowns.add(rows.sheet, c + keys, shown.columns().get(c));
    }
    List<Set<String>> itemLanguages = itemLanguages(plan.children());
    items.forEach(owned -> {
      int r = rows.next();
      rows.put(r, 0, CellValues.Kind.TOKEN, (String) owned.key().get(0), false);
      for (int k = 1; k < keys; k++) {
        rows.sheet.value(r, k, (Integer) owned.key().get(k));
      }
      cells.startRow();
      String[] row = layout.write(new ItemType.Item(owned.item()));
      rows.cells(r, keys, row, shown);
      collectItemLanguages(cells, plan.children(), itemLanguages);
    });
    counts.add(new SheetCount(kind.name() + "." + plan.column(), plan.sheet(), rows.finish()));
    Owners<ItemType.Item> owners = new Owners<>(items, layout, cells, owned -> new ItemType.Item(owned.item()));
    for (int l = 0; l < plan.children().size(); l++) {
      WorkbookPlan.ListSheet child = plan.children().get(l);
      writeList(kind, child, itemLanguages.get(l), owners.items(child.column()), counts);
    }
  }

  /** For each of {@code lists}, the languages its sheet gets a column for: the options' and then those its items use. */
  private List<Set<String>> itemLanguages(List<WorkbookPlan.ListSheet> lists) {
    List<Set<String>> languages = new ArrayList<>();
    lists.forEach(l -> languages.add(new TreeSet<>(options.languages())));
    return languages;
  }

  /** Adds the languages of the items of {@code lists} in the row just written to {@code languages}. */
  private static void collectItemLanguages(ListCells cells, List<WorkbookPlan.ListSheet> lists, List<Set<String>> languages) {
    for (int l = 0; l < lists.size(); l++) {
      WorkbookPlan.ListSheet list = lists.get(l);
      List<?> items = (List<?>) cells.written(list.column());
      if (items != null) {
        for (Object item : items) {
          Layout.collectLanguages(list.itemType(), new ItemType.Item(item), languages.get(l));
        }
      }
    }
  }

  /** Refuses row {@code row} (as Excel numbers rows, from 1) of {@code sheet} if it is past Excel's last. */
  static void checkRow(String sheet, long row) {
    if (row > ExcelLimitException.MAX_ROWS) {
      throw new ExcelLimitException(sheet, row, "more rows than a sheet holds: at most " + ExcelLimitException.MAX_ROWS
          + " with the header");
    }
  }

  /**
   * The languages of {@code kind}'s sheet: the options', then those of its entities' localized
   * texts (outside lists) — which takes a pass over the entities only if the kind has any.
   */
  private <E extends Entity> List<String> languages(EntityKind<E> kind, Iterable<? extends E> entities) {
    Set<String> languages = new TreeSet<>(options.languages());
    if (hasLocalizedText(kind)) {
      for (E entity : entities) {
        for (Property<E, ?> p : kind.properties()) {
          Layout.collectLanguages(p.type(), p.get(entity), languages);
        }
      }
    }
    return List.copyOf(languages);
  }

  /** Whether a kind's sheet has a column per language: whether a layout given a language has a column of it. */
  private static boolean hasLocalizedText(EntityKind<?> kind) {
    return Layout.generic(kind.struct(), List.of("und"), new ListCells()).columns().stream()
        .anyMatch(c -> c.type() == Column.Type.LANGUAGE);
  }

  /**
   * A sheet written row after row: held in memory until {@value #BATCH_ROWS} rows, which with the
   * header set the column widths, then flushed every {@value #BATCH_ROWS} rows.
   */
  private static final class Rows {
    final Worksheet sheet;
    private final String name;
    private final Set<String> codes;
    private final Widths widths = new Widths();
    private int next = 1;
    private boolean flushed;

    Rows(Worksheet sheet, String name, Set<String> codes) {
      this.sheet = sheet;
      this.name = name;
      this.codes = codes;
    }

    /** Writes the header, frozen with the {@code frozenColumns} first columns. */
    void start(List<String> names, int frozenColumns) {
      header(sheet, 0, names);
      for (int c = 0; c < names.size(); c++) {
        widths.see(c, names.get(c).length() + 2);
      }
      sheet.freezePane(frozenColumns, 1);
    }

    /** The index of the next row, from 1 under the header, after refusing it past Excel's last and flushing those before. */
    int next() {
      checkRow(name, next + 1L);
      if (next % BATCH_ROWS == 0) {
        flush();
      }
      return next++;
    }

    private void flush() {
      if (!flushed) {
        widths.apply(sheet);
        flushed = true;
      }
      try {
        sheet.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Writes the shown cells of a layout's row {@code row} from column {@code first} of the sheet on. */
    void cells(int r, int first, String[] row, Shown shown) {
      for (int c = 0; c < shown.indexes().size(); c++) {
        String text = row[shown.indexes().get(c)];
        if (!text.isEmpty()) {
          CellValues.Kind kind = shown.kinds()[c];
          if (kind == CellValues.Kind.BOOLEAN && text.equals(ListCells.MARKER)) {
            text = "true"; // an optional list's presence
          }
          put(r, first + c, kind, text, shown.codes()[c]);
        }
      }
    }

    /** Writes a cell; {@code code}: of a code column, whose codelist's codes are shared strings. */
    void put(int r, int c, CellValues.Kind kind, String text, boolean code) {
      if (text.length() > ExcelLimitException.MAX_CELL_CHARACTERS) {
        throw new ExcelLimitException(name, r + 1L, "column " + WorkbookPlan.letters(c) + ": " + text.length()
            + " characters; a cell holds at most " + ExcelLimitException.MAX_CELL_CHARACTERS);
      }
      String escaped = code ? CellValues.escape(text) : text;
      if (code && codes.contains(escaped)) {
        // shared, already numbered: Apache POI edits a shared string cell, not an inline one
        sheet.value(r, c, escaped);
      } else {
        CellValues.write(sheet, r, c, kind, text);
      }
      if (!flushed) {
        widths.see(c, kind == CellValues.Kind.DATE || kind == CellValues.Kind.PARTIAL_DATE ? 12 : text.length() + 1);
      }
    }

    /** Finishes the sheet; returns its rows under the header. */
    int finish() {
      flush();
      try {
        sheet.finish();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return next - 1;
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
