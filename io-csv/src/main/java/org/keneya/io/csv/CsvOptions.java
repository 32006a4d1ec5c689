package org.keneya.io.csv;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.value.LocalizedText;

/**
 * How tables are written and read. Defaults: {@code ,} separated, no byte-order mark, {@code \n}
 * line ends, no formula guard, specialized row writers ({@link #specializedWriters(boolean)});
 * reading detects the separator and accepts a BOM and either line end.
 *
 * <p>The formula guard (opt-in, for files opened in a spreadsheet) prefixes a text cell that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a TAB or a carriage return (OWASP's list for CSV
 * injection) with an apostrophe, so spreadsheets show it as text instead of evaluating it. Text
 * that already starts with an apostrophe gets one more, so reading with the guard on removes
 * exactly one leading apostrophe and the round trip stays lossless. A single table written with
 * the guard must be read with it; a folder or zip declares it in its {@code datapackage.json}
 * ({@code "keneya:formulaGuard": true}), which reading follows whatever the options say. Numbers,
 * codes, ids and list cells are never prefixed. Files written before TAB and carriage return were
 * guarded read the same: the reader's rule did not change.
 *
 * <p>Reading applies {@link ReadLimits} ({@link ReadLimits#defaults()} unless set with {@link
 * #limits(ReadLimits)}), so that a hostile table, folder or zip is refused with a {@code
 * MalformedInputException} naming its place and the limit, instead of exhausting memory or time:
 *
 * <ul>
 *   <li>a text cell holds at most {@code maxTextLength} characters and no lone UTF-16 surrogate; a
 *       list cell, which holds a list's texts, up to 16 times as many (the CSV parser refuses a
 *       longer cell before buffering it whole);
 *   <li>a number cell is at most {@code maxNumberLength} digits in plain notation, checked before
 *       it is parsed, and is read in its normal form ({@code 1E+2} as {@code 100});
 *   <li>a list cell holds at most {@code maxListLength} elements, and its JSON is read under the
 *       nesting, text and number limits;
 *   <li>{@code datapackage.json} is read under the nesting, text and number limits, lists at most
 *       {@code maxListLength} resources and is at most {@code maxEntryBytes} long;
 *   <li>a zip has at most {@code maxZipEntries} entries (skipped ones included), each inflating to
 *       at most {@code maxEntryBytes} and all together to {@code maxTotalBytes}, none with a
 *       compression ratio above {@code maxCompressionRatio} once past {@link
 *       ReadLimits#RATIO_THRESHOLD_BYTES}; no entry is buffered past its limit.
 * </ul>
 *
 * <p>{@link #frenchSpreadsheet()} is the named option set for spreadsheets in French: the above
 * with decimal commas and {@code dd/mm/yyyy} dates, declared in {@code datapackage.json}.
 *
 * <pre>{@code
 * CsvOptions excelFr = CsvOptions.frenchSpreadsheet();
 * CsvOptions small = CsvOptions.defaults().limits(ReadLimits.builder().maxEntryBytes(50L << 20).build());
 * }</pre>
 */
public final class CsvOptions {
  private static final CsvOptions DEFAULTS =
      new CsvOptions(',', false, false, false, Optional.empty(), false, true, ReadLimits.defaults(), true, false);

  private final char delimiter;
  private final boolean bom;
  private final boolean crlf;
  private final boolean formulaGuard;
  private final Optional<ImmutableList<String>> languages;
  private final boolean explicitDelimiter;
  private final boolean checkReferences;
  private final ReadLimits limits;
  private final boolean specializedWriters;
  private final boolean frenchNumbersAndDates;

  private CsvOptions(
      char delimiter, boolean bom, boolean crlf, boolean formulaGuard, Optional<ImmutableList<String>> languages,
      boolean explicitDelimiter, boolean checkReferences, ReadLimits limits, boolean specializedWriters,
      boolean frenchNumbersAndDates) {
    this.delimiter = delimiter;
    this.bom = bom;
    this.crlf = crlf;
    this.formulaGuard = formulaGuard;
    this.languages = languages;
    this.explicitDelimiter = explicitDelimiter;
    this.checkReferences = checkReferences;
    this.limits = limits;
    this.specializedWriters = specializedWriters;
    this.frenchNumbersAndDates = frenchNumbersAndDates;
  }

