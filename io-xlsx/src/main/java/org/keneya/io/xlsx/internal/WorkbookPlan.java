package org.keneya.io.xlsx.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.keneya.core.internal.table.Column;
import org.keneya.core.internal.table.Layout;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.StructType;
import org.keneya.io.xlsx.XlsxCodec;

/**
 * The sheets of a registry's workbooks: the about sheet, then for each kind its sheet and one
 * sheet per list column of its layout (a list property, or a list inside a nested value, named by
 * its dotted column). Made from the registry alone, so that the reader looks for the sheets under
 * the names the writer gave them.
 */
final class WorkbookPlan {
  /** A list column of a kind and its sheet: {@code sensors} on {@code station.sensors}. */
  record ListSheet(String column, String sheet, StructType<ItemType.Item> itemType) {}

  /** A kind's sheet and its lists' sheets. */
  record KindSheet(EntityKind<?> kind, String sheet, ImmutableList<ListSheet> lists) {}

  /** The header of a list sheet's column of item positions. */
  static final String POSITION = "position";

  private final String aboutSheet;
  private final ImmutableList<KindSheet> kinds;

  WorkbookPlan(KindRegistry registry) {
    SheetNames names = new SheetNames();
    this.aboutSheet = names.allocate(XlsxCodec.ABOUT_SHEET);
    List<KindSheet> sheets = new ArrayList<>();
    for (EntityKind<?> kind : registry.kinds()) {
      String sheet = names.allocate(kind.name());
      List<ListSheet> lists = new ArrayList<>();
      for (Column column : Layout.generic(kind.struct(), List.of(), new ListCells()).columns()) {
        if (column.type() == Column.Type.VALUE) {
          String name = column.name();
          StructType<ItemType.Item> item = ItemType.of(name.substring(name.lastIndexOf('.') + 1), column);
          ItemType.layout(item, List.of()); // refuses a list inside an item now, not halfway through a workbook
          lists.add(new ListSheet(name, names.allocate(kind.name() + "." + name), item));
        }
      }
      sheets.add(new KindSheet(kind, sheet, ImmutableList.copyOf(lists)));
    }
    this.kinds = ImmutableList.copyOf(sheets);
  }

  /** The name of the sheet describing the workbook. */
  String aboutSheet() {
    return aboutSheet;
  }

  /** The kinds' sheets, in the registry's order. */
  ImmutableList<KindSheet> kinds() {
    return kinds;
  }

  /** The letters of a column, from 0: {@code A}, {@code Z}, {@code AA}. */
  static String letters(int column) {
    StringBuilder s = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      s.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return s.toString();
  }
}
