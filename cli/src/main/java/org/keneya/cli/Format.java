package org.keneya.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The formats the command line reads and writes, chosen by a path's extension or by {@code
 * --from}/{@code --to}: {@code .json}, {@code .jsonl}, {@code .zip} (CSV tables), {@code .csv} (one
 * table), {@code .xlsx} (an Excel workbook) and a folder of CSV tables (an existing directory or a
 * path without extension).
 */
enum Format {
  /** One JSON document per dataset ({@code JsonCodec}). */
  JSON("a JSON dataset"),
  /** JSON Lines, one entity a line ({@code JsonLines}); streamed. */
  JSONL("JSON Lines"),
  /** A zip of CSV tables and {@code datapackage.json}. */
  ZIP("a zip of CSV tables"),
  /** A folder of CSV tables and {@code datapackage.json}. */
  FOLDER("a folder of CSV tables"),
  /** One table of one kind, for spreadsheets; streamed. */
  CSV("a single CSV table"),
  /** An Excel workbook ({@code XlsxCodec}): a sheet per kind and per list, dropdowns on codes and references. */
  XLSX("an Excel workbook");

  private final String description;

  Format(String description) {
    this.description = description;
  }

  /** The name {@code --from} and {@code --to} take, in lower case. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  String description() {
    return description;
  }

  /** Whether entities can be read or written one at a time, in constant memory. */
  boolean streams() {
    return this == JSONL || this == CSV;
  }

  /**
   * The format {@code path} names: {@code forced} when given, else a directory is a folder, else
   * the extension decides, and a path without extension is a folder.
   */
  private static Format of(Path path, @Nullable Format forced) {
    if (forced != null) {
      return forced;
    }
    if (Files.isDirectory(path)) {
      return FOLDER;
    }
    String extension = extension(path);
    switch (extension) {
      case "json":
        return JSON;
      case "jsonl":
      case "ndjson":
        return JSONL;
      case "zip":
        return ZIP;
      case "csv":
        return CSV;
      case "xlsx":
        return XLSX;
      case "":
        return FOLDER;
      default:
        throw CliException.usage(path + ": unknown format \"." + extension
            + "\"; use .json, .jsonl, .zip, .csv, .xlsx or a folder, or say which with --from/--to");
    }
  }

  /** Whether {@code path} is {@code -}: standard input as INPUT, standard output as OUTPUT. */
  static boolean isStandard(Path path) {
    return path.toString().equals("-");
  }

  /**
   * As {@link #of(Path, Format)}; a file that exists without an extension, and {@code -} ({@code
   * stream}, "standard input" or "standard output"), must have their format from {@code option}, the
   * latter one of those a stream can hold.
   */
  static Format of(Path path, @Nullable Format forced, String option, String stream) {
    if (!isStandard(path)) {
      if (forced == null && extension(path).isEmpty() && Files.exists(path) && !Files.isDirectory(path)) {
        throw CliException.usage(path + ": a file without extension (a named pipe?); say its format with " + option);
      }
      return of(path, forced);
    }
    if (forced == null) {
      throw CliException.usage(stream + " (-): say its format with " + option + " json, jsonl or csv");
    }
    if (forced == ZIP || forced == FOLDER || forced == XLSX) {
      throw CliException.usage(stream + " (-): " + option + " " + forced + " cannot be read or written as a stream;"
          + " use json, jsonl or csv, or a file");
    }
    return forced;
  }

  /** The lower-case extension of the file name, without the dot; empty when there is none. */
  static String extension(Path path) {
    Path name = path.getFileName();
    String file = name == null ? "" : name.toString();
    int dot = file.lastIndexOf('.');
    return dot <= 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The file name without its extension: {@code recommendation} for {@code out/recommendation.csv}. */
  static String stem(Path path) {
    Path name = path.getFileName();
    String file = name == null ? "" : name.toString();
    int dot = file.lastIndexOf('.');
    return dot <= 0 ? file : file.substring(0, dot);
  }
}
