package org.keneya.fuzz;

/** The inputs Keneya reads, one per reader: what a fuzz case feeds and the extension its reproduction gets. */
enum Format {
  /** One JSON document, {@code JsonCodec}. */
  JSON("json"),
  /** JSON Lines, {@code JsonLines}. */
  JSONL("jsonl"),
  /** CSV tables in a zip, {@code CsvCodec.readZip}. */
  ZIP("zip"),
  /** CSV tables in a folder, {@code CsvCodec.readFolder}; its files are kept by relative name. */
  FOLDER("folder"),
  /** A single CSV table of one kind, {@code CsvCodec.readTable}. */
  TABLE("csv");

  final String extension;

  Format(String extension) {
    this.extension = extension;
  }

  /** Whether the input is one byte string (every format but a folder). */
  boolean isBytes() {
    return this != FOLDER;
  }
}
