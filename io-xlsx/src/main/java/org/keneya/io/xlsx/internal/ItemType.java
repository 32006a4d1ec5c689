package org.keneya.io.xlsx.internal;

import java.util.List;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.internal.table.Column;
import org.keneya.core.internal.table.Layout;
import org.keneya.core.internal.table.WholeValueCells;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;

/**
 * The one-property struct an item of a list sheet is read and written through, so that any item —
 * a reference, a text, a nested value — gets its columns from core's layout rule, named after the
 * list ({@code partners}, {@code sensors.model}, {@code notes.fr}).
 */
final class ItemType {
  /** An item of a list, wrapped. */
  record Item(Object value) {}

  /** Lists inside list items would need sheets of sheets: refused, naming the column. */
  private static final WholeValueCells NO_LISTS = (column, optional, limits) -> {
    throw new IllegalArgumentException(
        "a list inside an item of a list (" + column.name() + ") has no sheet layout in a workbook yet");
  };

  private ItemType() {}

  /** The struct of an item of the list in {@code column}, its one property named {@code name}. */
  @SuppressWarnings("unchecked")
  static StructType<Item> of(String name, Column column) {
    ValueType<Object> element = (ValueType<Object>) ((ListType<?>) column.valueType()).element();
    return StructType.positional("item", Item.class, values -> new Item(values.next()))
        .add(name, element, Item::value)
        .build();
  }

  /** The layout of the items of {@code struct} with a column per language of {@code languages}. */
  static Layout<Item> layout(StructType<Item> struct, List<String> languages) {
    return Layout.generic(struct, languages, NO_LISTS);
  }

  /** The layout of the items of {@code struct} for a sheet's {@code header}. */
  static Layout<Item> layoutForHeader(StructType<Item> struct, List<String> header,
      ReadLimits limits) {
    return Layout.forHeader(struct, header, limits, NO_LISTS);
  }
}
