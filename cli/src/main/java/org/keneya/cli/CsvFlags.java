package org.keneya.cli;

import org.jspecify.annotations.Nullable;
import org.keneya.io.csv.CsvOptions;
import picocli.CommandLine.Option;

/**
 * The CSV options of commands that write data (part of {@link OutputFlags}), as a picocli mixin.
 * Reading needs only {@code --delimiter} (detected otherwise), {@code --formula-guard} and {@code
 * --kind}: see {@link CsvReadFlags}.
 */
final class CsvFlags {
  @Option(names = "--delimiter", paramLabel = "CHAR",
      description = {"CSV separator: ',' or ';' (spreadsheets in French and other locales). When reading, it is "
          + "detected unless given.", "  Default: ','"})
  @Nullable Character delimiter;

  @Option(names = "--bom", description = "Start CSV files with a UTF-8 byte-order mark, so spreadsheets detect UTF-8. "
      + "Leave it out for Frictionless readers, which take the mark as part of the first column's name.")
  boolean bom;

  @Option(names = "--crlf", description = "End CSV lines with CRLF instead of LF.")
  boolean crlf;

  @Option(names = "--formula-guard",
      description = "Prefix text cells starting with = + - @, a TAB or a carriage return with an apostrophe so "
          + "spreadsheets do not evaluate them (lossless: a file written with it must be read with it).")
  boolean formulaGuard;

  @Option(names = "--kind", paramLabel = "KIND",
      description = {"The kind of a single .csv table.", "  Default: the file's stem, as in recommendation.csv"})
  @Nullable String kind;

  CsvOptions options() {
    CsvOptions options = CsvOptions.defaults().bom(bom).crlf(crlf).formulaGuard(formulaGuard);
    return delimiter == null ? options : options.delimiter(checkDelimiter(delimiter));
  }

  static char checkDelimiter(char delimiter) {
    if (delimiter != ',' && delimiter != ';') {
      throw CliException.usage("--delimiter must be ',' or ';', was '" + delimiter + "'");
    }
    return delimiter;
  }
}
