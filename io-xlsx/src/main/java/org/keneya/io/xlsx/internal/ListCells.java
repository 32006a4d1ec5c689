package org.keneya.io.xlsx.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.internal.table.Column;
import org.keneya.core.internal.table.Layout;
import org.keneya.core.internal.table.WholeValueCell;
import org.keneya.core.internal.table.WholeValueCells;

/**
 * The list columns of a kind's layout, whose items live on sheets of their own: writing, a list's
 * cell hands the list to this object (the row's cell is only a marker); reading, the cell holds
 * the owner's id and the list is the one gathered from the list's sheet. One object per layout,
 * used by one thread: the layouts of a workbook are made for it, never cached.
 */
final class ListCells implements WholeValueCells {
  /** The marker a list's cell gets when it is written: the list itself goes to {@link #written}. */
  static final String MARKER = "+";

  private final Map<String, Object> written = new HashMap<>();
  private final Map<String, Map<String, List<Object>>> read = new HashMap<>();
  private final Set<String> optional = new HashSet<>();

  @Override
  public WholeValueCell cell(Column column, boolean optionalList, ReadLimits limits) {
    String name = column.name();
    if (optionalList) {
      optional.add(name);
    }
    return new WholeValueCell() {
      @Override
      public String write(Object value) {
        written.put(name, value);
        return MARKER;
      }

      @Override
      public Object read(String owner, Layout.RowPlace place) {
        Map<String, List<Object>> byOwner = read.get(name);
        @Nullable List<Object> items = byOwner == null ? null : byOwner.get(owner);
        return items == null ? List.of() : List.copyOf(items);
      }
    };
  }

  /** Whether the list of column {@code name} is optional (absent and empty differ). */
  boolean isOptional(String name) {
    return optional.contains(name);
  }

  /** Forgets the lists of the row written before. */
  void startRow() {
    written.clear();
  }

  /** The list of column {@code name} in the row just written, or null when it was empty or absent. */
  @Nullable Object written(String name) {
    return written.get(name);
  }

  /** Sets the items read for each owner of the list of column {@code name}. */
  void setRead(String name, Map<String, List<Object>> byOwner) {
    read.put(name, byOwner);
  }

  /** Whether {@code owner} has items in the list of column {@code name}. */
  boolean hasItems(String name, String owner) {
    Map<String, List<Object>> byOwner = read.get(name);
    return byOwner != null && byOwner.containsKey(owner);
  }
}
