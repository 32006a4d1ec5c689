package org.keneya.io.xlsx.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.jspecify.annotations.Nullable;
import org.keneya.core.internal.table.Column;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.ValueType;

/**
 * Between a layout's cell text (core's canonical text of a value) and an Excel cell: dates as real
 * dates shown {@code dd/mm/yyyy}, numbers as numbers when Excel holds them exactly, booleans as
 * booleans, anything else as text; and back, from whatever a person typed.
 */
final class CellValues {
  /** The format dates are shown in. */
  static final String DATE_FORMAT = "dd/mm/yyyy";

  /** Excel holds 15 significant digits exactly. */
  private static final int EXCEL_DIGITS = 15;

  /** The first day Excel shows as itself: its serial 60 is the 29 February 1900 that never was. */
  private static final LocalDate FIRST_DATE = LocalDate.of(1900, 3, 1);

  private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{4})");

  /**
   * The first day a partial date's column writes as a date cell: serial 10000. A whole number below
   * is read there as a year (a person types {@code 2014}), so no date cell may hold one.
   */
  private static final LocalDate FIRST_PARTIAL_DATE_CELL = LocalDate.of(1899, 12, 30).plusDays(10_000);

  private CellValues() {}

  /** What a column's cells hold, for Excel. */
  enum Kind {
    TEXT,
    DATE,
    /**
     * A {@linkplain ValueType#partialDate() partial date}: a day as a date cell, a month or a year
     * as text; a whole number typed below 10000 is a year.
     */
    PARTIAL_DATE,
    NUMBER,
    BOOLEAN,
    /** Ids, codes, references…: text that spaces around it never belong to. */
    TOKEN
  }

  /** The kind of cell of {@code column}. */
  static Kind kindOf(Column column) {
    switch (column.type()) {
      case LANGUAGE:
        return Kind.TEXT;
      case PRESENCE:
        return Kind.BOOLEAN;
      case VALUE:
        return Kind.TOKEN;
      default:
        break;
    }
    ScalarType<?> scalar = column.scalar();
    switch (scalar.scalar()) {
      case STRING:
        return Kind.TEXT;
      case DATE:
        return Kind.DATE;
      case BOOLEAN:
        return Kind.BOOLEAN;
      case INTEGER:
      case DECIMAL:
        return Kind.NUMBER;
      case DEFINED:
        if (scalar.equals(ValueType.partialDate())) {
          return Kind.PARTIAL_DATE;
        }
        switch (scalar.token()) {
          case INTEGER:
          case NUMBER:
            return Kind.NUMBER;
          case BOOLEAN:
            return Kind.BOOLEAN;
          default:
            return Kind.TEXT;
        }
      default:
        return Kind.TOKEN;
    }
  }

  /** Writes the non-empty cell text {@code text} of a column of {@code kind} at row {@code r}, column {@code c}. */
  static void write(Worksheet sheet, int r, int c, Kind kind, String text) {
    switch (kind) {
      case DATE: {
        LocalDate date = excelDate(text);
        if (date != null) {
          sheet.value(r, c, date);
          sheet.style(r, c).format(DATE_FORMAT).set();
          return;
        }
        break;
      }
      case PARTIAL_DATE: {
        LocalDate date = text.length() == 10 ? excelDate(text) : null; // a day; a month or a year stays text
        if (date != null && !date.isBefore(FIRST_PARTIAL_DATE_CELL)) {
          sheet.value(r, c, date);
          sheet.style(r, c).format(DATE_FORMAT).set();
          return;
        }
        break;
      }
      case NUMBER: {
        BigDecimal number = exactNumber(text);
        if (number != null) {
          sheet.value(r, c, number);
          return;
        }
        break;
      }
      case BOOLEAN:
        if (text.equals("true") || text.equals("false")) {
          sheet.value(r, c, Boolean.valueOf(text));
          return;
        }
        break;
      default:
        break;
    }
    // inline: FastExcel would keep every shared string in memory until the end
    sheet.inlineString(r, c, escapeEdges(escape(text)));
  }

  /**
   * Escaped text with the whitespace at either end as {@code _xHHHH_} too: an inline string's
   * {@code <t>} has no {@code xml:space="preserve"} in FastExcel, without which Excel may trim it.
   */
  static String escapeEdges(String escaped) {
    int start = 0;
    int end = escaped.length();
    while (start < end && isXmlSpace(escaped.charAt(start))) {
      start++;
    }
    while (end > start && isXmlSpace(escaped.charAt(end - 1))) {
      end--;
    }
    if (start == 0 && end == escaped.length()) {
      return escaped;
    }
    StringBuilder out = new StringBuilder(escaped.length() + 16);
    escapeAll(escaped, 0, start, out);
    out.append(escaped, start, end);
    escapeAll(escaped, end, escaped.length(), out);
    return out.toString();
  }

  private static boolean isXmlSpace(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\n';
  }

  private static void escapeAll(String text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      out.append(String.format(java.util.Locale.ROOT, "_x%04X_", (int) text.charAt(i)));
    }
  }

  private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  /**
   * Text as OOXML keeps what XML cannot hold: a control character (but tab and line feed), a
   * carriage return, a lone surrogate or U+FFFE/U+FFFF as {@code _xHHHH_}, as Excel writes them
   * (FastExcel drops them), and a {@code _xHHHH_} of the text itself with its underscore escaped.
   */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean escaped = (ch < 0x20 && ch != '\t' && ch != '\n') || ch == 0xFFFE || ch == 0xFFFF
          || (Character.isHighSurrogate(ch) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))))
          || (Character.isLowSurrogate(ch) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))))
          || (ch == '_' && ESCAPED.matcher(text).region(i, text.length()).lookingAt());
      if (escaped && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (escaped) {
          out.append(String.format(java.util.Locale.ROOT, "_x%04X_", (int) ch));
        } else {
          out.append(ch);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /** The text of an OOXML string, its {@code _xHHHH_} escapes decoded. */
  static String unescape(String text) {
    if (text.indexOf("_x") < 0) {
      return text;
    }
    Matcher m = ESCAPED.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The date of an ISO text that Excel shows as a date, or null (kept as text). */
  private static @Nullable LocalDate excelDate(String text) {
    try {
      LocalDate date = LocalDate.parse(text);
      return date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE) ? null : date;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The number of a canonical number text that Excel holds exactly and that reads back as the
   * same text: at most 15 significant digits, within Excel's range, no trailing zero after the
   * point (a decimal's scale, which a number cell does not keep); else null (kept as text).
   */
  static @Nullable BigDecimal exactNumber(String text) {
    BigDecimal number;
    try {
      number = new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
    if (number.precision() > EXCEL_DIGITS || number.scale() > 2 * EXCEL_DIGITS
        || number.precision() - number.scale() > EXCEL_DIGITS) {
      return null;
    }
    return canonical(number).equals(text) ? number : null;
  }

  /** The plain text of a number with no trailing zero after the point. */
  static String canonical(BigDecimal number) {
    BigDecimal stripped = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  /** Why a cell cannot be read. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * The cell text of {@code cell} in a column of {@code kind} ({@code null}: the owner and position
   * columns of a list sheet, which are tokens), the empty string for an empty cell.
   *
   * @throws Unreadable with the reason, for an Excel error or a formula without a cached value
   */
  static String read(@Nullable Cell cell, Kind kind, boolean date1904) throws Unreadable {
    if (cell == null) {
      return "";
    }
    switch (cell.getType()) {
      case EMPTY:
        return "";
      case ERROR:
        throw new Unreadable("the cell holds the Excel error " + cell.getRawValue());
      case BOOLEAN:
        return Boolean.TRUE.equals(cell.asBoolean()) ? "true" : "false";
      case NUMBER:
        return number(new BigDecimal(cell.getRawValue()), kind, date1904);
      case FORMULA: {
        String cached = cell.getRawValue();
        if (cached == null || cached.isEmpty()) {
          throw new Unreadable("a formula (=" + cell.getFormula() + ") with no value computed; open the workbook in "
              + "a spreadsheet and save it, or type the value");
        }
        if (kind == Kind.BOOLEAN && (cached.equals("1") || cached.equals("0"))) {
          return cached.equals("1") ? "true" : "false"; // a boolean formula's value is cached as 1 or 0
        }
        BigDecimal number = kind == Kind.TEXT ? null : numberOrNull(cached.strip());
        return number != null ? number(number, kind, date1904) : text(unescape(cached), kind);
      }
      default:
        return text(cell.getRawValue() == null ? "" : unescape(cell.getText()), kind);
    }
  }

  private static @Nullable BigDecimal numberOrNull(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String number(BigDecimal raw, Kind kind, boolean date1904) throws Unreadable {
    if (kind == Kind.DATE) {
      return serialDate(raw, date1904).toString();
    }
    if (kind == Kind.PARTIAL_DATE) {
      boolean whole = raw.signum() == 0 || raw.stripTrailingZeros().scale() <= 0;
      return whole && raw.compareTo(BigDecimal.valueOf(10_000)) < 0 && raw.signum() >= 0
          ? String.format(java.util.Locale.ROOT, "%04d", raw.intValue()) // a year typed as a number (2014, 2014.0)
          : serialDate(raw, date1904).toString();
    }
    // what Excel shows: 15 significant digits (0.1 + 0.2 is stored 0.30000000000000004)
    return canonical(raw.round(new MathContext(EXCEL_DIGITS)));
  }

  /** The day of an Excel date serial number. */
  static LocalDate serialDate(BigDecimal serial, boolean date1904) throws Unreadable {
    if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
      throw new Unreadable("the number " + canonical(serial) + " is not a date Excel shows");
    }
    if (serial.stripTrailingZeros().scale() > 0) {
      throw new Unreadable("a date and time; a date is expected, with no time of day");
    }
    long days = serial.longValueExact();
    if (date1904) {
      return LocalDate.of(1904, 1, 1).plusDays(days);
    }
    if (days == 60) {
      throw new Unreadable("29/02/1900, a day that did not exist");
    }
    return days < 60 ? LocalDate.of(1899, 12, 31).plusDays(days) : LocalDate.of(1899, 12, 30).plusDays(days);
  }

  /** Text as a person typed it: free text as it is, anything else without the spaces around it, dates dd/mm/yyyy too. */
  private static String text(String text, Kind kind) {
    if (kind == Kind.TEXT) {
      return text;
    }
    String stripped = text.strip();
    if (kind == Kind.BOOLEAN) { // typed rather than picked: TRUE, Vrai, faux…
      String lower = stripped.toLowerCase(java.util.Locale.ROOT);
      return lower.equals("true") || lower.equals("vrai") ? "true" : lower.equals("false") || lower.equals("faux") ? "false" : stripped;
    }
    if (kind == Kind.PARTIAL_DATE) {
      Matcher m = MONTH_YEAR.matcher(stripped);
      if (m.matches()) {
        int month = Integer.parseInt(m.group(1));
        return month >= 1 && month <= 12 ? m.group(2) + "-" + (month < 10 ? "0" : "") + month : stripped;
      }
    }
    if (kind == Kind.DATE || kind == Kind.PARTIAL_DATE) {
      Matcher m = DAY_MONTH_YEAR.matcher(stripped);
      if (m.matches()) {
        try {
          return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
              .toString();
        } catch (java.time.DateTimeException e) {
          return stripped; // refused by the layout, naming the cell
        }
      }
    }
    return stripped;
  }
}
