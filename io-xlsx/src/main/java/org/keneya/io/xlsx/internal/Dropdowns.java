package org.keneya.io.xlsx.internal;

import java.util.Map;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.Worksheet;
import org.keneya.core.internal.table.Column;
import org.keneya.core.kind.CodeType;
import org.keneya.core.kind.RefType;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.ValueType;
import org.keneya.io.xlsx.ExcelLimitException;

/**
 * The dropdowns of a workbook (list data validations) and the comments of its headers: a code
 * column lists its codelist's codes (on the about sheet), a reference column the ids of its kind's
 * sheet — the whole column, so that a row added there is offered too. A value typed outside the
 * list is warned about, not refused: the reader is the one that refuses, naming the cell.
 */
final class Dropdowns {
  /** A kind's sheet and the column of its ids. */
  record IdColumn(Worksheet sheet, int column) {}

  private static final int LAST_ROW = ExcelLimitException.MAX_ROWS - 1;

  private final Map<String, Range> codelists;
  private final Map<String, IdColumn> ids;

  Dropdowns(Map<String, Range> codelists, Map<String, IdColumn> ids) {
    this.codelists = codelists;
    this.ids = ids;
  }

  /** Adds the dropdown of {@code column}, at index {@code c} of {@code sheet}, if it has one, and its header's comment. */
  void add(Worksheet sheet, int c, Column column) {
    sheet.comment(0, c, describe(column));
    if (column.type() != Column.Type.SCALAR) {
      return;
    }
    ScalarType<?> scalar = column.scalar();
    if (scalar instanceof CodeType code) {
      Range codes = codelists.get(code.codelist());
      if (codes != null) {
        validate(sheet, c, codes);
      }
    } else if (scalar instanceof RefType<?> ref) {
      ref.target().ifPresent(kind -> addIds(sheet, c, kind));
    }
  }

  /** Adds the dropdown of the ids of {@code kind} to column {@code c} of {@code sheet}. */
  void addIds(Worksheet sheet, int c, String kind) {
    IdColumn target = ids.get(kind);
    if (target != null && target.column() >= 0) {
      validate(sheet, c, target.sheet().range(1, target.column(), LAST_ROW, target.column()));
    }
  }

  private static void validate(Worksheet sheet, int c, Range values) {
    sheet.range(1, c, LAST_ROW, c).validateWithList(values)
        .allowBlank(true)
        .errorStyle(DataValidationErrorStyle.WARNING)
        .showErrorMessage(true)
        .errorTitle("Not in the list")
        .error("This value is not in the list; the workbook will not read unless it is a known one.");
  }

  /** What a person needs to know to fill a column in. */
  static String describe(Column column) {
    String required = column.required() ? " Required." : "";
    switch (column.type()) {
      case LANGUAGE:
        return "Text in the language \"" + column.language() + "\"." + required;
      case PRESENCE:
      case VALUE:
        return "TRUE when present, empty when absent.";
      default:
        break;
    }
    ScalarType<?> scalar = column.scalar();
    String what;
    if (scalar instanceof CodeType code) {
      what = "A code of the codelist " + code.codelist() + " (listed on the about sheet).";
    } else if (scalar.equals(ValueType.partialDate())) {
      what = "A date dd/mm/yyyy, a month yyyy-mm or a year yyyy.";
    } else if (scalar.equals(ValueType.partialDate())) {
      what = "A date dd/mm/yyyy, a month yyyy-mm or a year yyyy.";
    } else if (scalar instanceof RefType<?> ref) {
      what = ref.target().map(k -> "The id of a " + k + " (its sheet's id column).")
          .orElse("A reference to a record of any kind: kind:id.");
    } else {
      switch (scalar.scalar()) {
        case DATE:
          what = "A date, dd/mm/yyyy.";
          break;
        case BOOLEAN:
          what = "TRUE or FALSE.";
          break;
        case INTEGER:
          what = "A whole number.";
          break;
        case DECIMAL:
          what = "A number (as text when it has more than 15 significant digits).";
          break;
        case ID:
          what = "An id: letters, digits, dots, dashes.";
          break;
        default:
          what = "A " + scalar.describe() + ".";
          break;
      }
    }
    return what + required;
  }
}
