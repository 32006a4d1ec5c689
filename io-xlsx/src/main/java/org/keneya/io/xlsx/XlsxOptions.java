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
  private static final XlsxOptions DEFAULTS = new XlsxOptions(ImmutableList.of(), false, ReadLimits.defaults());

  private final ImmutableList<String> languages;
  private final boolean part;
  private final ReadLimits limits;

  private XlsxOptions(ImmutableList<String> languages, boolean part, ReadLimits limits) {
    this.languages = languages;
    this.part = part;
    this.limits = limits;
  }

  /** No extra language column, a whole dataset, the default read limits. */
  public static XlsxOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The languages that get a column for every localized text even when no value uses them, so
   * that a person can fill them in; the languages the data uses always get one.
   */
  public XlsxOptions languages(List<String> languages) {
    return new XlsxOptions(ImmutableList.copyOf(languages), part, limits);
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
    return new XlsxOptions(languages, part, limits);
  }

  /** Whether the workbooks written are marked as a part of a dataset. */
  public boolean part() {
    return part;
  }

  /** The limits reading stays within: the zip's entries, sizes and ratio, and each cell's length. */
  public XlsxOptions limits(ReadLimits limits) {
    return new XlsxOptions(languages, part, Objects.requireNonNull(limits, "limits"));
  }

  /** The limits reading stays within. */
  public ReadLimits limits() {
    return limits;
  }
}
