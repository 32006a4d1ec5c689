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
 * its dotted column), and in turn one per list inside a list's items ({@code budget.lines.rates},
 * keyed by the owner's id, the position of the item in the outer list and its own position). Made
 * from the registry alone, so that the reader looks for the sheets under the names the writer gave.
 */
final class WorkbookPlan {
  /**
   * A list column and its sheet: {@code sensors} on {@code station.sensors}, whose rows start with
   * the cells of {@code keyHeaders} — the owner's id, the positions in the outer lists, the item's
   * position — then the item's columns.
   */
  record ListSheet(String column, String sheet, StructType<ItemType.Item> itemType, ImmutableList<String> keyHeaders,
      ImmutableList<ListSheet> children) {}

  /** A kind's sheet and its lists' sheets. */
  record KindSheet(EntityKind<?> kind, String sheet, ImmutableList<ListSheet> lists) {
    /** Every list sheet of the kind, each before the lists inside its items. */
    List<ListSheet> allLists() {
      List<ListSheet> all = new ArrayList<>();
      addAll(lists, all);
      return all;
    }

    private static void addAll(List<ListSheet> lists, List<ListSheet> out) {
      for (ListSheet list : lists) {
        out.add(list);
        addAll(list.children(), out);
      }
    }
  }

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
      sheets.add(new KindSheet(kind, sheet, lists(kind.name(), kind.struct(), List.of(kind.name()), names)));
    }
    this.kinds = ImmutableList.copyOf(sheets);
  }

  /** The list sheets of the list columns of {@code struct}'s layout, whose owners are keyed by {@code ownerKey}. */
  private static ImmutableList<ListSheet> lists(String kind, StructType<?> struct, List<String> ownerKey, SheetNames names) {
    List<ListSheet> lists = new ArrayList<>();
    for (Column column : Layout.generic(struct, List.of(), new ListCells()).columns()) {
      if (column.type() == Column.Type.VALUE) {
        String name = column.name();
        StructType<ItemType.Item> item = ItemType.of(name.substring(name.lastIndexOf('.') + 1), column);
        String sheet = names.allocate(kind + "." + name);
        List<String> keys = new ArrayList<>(ownerKey);
        keys.add(POSITION);
        List<String> childOwner = new ArrayList<>(ownerKey);
        childOwner.add(name + "." + POSITION);
        lists.add(new ListSheet(name, sheet, item, ImmutableList.copyOf(keys), lists(kind, item, childOwner, names)));
      }
    }
    return ImmutableList.copyOf(lists);
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
