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

  @Option(names = "--profile", paramLabel = "PROFILE", completionCandidates = CsvFlags.Profiles.class,
      description = {"fr: a single .csv table written with the French spreadsheet profile (decimal commas, dates as "
          + "dd/mm/yyyy, the formula guard). A zip or folder says its profile in datapackage.json.",
          "  Default: none (canonical cells)"})
  @Nullable String profile;

  @Option(names = "--kind", paramLabel = "KIND",
      description = {"The kind of a single .csv table.", "  Default: the file's stem, as in recommendation.csv"})
  @Nullable String kind;

  CsvOptions options() {
    CsvOptions options = CsvFlags.base(profile);
    options = options.formulaGuard(formulaGuard || options.formulaGuard());
    return delimiter == null ? options : options.delimiter(CsvFlags.checkDelimiter(delimiter));
  }
}
