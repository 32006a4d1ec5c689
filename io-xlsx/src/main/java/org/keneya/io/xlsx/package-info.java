/**
 * Excel workbooks for Keneya: {@link org.keneya.io.xlsx.XlsxCodec} writes a dataset as a workbook
 * a person can edit — a sheet describing it, a sheet per kind, a sheet per list property, real
 * dates and numbers — and reads back what the person edited, driven by core's description of kinds.
 */
@NullMarked
package org.keneya.io.xlsx;

import org.jspecify.annotations.NullMarked;
