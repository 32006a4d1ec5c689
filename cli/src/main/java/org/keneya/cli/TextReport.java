package org.keneya.cli;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link Report} as plain text in the report's language: numbered sections, wrapped notes
 * and aligned tables; flagged rows are marked {@code !}. Charts are left to the HTML report (the
 * tables carry the same figures). Lines end with {@code \n}.
 *
 * <p>Every text goes through {@link #plain}: a line break or a tab in the data (a name, a caption, a
 * cell) becomes a space, as it would otherwise break a heading or a table's alignment; any other
 * control character is shown as a visible escape ({@code \u001B}), as it would otherwise be
 * invisible or act on the terminal.
 */
final class TextReport {
  private static final int WIDTH = 100;

  private TextReport() {}

  /** The report as text. */
  static String render(Report report) {
    StringBuilder out = new StringBuilder();
    heading(out, report.label(ReportLabel.REPORT_TITLE), '=');
    out.append(plain(report.label(ReportLabel.SOURCE, report.source()))).append('\n');
    out.append(plain(report.label(ReportLabel.AS_OF_META, report.date(report.asOf())))).append('\n');
    int number = 1;
    for (Report.Section section : report.sections()) {
      out.append('\n');
      heading(out, number++ + ". " + section.title(), '-');
      List<String> blocks = new ArrayList<>();
      for (Report.Block block : section.blocks()) {
        StringBuilder text = new StringBuilder();
        if (block instanceof Report.Note) {
          wrap(text, ((Report.Note) block).text());
        } else if (block instanceof Report.Table) {
          table(text, (Report.Table) block, report.label(ReportLabel.NONE));
        } else {
          continue; // charts are drawn in the HTML report; the tables hold the same figures
        }
        blocks.add(text.toString());
      }
      out.append(String.join("\n", blocks));
    }
    return out.toString();
  }

  /** A heading on one line, underlined. */
  private static void heading(StringBuilder out, String text, char underline) {
    String title = plain(text);
    out.append(title).append('\n').append(String.valueOf(underline).repeat(width(title))).append('\n');
  }

  /** A sentence wrapped at {@link #WIDTH} columns. */
  private static void wrap(StringBuilder out, String text) {
    int column = 0;
    for (String word : plain(text).split(" ")) {
      if (column > 0 && column + 1 + width(word) > WIDTH) {
        out.append('\n');
        column = 0;
      } else if (column > 0) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += width(word);
    }
    out.append('\n');
  }

  /** A table with its caption, columns aligned; {@code none} when it has no row. */
  private static void table(StringBuilder out, Report.Table table, String none) {
    out.append(plain(table.caption())).append('\n');
    if (table.rows().stream().allMatch(Report.Row::total)) {
      out.append("  (").append(none).append(")\n");
      return;
    }
    List<Report.Column> columns = table.columns();
    List<List<String>> cells = new ArrayList<>();
    for (Report.Row row : table.rows()) {
      List<String> line = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        line.add(cell(row.cells().get(i), columns.get(i).maxText()));
      }
      cells.add(line);
    }
    int[] widths = new int[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = width(columns.get(i).name());
      for (List<String> line : cells) {
        widths[i] = Math.max(widths[i], width(line.get(i)));
      }
    }
    boolean flags = table.rows().stream().anyMatch(Report.Row::flagged);
    List<String> header = columns.stream().map(c -> plain(c.name())).toList();
    line(out, flags ? " " : null, header, columns, widths);
    line(out, flags ? " " : null, dashes(widths), columns, widths);
    for (int r = 0; r < cells.size(); r++) {
      Report.Row row = table.rows().get(r);
      if (row.total()) {
        line(out, flags ? " " : null, dashes(widths), columns, widths);
      }
      line(out, flags ? (row.flagged() ? "!" : " ") : null, cells.get(r), columns, widths);
    }
  }

  /** A ruler under each column. */
  private static List<String> dashes(int[] widths) {
    List<String> dashes = new ArrayList<>();
    for (int w : widths) {
      dashes.add("-".repeat(w));
    }
    return dashes;
  }

  /** One line of a table, numbers right-aligned, the flag column first if any row is flagged. */
  private static void line(StringBuilder out, @Nullable String flag, List<String> cells, List<Report.Column> columns, int[] widths) {
    StringBuilder line = new StringBuilder("  ");
    if (flag != null) {
      line.append(flag).append(' ');
    }
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      String pad = " ".repeat(widths[i] - width(cell));
      if (i > 0) {
        line.append("  ");
      }
      line.append(columns.get(i).numeric() ? pad + cell : cell + pad);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  /** One line ({@link #plain}); text longer than {@code max} is cut with an ellipsis. */
  private static String cell(String text, int max) {
    String flat = plain(text);
    if (max > 0 && width(flat) > max) {
      return flat.substring(0, flat.offsetByCodePoints(0, max - 1)) + "…";
    }
    return flat;
  }

  /**
   * {@code text} on one line with nothing that acts on a terminal: each run of line breaks and tabs
   * (CR, LF, tab, vertical tab, form feed, NEL, line and paragraph separators) becomes one space;
   * any other control character becomes a visible {@code \\uXXXX}.
   */
  static String plain(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean inBreak = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isBreak(c)) {
        if (!inBreak) {
          out.append(' ');
        }
        inBreak = true;
        continue;
      }
      inBreak = false;
      if (Character.isISOControl(c)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether {@code c} breaks a line or moves to a tab stop. */
  private static boolean isBreak(char c) {
    return c == '\r' || c == '\n' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028'
        || c == '\u2029';
  }

  /** The number of columns {@code text} takes. */
  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
