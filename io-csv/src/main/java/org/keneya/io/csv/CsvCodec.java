package org.keneya.io.csv;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.csv.internal.DatasetCsv;

/**
 * A dataset as CSV tables — one {@code <kind>.csv} per kind plus a Frictionless {@code
 * datapackage.json}, in a folder or a zip — and single tables of one kind for spreadsheets. Column
 * names come from the kinds' descriptions, by one rule that makes every value fit a cell: a scalar
 * is one column with its canonical text; localized text is one column per language ({@code
 * name.fr}, {@code name.en}); a nested value is flattened with dotted names ({@code
 * deadline.form}); an optional nested value with no required column of its own gets a presence
 * column named after it; a list is one cell holding a JSON array. An empty cell is an absent value.
 * Output is deterministic; a folder is written completely or not at all; streams passed in are
 * never closed.
 *
 * <pre>{@code
 * KindRegistry registry = KindRegistry.of(new HealthModel()); // the models you choose
 * CsvCodec csv = CsvCodec.create(registry, CsvOptions.defaults().delimiter(';').bom(true));
 * csv.writeFolder(dataset, Path.of("export"));
 * Dataset back = csv.readFolder(Path.of("export"));
 * csv.writeTable(dataset, Recommendation.KIND, out);   // recommendation.csv alone
 * }</pre>
 */
public interface CsvCodec {
  /** The name of the descriptor beside the tables. */
  String DATA_PACKAGE = "datapackage.json";

  /** A codec for the kinds of {@code registry}, with default options. */
  static CsvCodec create(KindRegistry registry) {
    return create(registry, CsvOptions.defaults());
  }

  static CsvCodec create(KindRegistry registry, CsvOptions options) {
    return new DatasetCsv(registry, options);
  }

  /** Writes every kind's table and the descriptor into {@code folder}, which must not exist or be empty. */
  void writeFolder(Dataset dataset, Path folder);

  /**
   * Reads the tables of a folder; references must resolve, and every table its {@code
   * datapackage.json} lists must be there (a folder without one is read as the tables it has).
   * Files and folders whose names start with a dot ({@code .DS_Store}, {@code .git}) and a {@code
   * __MACOSX} folder are skipped; any other file must be the table of a registered kind, and any
   * other folder is refused.
   *
   * <p>The tables' cells are read as the descriptor declares them, whatever the options say: with
   * decimal commas and dates as {@code dd/mm/yyyy} when it names the French spreadsheet profile
   * ({@code "keneya:profile": "fr"}, see {@link CsvOptions#frenchSpreadsheet()}), in canonical form
   * when it names none, and with the formula guard when it declares it ({@code
   * "keneya:formulaGuard": true}; when it does not say, as the options say). A folder without a
   * descriptor is read as the options say.
   */
  Dataset readFolder(Path folder);

  /** Writes every kind's table and the descriptor as entries of one zip. */
  void writeZip(Dataset dataset, OutputStream out);

  /**
   * Reads the tables of a zip, under the same rules as {@link #readFolder}; {@code __MACOSX/}
   * entries, folder entries and files in hidden folders are skipped too. The tables sit at the top
   * of the zip, or all in one folder ({@code export/actor.csv}, as a file manager's "Compress"
   * makes it); a file elsewhere is refused. Bytes that are not a zip, a zip cut short or damaged,
   * an entry name that is not UTF-8, two entries of one name and a zip beyond the {@link
   * CsvOptions#limits() limits} (entries, inflated bytes, compression ratio) are refused with a
   * {@code MalformedInputException} naming the entry, by its path in the zip. The descriptor's
   * profile applies as in {@link #readFolder}.
   */
  Dataset readZip(InputStream in);

  /**
   * Reads the tables of a zip as {@link #readZip(InputStream)} does, naming {@code sourceName} (the
   * zip's file name) in every error: {@code export.zip/actor.csv, row 3, column type}, {@code
   * export.zip/actor.csv: the zip holds two entries of this name}, {@code export.zip: not a zip
   * file}.
   */
  Dataset readZip(InputStream in, String sourceName);

  /** The {@code datapackage.json} describing the tables of {@code dataset}. */
  String dataPackage(Dataset dataset);

  /** Writes the table of one kind, with the languages its data uses. */
  <E extends Entity> void writeTable(Dataset dataset, EntityKind<E> kind, OutputStream out);

  /**
   * Reads the table of one kind; references to other kinds are not checked. A table has no
   * descriptor: one written with {@link CsvOptions#frenchSpreadsheet()} is read with it (a decimal
   * comma or a {@code dd/mm/yyyy} date refused without it says so).
   */
  <E extends Entity> List<E> readTable(EntityKind<E> kind, InputStream in, String sourceName);

  /** Writes one kind's table row by row; localized text gets a column per given language. */
  <E extends Entity> TableWriter<E> tableWriter(EntityKind<E> kind, List<String> languages, OutputStream out);

  /** Reads one kind's table row by row. */
  <E extends Entity> TableReader<E> tableReader(EntityKind<E> kind, InputStream in, String sourceName);
}
