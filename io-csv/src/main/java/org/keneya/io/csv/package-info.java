/**
 * CSV for Keneya: {@link org.keneya.io.csv.CsvCodec} writes and reads a dataset as one table per
 * kind with a Frictionless {@code datapackage.json}, in a folder or a zip, and single tables for
 * spreadsheets ({@link org.keneya.io.csv.TableWriter}, {@link org.keneya.io.csv.TableReader}),
 * driven by core's description of kinds.
 */
@NullMarked
package org.keneya.io.csv;

import org.jspecify.annotations.NullMarked;
