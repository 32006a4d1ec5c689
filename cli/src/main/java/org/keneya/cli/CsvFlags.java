package org.keneya.cli;

import org.jspecify.annotations.Nullable;
import org.keneya.io.csv.CsvOptions;
import picocli.CommandLine.Option;

/**
 * The CSV options of commands that write data (part of {@link OutputFlags}), as a picocli mixin.
 * Reading needs only {@code --delimiter} (detected otherwise), {@code --formula-guard}, {@code
 * --profile} and {@code --kind}: see {@link CsvReadFlags}. {@code --profile fr} sets the French
 * spreadsheet profile, to which the other flags can add (they cannot take from it).
 */
final class CsvFlags {
  @Option(names = "--delimiter", paramLabel = "CHAR",
      description = {"CSV separator: ',' or ';' (spreadsheets in French and other locales). When reading, it is "
          + "detected unless given.", "  Default: ','"})
  @Nullable Character delimiter;

  @Option(names = "--bom", negatable = true,
      description = "Start CSV files with a UTF-8 byte-order mark, so spreadsheets detect UTF-8. "
          + "Leave it out (--no-bom, with --profile fr) for Frictionless readers, which take the mark as part of the "
          + "first column's name.")
  @Nullable Boolean bom;

  @Option(names = "--crlf", description = "End CSV lines with CRLF instead of LF.")
  boolean crlf;

  @Option(names = "--formula-guard",
      description = "Prefix text cells starting with = + - @, a TAB or a carriage return with an apostrophe so "
          + "spreadsheets do not evaluate them (lossless: a single table written with it must be read with it; a zip or "
          + "folder declares it in datapackage.json).")
  boolean formulaGuard;

  @Option(names = "--profile", paramLabel = "PROFILE", completionCandidates = CsvFlags.Profiles.class,
      description = {"fr: the French spreadsheet profile, for Excel and LibreOffice in French: ';', a byte-order "
          + "mark, CRLF, the formula guard, decimal commas and dates as dd/mm/yyyy in number and date cells (lists "
          + "stay JSON). A zip or folder declares it in datapackage.json and reads back with no option; a single "
          + ".csv table is read with --profile fr.", "  Default: none (canonical cells)"})
  @Nullable String profile;

  @Option(names = "--kind", paramLabel = "KIND",
      description = {"The kind of a single .csv table.", "  Default: the file's stem, as in recommendation.csv"})
  @Nullable String kind;

  CsvOptions options() {
    CsvOptions options = base(profile);
    options = options.bom(bom == null ? options.bom() : bom).crlf(crlf || options.crlf()).formulaGuard(formulaGuard || options.formulaGuard());
    return delimiter == null ? options : options.delimiter(checkDelimiter(delimiter));
  }

  /** The values of {@code --profile}, for completion and help. */
  static final class Profiles extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Profiles() {
      super(java.util.List.of("fr"));
    }
  }

  /** The options a {@code --profile} starts from: the defaults without one, {@link CsvOptions#frenchSpreadsheet()} for {@code fr}. */
  static CsvOptions base(@Nullable String profile) {
    if (profile == null) {
      return CsvOptions.defaults();
    }
    if (profile.equals("fr")) {
      return CsvOptions.frenchSpreadsheet();
    }
    throw CliException.usage("--profile must be fr (the French spreadsheet profile), was '" + profile + "'");
  }

  static char checkDelimiter(char delimiter) {
    if (delimiter != ',' && delimiter != ';') {
      throw CliException.usage("--delimiter must be ',' or ';', was '" + delimiter + "'");
    }
    return delimiter;
  }
}
