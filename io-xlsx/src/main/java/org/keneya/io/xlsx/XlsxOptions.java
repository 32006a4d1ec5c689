package org.keneya.io.xlsx;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.keneya.core.codec.ReadLimits;

/**
 * Options of an {@link XlsxCodec}: immutable, each setter returns a copy.
 *
 * <pre>{@code
 * XlsxOptions options = XlsxOptions.defaults().languages(List.of("fr", "en")).part(true);
 * }</pre>
 */
public final class XlsxOptions {
  private static final XlsxOptions DEFAULTS = new XlsxOptions(ImmutableList.of(), false, ReadLimits.defaults(), true);

  private final ImmutableList<String> languages;
  private final boolean part;
  private final ReadLimits limits;
  private final boolean checkReferences;

  private XlsxOptions(ImmutableList<String> languages, boolean part, ReadLimits limits, boolean checkReferences) {
    this.languages = languages;
    this.part = part;
    this.limits = limits;
    this.checkReferences = checkReferences;
  }

  /** No extra language column, a whole dataset, the default read limits, references checked. */
  public static XlsxOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The languages that get a column for every localized text even when no value uses them, so
   * that a person can fill them in; the languages the data uses always get one.
   */
  public XlsxOptions languages(List<String> languages) {
    return new XlsxOptions(ImmutableList.copyOf(languages), part, limits, checkReferences);
  }

  /** The languages always given a column. */
  public ImmutableList<String> languages() {
    return languages;
  }

  /**
   * Whether the workbooks written hold a part of a dataset (one actor's follow-up, say) rather than
   * a whole one: the about sheet says so, and merging a part never implies removals.
   */
  public XlsxOptions part(boolean part) {
    return new XlsxOptions(languages, part, limits, checkReferences);
  }

  /** Whether the workbooks written are marked as a part of a dataset. */
  public boolean part() {
    return part;
  }

  /** The limits reading stays within: the zip's entries, sizes and ratio, and each cell's length. */
  public XlsxOptions limits(ReadLimits limits) {
    return new XlsxOptions(languages, part, Objects.requireNonNull(limits, "limits"), checkReferences);
  }

  /** The limits reading stays within. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Whether reading a whole workbook refuses a reference to a record it does not hold, naming its
   * cell (on by default); off, such a reference is left for {@link
   * org.keneya.core.data.Dataset#validate()} to report with every other one. A workbook marked as a
   * part is never checked: it refers to records of the whole that it does not hold.
   */
  public XlsxOptions checkReferences(boolean on) {
    return new XlsxOptions(languages, part, limits, on);
  }

  /** Whether reading a whole workbook checks its references; see {@link #checkReferences(boolean)}. */
  public boolean checkReferences() {
    return checkReferences;
  }
}