  public static CsvOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The French spreadsheet profile: what Excel and LibreOffice in French write and read as numbers
   * and dates — {@code ;} separated, a UTF-8 byte-order mark, CRLF line ends, the formula guard on,
   * and {@linkplain #frenchNumbersAndDates(boolean) decimal commas and {@code dd/mm/yyyy} dates}.
   *
   * <p>A folder or zip written with it declares it in its {@code datapackage.json} (Table Schema's
   * {@code decimalChar}, {@code groupChar} and date {@code format %d/%m/%Y} on the fields, the CSV
   * dialect, and {@code "keneya:profile": "fr"} and {@code "keneya:formulaGuard": true} on the
   * package), so that a Frictionless reader parses its numbers and dates and Keneya's reader needs
   * no option to read it. A single table has no descriptor: read it with this profile (an error
   * at a decimal comma read without it says so).
   *
   * <pre>{@code
   * CsvCodec csv = CsvCodec.create(registry, CsvOptions.frenchSpreadsheet());
   * csv.writeZip(dataset, out);                                    // opens in Excel or LibreOffice in French
   * Dataset back = CsvCodec.create(registry).readZip(in);          // the profile comes from datapackage.json
   * List<Station> rows = csv.readTable(Station.KIND, table, "station.csv"); // a single table needs it
   * }</pre>
   */
  public static CsvOptions frenchSpreadsheet() {
    return FRENCH_SPREADSHEET;
  }

  private static final CsvOptions FRENCH_SPREADSHEET =
      DEFAULTS.delimiter(';').bom(true).crlf(true).formulaGuard(true).frenchNumbersAndDates(true);

  /**
   * Whether number and date cells are written and read as a spreadsheet in French writes them
   * (off by default; on in {@link #frenchSpreadsheet()}):
   *
   * <ul>
   *   <li>a number — a column whose value type is an integer, a decimal, a money amount or a defined
   *       scalar written as a JSON integer or number ({@code ScalarType.Token}), such as {@code
   *       longInteger()} and {@code finiteDouble()} — has a decimal comma ({@code 1234,50}) and no
   *       thousands separator when written; reading accepts none or a space between groups of three
   *       digits (U+0020, the no-break space U+00A0 or the narrow no-break space U+202F, as in {@code
   *       1 234,50}), and refuses a decimal point, naming the cell: a spreadsheet in French would
   *       have read {@code 1.5} as text, so a point there means the cell was not what it seems;
   *   <li>a date — a column whose value type is a date, wherever the layout puts one (a date
   *       range's ends, a deadline's date…) — is {@code dd/mm/yyyy} ({@code 31/12/2024}); reading
   *       refuses another form, naming the cell.
   * </ul>
   *
   * Which cells are numbers and dates comes from the columns' value types, never from the text. Other
   * cells are unchanged: texts, codes, ids, instants and offset date-times (ISO 8601), years. Lists,
   * which a cell holds as JSON, stay JSON, numbers with a decimal point and dates {@code
   * yyyy-mm-dd} inside them.
   */
  public CsvOptions frenchNumbersAndDates(boolean on) {
    return new CsvOptions(delimiter, bom, crlf, formulaGuard, languages, explicitDelimiter, checkReferences, limits, specializedWriters, on);
  }

  /** {@code ,} or {@code ;} — for writing, and for reading instead of detecting it. */
  public CsvOptions delimiter(char newDelimiter) {
    checkArgument(newDelimiter == ',' || newDelimiter == ';', "the delimiter must be ',' or ';', was '%s'", newDelimiter);
    return new CsvOptions(newDelimiter, bom, crlf, formulaGuard, languages, true, checkReferences, limits, specializedWriters, frenchNumbersAndDates);
  }

  /**
   * Whether written files start with a UTF-8 byte-order mark (spreadsheets then detect UTF-8). The
   * mark is for spreadsheets: Frictionless readers such as datapackage-js read it as part of the
   * first column's name, and no {@code encoding} in {@code datapackage.json} makes them drop it, so
   * the descriptor's {@code description} then says to export without it for those readers.
   */
  public CsvOptions bom(boolean on) {
    return new CsvOptions(delimiter, on, crlf, formulaGuard, languages, explicitDelimiter, checkReferences, limits, specializedWriters, frenchNumbersAndDates);
  }

  /** Whether written lines end with CRLF instead of LF. */
  public CsvOptions crlf(boolean on) {
    return new CsvOptions(delimiter, bom, on, formulaGuard, languages, explicitDelimiter, checkReferences, limits, specializedWriters, frenchNumbersAndDates);
  }

  /** See the class documentation. */
  public CsvOptions formulaGuard(boolean on) {
    return new CsvOptions(delimiter, bom, crlf, on, languages, explicitDelimiter, checkReferences, limits, specializedWriters, frenchNumbersAndDates);
  }

  /**
   * The languages of localized-text columns when writing a single table row by row (a whole
   * dataset's tables use the languages its data has).
   */
  public CsvOptions languages(List<String> tags) {
    tags.forEach(LocalizedText::checkLanguage);
    return new CsvOptions(delimiter, bom, crlf, formulaGuard, Optional.of(ImmutableList.copyOf(tags)), explicitDelimiter, checkReferences, limits, specializedWriters, frenchNumbersAndDates);
  }

  /**
   * Whether reading a folder or zip refuses a reference to a row no table has (the default).
   * Off, such references are read as they are, for {@code Dataset#validate()} to list them all
   * instead of stopping at the first.
   */
  public CsvOptions checkReferences(boolean on) {
    return new CsvOptions(delimiter, bom, crlf, formulaGuard, languages, explicitDelimiter, on, limits, specializedWriters, frenchNumbersAndDates);
  }

  /**
   * Whether rows are written by writers specialized to each struct type (the default): for each
   * struct of a kind's table, on its first row, the codec defines a hidden class ({@link
   * java.lang.invoke.MethodHandles.Lookup#defineHiddenClassWithClassData}) whose constants are the
   * struct's accessors and cells, so that the JIT compiles its properties as if written by hand. Off,
   * every row is written by the generic walk over the kind's description (as a struct with more
   * properties than a specialized writer has slots always is). The bytes written are the same either
   * way; reading is not affected.
   *
   * <p>Turn them off where defining classes at run time is forbidden or unwelcome (a security
   * policy or agent that refuses hidden classes, a native image, a class-count budget), to debug or
   * profile the writing of a row with ordinary stack frames, or when writing only a few rows of many
   * kinds, where defining and compiling a class per struct costs more than it saves.
   */
  public CsvOptions specializedWriters(boolean on) {
    return new CsvOptions(delimiter, bom, crlf, formulaGuard, languages, explicitDelimiter, checkReferences, limits, on, frenchNumbersAndDates);
  }

  /** The limits reading applies (see the class documentation); the defaults unless set. */
  public CsvOptions limits(ReadLimits newLimits) {
    Objects.requireNonNull(newLimits, "limits");
    return new CsvOptions(delimiter, bom, crlf, formulaGuard, languages, explicitDelimiter, checkReferences, newLimits, specializedWriters, frenchNumbersAndDates);
  }

  public char delimiter() {
    return delimiter;
  }

  /** Whether the delimiter was set, rather than detected when reading. */
  public boolean explicitDelimiter() {
    return explicitDelimiter;
  }

  public boolean bom() {
    return bom;
  }

  public boolean crlf() {
    return crlf;
  }

  public boolean formulaGuard() {
    return formulaGuard;
  }

  public Optional<ImmutableList<String>> languages() {
    return languages;
  }

  public boolean checkReferences() {
    return checkReferences;
  }

  /** The limits reading applies: {@link ReadLimits#defaults()} unless set. */
  public ReadLimits limits() {
    return limits;
  }

  /** Whether numbers have a decimal comma and dates are {@code dd/mm/yyyy}; see {@link #frenchNumbersAndDates(boolean)}. */
  public boolean frenchNumbersAndDates() {
    return frenchNumbersAndDates;
  }

  /** Whether rows are written by specialized writers; see {@link #specializedWriters(boolean)}. */
  public boolean specializedWriters() {
    return specializedWriters;
  }
}
