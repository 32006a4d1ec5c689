package org.keneya.io.csv.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.Excerpt;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.internal.table.Column;
import org.keneya.core.internal.table.Layout;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.ValueType;

/**
 * The number and date cells of the French spreadsheet profile ({@code
 * CsvOptions#frenchNumbersAndDates}): a row's canonical cells ({@code 1234.50}, {@code 2024-12-31})
 * turned into what a spreadsheet in French writes ({@code 1234,50}, {@code 31/12/2024}) and back.
 * Which columns hold numbers and dates comes from their value types: the columns of a layout are
 * sorted once, when a writer or reader opens. A column of {@linkplain ValueType#partialDate()
 * partial dates} writes a day as {@code 31/12/2024}, a month as {@code 12/2024} and a year as
 * itself, {@code 2024}.
 *
 * <pre>{@code
 * FrenchCells french = FrenchCells.of(layout);
 * french.write(row);                 // after layout.write(entity)
 * french.read(row, place);           // before layout.read(row, place); MalformedInputException naming the cell
 * }</pre>
 */
public final class FrenchCells {
  /** What a reader without the profile says when it meets a cell the profile would have read. */
  public static final String HINT = "this looks like a table written with the French spreadsheet profile "
      + "(decimal comma, dates as dd/mm/yyyy): read it with CsvOptions.frenchSpreadsheet() (--profile fr on the "
      + "command line)";

  /** A number in French: an optional minus, digits (grouped by three with a space, or not), a decimal comma, an exponent. */
  private static final Pattern NUMBER =
      Pattern.compile("-?(?:[0-9]+|[0-9]{1,3}(?:[ \u00A0\u202F][0-9]{3})+)(?:,[0-9]+)?(?:[eE][+-]?[0-9]+)?");
  /** A French number that a canonical reader refuses: one with a decimal comma or grouped digits. */
  private static final Pattern FRENCH_ONLY =
      Pattern.compile("-?(?:[0-9]+|[0-9]{1,3}(?:[ \u00A0\u202F][0-9]{3})+),[0-9]+(?:[eE][+-]?[0-9]+)?|"
          + "-?[0-9]{1,3}(?:[ \u00A0\u202F][0-9]{3})+");
  private static final Pattern DATE = Pattern.compile("([0-9]{2})/([0-9]{2})/([+-]?[0-9]{4,})");
  /** A partial date in French: a year, a month as mm/yyyy, a day as dd/mm/yyyy (years of four digits, as its ISO form). */
  private static final Pattern PARTIAL_DATE = Pattern.compile("(?:(?:([0-9]{2})/)?([0-9]{2})/)?([0-9]{4})");
  /** {@link #PARTIAL_DATE}, as the data package's pattern states it. */
  public static final String PARTIAL_DATE_PATTERN = "([0-9]{2}/)?([0-9]{2}/)?[0-9]{4}";

  private final int[] numbers;
  private final int[] dates;
  private final int[] partialDates;
  private final List<Column> columns;

  private FrenchCells(int[] numbers, int[] dates, int[] partialDates, List<Column> columns) {
    this.numbers = numbers;
    this.dates = dates;
    this.partialDates = partialDates;
    this.columns = columns;
  }

