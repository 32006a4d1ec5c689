package org.keneya.core.internal.table;

import org.keneya.core.codec.ReadLimits;

/**
 * A format's encoding of whole values in cells: the {@link WholeValueCell} of each {@link
 * Column.Type#VALUE} column of a layout. Layouts are cached per struct type, languages and
 * encoding, so an encoding is one long-lived object (a constant) compared by identity.
 */
@FunctionalInterface
public interface WholeValueCells {
  /**
   * The cell encoding of {@code column}, whose value is optional when {@code optional} (its empty
   * list then has a cell of its own, since an empty cell means absent), read under {@code limits}.
   */
  WholeValueCell cell(Column column, boolean optional, ReadLimits limits);
}
