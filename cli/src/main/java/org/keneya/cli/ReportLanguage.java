package org.keneya.cli;

/**
 * The languages {@code keneya report} is written in, each with the way it writes numbers: French
 * groups thousands with a narrow no-break space (U+202F) and writes decimals with a comma
 * ({@code 1 140 657 000}, {@code 51,71 %}); English groups with a comma and writes decimals with a
 * point ({@code 1,140,657,000}, {@code 51.71%}). The narrow no-break space is the one space French
 * uses in figures, also before {@code %} and a currency, so that a figure never breaks across
 * lines.
 */
enum ReportLanguage {
  FR("fr", "\u202F", ",", "\u202F"),
  EN("en", ",", ".", "");

  /** The one space French puts in figures: between thousands, and before a unit. */
  static final String NARROW_NO_BREAK_SPACE = "\u202F";

  private final String tag;
  private final String grouping;
  private final String decimal;
  private final String beforePercent;

  ReportLanguage(String tag, String grouping, String decimal, String beforePercent) {
    this.tag = tag;
    this.grouping = grouping;
    this.decimal = decimal;
    this.beforePercent = beforePercent;
  }

  /** The language tag, as {@code <html lang>} and {@code LocalizedText} name it: {@code fr}, {@code en}. */
  String tag() {
    return tag;
  }

  /** The other language, which a text the data lacks in this one falls back to. */
  ReportLanguage other() {
    return this == FR ? EN : FR;
  }

  /** The thousands separator. */
  String grouping() {
    return grouping;
  }

  /** The decimal separator. */
  String decimal() {
    return decimal;
  }

  /** What comes between a figure and {@code %}. */
  String beforePercent() {
    return beforePercent;
  }

  @Override
  public String toString() {
    return tag;
  }
}
