/**
 * CSV tables with a Frictionless {@code datapackage.json}, in a folder or a zip, and single tables,
 * on FastCSV (and jackson-core's streaming API for {@code datapackage.json}).
 */
module org.keneya.io.csv {
  requires transitive org.keneya.core;
  requires de.siegmar.fastcsv;
  requires tools.jackson.core;
  requires com.google.common;
  requires static org.jspecify;

  exports org.keneya.io.csv;
}
