/**
 * Excel workbooks of Keneya datasets on FastExcel: a sheet per kind and per list property, with
 * dropdowns, real dates and numbers, read back from what a person edited.
 */
module org.keneya.io.xlsx {
  requires transitive org.keneya.core;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;
  requires com.google.common;
  requires static org.jspecify;

  exports org.keneya.io.xlsx;
}
