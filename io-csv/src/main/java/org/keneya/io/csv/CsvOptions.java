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
 * exactly one leading apostrophe and the round trip stays lossless. A file written with the guard
 * must be read with it. Numbers, codes, ids and list cells are never prefixed. Files written before
 * TAB and carriage return were guarded read the same: the reader's rule did not change.
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
 * <pre>{@code
 * CsvOptions excelFr = CsvOptions.defaults().delimiter(';').bom(true).crlf(true).formulaGuard(true);
 * CsvOptions small = CsvOptions.defaults().limits(ReadLimits.builder().maxEntryBytes(50L << 20).build());
 * }</pre>
 */
public final class CsvOptions {
  private static final CsvOptions DEFAULTS =
      new CsvOptions(',', false, false, false, Optional.empty(), false, true, ReadLimits.defaults(), true);

  private final char delimiter;
  private final boolean bom;
  private final boolean crlf;
  private final boolean formulaGuard;
  private final Optional<ImmutableList<String>> languages;
  private final boolean explicitDelimiter;
  private final boolean checkReferences;
  private final ReadLimits limits;
  private final boolean specializedWriters;

  private CsvOptions(
      char delimiter, boolean bom, boolean crlf, boolean formulaGuard, Optional<ImmutableList<String>> languages,
      boolean explicitDelimiter, boolean checkReferences, ReadLimits limits, boolean specializedWriters) {
    this.delimiter = delimiter;
    this.bom = bom;
    this.crlf = crlf;
    this.formulaGuard = formulaGuard;
    this.languages = languages;
    this.explicitDelimiter = explicitDelimiter;
    this.checkReferences = checkReferences;
    this.limits = limits;
    this.specializedWriters = specializedWriters;
  }

  public static CsvOptions defaults() {
    return DEFAULTS;
  }

  /** {@code ,} or {@code ;} — for writing, and for reading instead of detecting it. */
  public CsvOptions delimiter(char newDelimiter) {
    checkArgument(newDelimiter == ',' || newDelimiter == ';', "the delimiter must be ',' or ';', was '%s'", newDelimiter);
    return new CsvOptions(newDelimiter, bom, crlf, formulaGuard, languages, true, checkReferences, limits, specializedWriters);
  }

  /**
   * Whether written files start with a UTF-8 byte-order mark (spreadsheets then detect UTF-8). The
   * mark is for spreadsheets: Frictionless readers such as datapackage-js read it as part of the
   * first column's name, and no {@code encoding} in {@code datapackage.json} makes them drop it, so
   * the descriptor's {@code description} then says to export without it for those readers.
   */
  public CsvOptions bom(boolean on) {
    return new CsvOptions(delimiter, on, crlf, formulaGuard, languages, explicitDelimiter, checkReferences, limits, specializedWriters);
  }

  /** Whether written lines end with CRLF instead of LF. */
  public CsvOptions crlf(boolean on) {
    return new CsvOptions(delimiter, bom, on, formulaGuard, languages, explicitDelimiter, checkReferences, limits, specializedWriters);
  }

  /** See the class documentation. */
  public CsvOptions formulaGuard(boolean on) {
    return new CsvOptions(delimiter, bom, crlf, on, languages, explicitDelimiter, checkReferences, limits, specializedWriters);
  }

  /**
   * The languages of localized-text columns when writing a single table row by row (a whole
   * dataset's tables use the languages its data has).
   */
  public CsvOptions languages(List<String> tags) {
    tags.forEach(LocalizedText::checkLanguage);
    return new CsvOptions(delimiter, bom, crlf, formulaGuard, Optional.of(ImmutableList.copyOf(tags)), explicitDelimiter, checkReferences, limits, specializedWriters);
  }

  /**
   * Whether reading a folder or zip refuses a reference to a row no table has (the default).
   * Off, such references are read as they are, for {@code Dataset#validate()} to list them all
   * instead of stopping at the first.
   */
  public CsvOptions checkReferences(boolean on) {
    return new CsvOptions(delimiter, bom, crlf, formulaGuard, languages, explicitDelimiter, on, limits, specializedWriters);
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
    return new CsvOptions(delimiter, bom, crlf, formulaGuard, languages, explicitDelimiter, checkReferences, limits, on);
  }

  /** The limits reading applies (see the class documentation); the defaults unless set. */
  public CsvOptions limits(ReadLimits newLimits) {
    Objects.requireNonNull(newLimits, "limits");
    return new CsvOptions(delimiter, bom, crlf, formulaGuard, languages, explicitDelimiter, checkReferences, newLimits, specializedWriters);
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

  /** Whether rows are written by specialized writers; see {@link #specializedWriters(boolean)}. */
  public boolean specializedWriters() {
    return specializedWriters;
  }
}
