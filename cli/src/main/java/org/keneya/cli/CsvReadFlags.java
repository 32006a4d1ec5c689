package org.keneya.cli;

import org.jspecify.annotations.Nullable;
import org.keneya.io.csv.CsvOptions;
import picocli.CommandLine.Option;

/** The CSV options of commands that only read data ({@code report}, {@code validate}), as a picocli mixin. */
final class CsvReadFlags {
  @Option(names = "--delimiter", paramLabel = "CHAR", description = {"CSV separator, ',' or ';'.", "  Default: detected"})
  @Nullable Character delimiter;

  @Option(names = "--formula-guard", description = "The CSV was written with the formula guard: remove it when reading.")
  boolean formulaGuard;

  @Option(names = "--kind", paramLabel = "KIND",
      description = {"The kind of a single .csv table.", "  Default: the file's stem, as in recommendation.csv"})
  @Nullable String kind;

  CsvOptions options() {
    CsvOptions options = CsvOptions.defaults().formulaGuard(formulaGuard);
    return delimiter == null ? options : options.delimiter(CsvFlags.checkDelimiter(delimiter));
  }
}
