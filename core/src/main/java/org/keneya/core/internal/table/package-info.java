/**
 * The description of a kind's table, shared by Keneya's tabular codecs — the CSV codec and the
 * Excel codec (its sheets are made from the same columns): which columns a kind
 * has and in what order, how nested values flatten into cells (a struct into dotted columns,
 * localized text into one column per language, an optional nested value with a presence column),
 * the text of each scalar cell, and how a row of cells is read back into a value under the read
 * limits. What is a format's own — quoting, a formula guard, how a whole value such as a list is
 * encoded in its one cell ({@link org.keneya.core.internal.table.WholeValueCells}), a descriptor
 * such as {@code datapackage.json} — stays in the format's module.
 *
 * <p>Not API: it changes without notice, and once the modules have {@code module-info} files this
 * package will be exported only to Keneya's own modules. Nothing here knows a format library nor a
 * domain.
 */
@NullMarked
package org.keneya.core.internal.table;

import org.jspecify.annotations.NullMarked;