  /** The number and date columns of {@code layout}. */
  public static FrenchCells of(Layout<?> layout) {
    List<Integer> numbers = new ArrayList<>();
    List<Integer> dates = new ArrayList<>();
    List<Integer> partialDates = new ArrayList<>();
    List<Column> columns = layout.columns();
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      if (isNumber(column)) {
        numbers.add(i);
      } else if (isDate(column)) {
        dates.add(i);
      } else if (isPartialDate(column)) {
        partialDates.add(i);
      }
    }
    return new FrenchCells(numbers.stream().mapToInt(Integer::intValue).toArray(),
        dates.stream().mapToInt(Integer::intValue).toArray(), partialDates.stream().mapToInt(Integer::intValue).toArray(),
        columns);
  }

  /**
   * Whether the column holds a number: an integer, a decimal (a money amount, a rate's parts are
   * decimals) or a defined scalar whose JSON token is a number.
   */
  public static boolean isNumber(Column column) {
    if (column.type() != Column.Type.SCALAR) {
      return false;
    }
    ScalarType<?> scalar = column.scalar();
    switch (scalar.scalar()) {
      case INTEGER:
      case DECIMAL:
        return true;
      case DEFINED:
        return scalar.token() == ScalarType.Token.INTEGER || scalar.token() == ScalarType.Token.NUMBER;
      default:
        return false;
    }
  }

  /** Whether the column holds a date ({@code ValueType.date()}). */
  public static boolean isDate(Column column) {
    return column.type() == Column.Type.SCALAR && column.scalar().scalar() == ScalarType.Scalar.DATE;
  }

  /** Whether the column holds a partial date ({@code ValueType.partialDate()}, the ends of a {@code DateRange}). */
  public static boolean isPartialDate(Column column) {
    return column.type() == Column.Type.SCALAR && column.scalar().equals(ValueType.partialDate());
  }

  /** Rewrites the canonical number and date cells of a written row in place. */
  public void write(String[] row) {
    for (int i : numbers) {
      row[i] = row[i].replace('.', ',');
    }
    for (int i : dates) {
      String cell = row[i];
      if (!cell.isEmpty()) {
        row[i] = frenchDate(cell);
      }
    }
    for (int i : partialDates) {
      String cell = row[i];
      if (cell.length() == 7) { // 2024-12 as 12/2024
        row[i] = cell.substring(5) + "/" + cell.substring(0, 4);
      } else if (cell.length() == 10) {
        row[i] = frenchDate(cell);
      }
    }
  }

  /** {@code 2024-12-31} as {@code 31/12/2024}; a year of five digits or a sign ({@code +10000-01-01}) is kept as it is. */
  static String frenchDate(String iso) {
    int end = iso.length();
    return iso.substring(end - 2) + "/" + iso.substring(end - 5, end - 3) + "/" + iso.substring(0, end - 6);
  }

  /**
   * Rewrites the number and date cells of a row read in place into their canonical text, refusing
   * one that is not in the French form (a decimal point, a misplaced space, a date not {@code
   * dd/mm/yyyy}) with an error at its cell.
   */
  public void read(String[] row, Layout.RowPlace place) {
    for (int i : numbers) {
      String cell = row[i];
      if (cell.isEmpty()) {
        continue;
      }
      if (cell.indexOf('.') >= 0) {
        throw place.error(columns.get(i).name(), "a decimal point in " + Excerpt.quote(cell)
            + ": the French spreadsheet profile writes numbers with a decimal comma (1234,50), as a spreadsheet in "
            + "French reads them; one in French would have read this cell as text");
      }
      if (!NUMBER.matcher(cell).matches()) {
        throw place.error(columns.get(i).name(), "not a number in French " + Excerpt.quote(cell)
            + ": expected digits with a decimal comma, and spaces only between groups of three digits (1 234,50)");
      }
      row[i] = canonicalNumber(cell);
    }
    for (int i : dates) {
      String cell = row[i];
      if (cell.isEmpty()) {
        continue;
      }
      var m = DATE.matcher(cell);
      if (!m.matches()) {
        throw place.error(columns.get(i).name(), "not a date as dd/mm/yyyy " + Excerpt.quote(cell)
            + ": the French spreadsheet profile writes dates as 31/12/2024");
      }
      row[i] = m.group(3) + "-" + m.group(2) + "-" + m.group(1);
    }
    for (int i : partialDates) {
      String cell = row[i];
      if (cell.isEmpty()) {
        continue;
      }
      var m = PARTIAL_DATE.matcher(cell);
      if (!m.matches()) {
        throw place.error(columns.get(i).name(), "not a date as dd/mm/yyyy, a month as mm/yyyy or a year as yyyy "
            + Excerpt.quote(cell) + ": the French spreadsheet profile writes them as 31/12/2024, 12/2024 and 2024");
      }
      row[i] = m.group(3) + (m.group(2) == null ? "" : "-" + m.group(2)) + (m.group(1) == null ? "" : "-" + m.group(1));
    }
  }

  private static String canonicalNumber(String cell) {
    StringBuilder out = new StringBuilder(cell.length());
    for (int k = 0; k < cell.length(); k++) {
      char c = cell.charAt(k);
      if (c == ',') {
        out.append('.');
      } else if (c != ' ' && c != '\u00A0' && c != '\u202F') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The error {@code e}, met reading a row without the profile, with {@link #HINT} when the cell it
   * names is a number with a decimal comma or grouped digits, or a date as {@code dd/mm/yyyy}; else
   * {@code e} itself.
   */
  public MalformedInputException hint(MalformedInputException e, String[] row) {
    @Nullable String column = e.place().path().orElse(null);
    if (column == null) {
      return e;
    }
    for (int i : numbers) {
      if (columns.get(i).name().equals(column) && FRENCH_ONLY.matcher(row[i]).matches()) {
        return new MalformedInputException(e.place(), e.reason() + "; " + HINT, e);
      }
    }
    for (int i : dates) {
      if (columns.get(i).name().equals(column) && DATE.matcher(row[i]).matches()) {
        return new MalformedInputException(e.place(), e.reason() + "; " + HINT, e);
      }
    }
    for (int i : partialDates) {
      if (columns.get(i).name().equals(column) && row[i].indexOf('/') >= 0 && PARTIAL_DATE.matcher(row[i]).matches()) {
        return new MalformedInputException(e.place(), e.reason() + "; " + HINT, e);
      }
    }
    return e;
  }
}
