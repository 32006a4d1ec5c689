package org.keneya.io.xlsx.internal;

import org.keneya.core.internal.table.Column;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;

/**
 * The one-property struct an item of a list sheet is read and written through, so that any item —
 * a reference, a text, a nested value — gets its columns from core's layout rule, named after the
 * list ({@code partners}, {@code sensors.model}, {@code notes.fr}); a list inside the item is a
 * list column of its layout in turn, with a sheet of its own.
 */
final class ItemType {
  /** An item of a list, wrapped. */
  record Item(Object value) {}

  private ItemType() {}

  /** The struct of an item of the list in {@code column}, its one property named {@code name}. */
  @SuppressWarnings("unchecked")
  static StructType<Item> of(String name, Column column) {
    ValueType<Object> element = (ValueType<Object>) ((ListType<?>) column.valueType()).element();
    return StructType.positional("item", Item.class, values -> new Item(values.next()))
        .add(name, element, Item::value)
        .build();
  }
}
