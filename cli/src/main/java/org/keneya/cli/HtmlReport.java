package org.keneya.cli;

/**
 * Renders a {@link Report} as one self-contained HTML page in the report's language ({@code <html
 * lang>}): inline CSS, inline SVG bar charts ({@link SvgBarChart}), no script and no external
 * resource, so it opens offline and can be mailed as one file. Every text from the data is escaped;
 * a figure the data does not give is written {@link Report#ABSENT} with a "not reported" tooltip.
 * The same report gives the same bytes.
 */
final class HtmlReport {
  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:2rem auto;max-width:72rem;"
          + "padding:0 1rem;color:#1a202c;line-height:1.45}",
      "h1{margin-bottom:.2rem}h2{margin-top:2.5rem;border-bottom:2px solid #e2e8f0;padding-bottom:.2rem}",
      ".meta{color:#4a5568;margin-top:0}nav ol{columns:2;color:#4a5568}",
      "table{border-collapse:collapse;margin:.6rem 0 1.4rem;font-size:.9rem}",
      "caption{text-align:left;font-weight:600;padding:.3rem 0}",
      "th,td{border-bottom:1px solid #e2e8f0;padding:.25rem .6rem;vertical-align:top;text-align:left}",
      "th{background:#f7fafc}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
      "td.absent{color:#718096}",
      "tr.total td{font-weight:600;border-top:2px solid #a0aec0}tr.flag td{background:#fff5f5;color:#9b2c2c}",
      "figure{margin:.6rem 0 1.6rem;overflow-x:auto}figcaption{font-weight:600;font-size:.9rem;margin-bottom:.3rem}",
      "svg text{font-size:11px;fill:#2d3748}.note{max-width:60rem}",
      "@media print{h2{break-before:auto}figure,table{break-inside:avoid}}");

  private HtmlReport() {}

  /** The page. */
  static String render(Report report) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"").append(report.language().tag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(report.label(ReportLabel.PAGE_TITLE, report.date(report.asOf())))).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
    out.append("<header>\n<h1>").append(escape(report.label(ReportLabel.REPORT_TITLE))).append("</h1>\n<p class=\"meta\">")
        .append(escape(report.label(ReportLabel.SOURCE, report.source()))).append(" · ")
        .append(escape(report.label(ReportLabel.AS_OF_META, report.date(report.asOf()))))
        .append("</p>\n<nav aria-label=\"").append(escape(report.label(ReportLabel.CONTENTS))).append("\"><ol>\n");
    for (Report.Section section : report.sections()) {
      out.append("<li><a href=\"#").append(section.id()).append("\">").append(escape(section.title())).append("</a></li>\n");
    }
    out.append("</ol></nav>\n</header>\n<main>\n");
    SvgBarChart charts = new SvgBarChart(report);
    int chart = 0;
    for (Report.Section section : report.sections()) {
      out.append("<section id=\"").append(section.id()).append("\">\n<h2>").append(escape(section.title())).append("</h2>\n");
      for (Report.Block block : section.blocks()) {
        if (block instanceof Report.Note note) {
          out.append("<p class=\"note\">").append(escape(note.text())).append("</p>\n");
        } else if (block instanceof Report.Table table) {
          table(out, report, table);
        } else {
          charts.render(out, (Report.Chart) block, "chart-" + ++chart);
        }
      }
      out.append("</section>\n");
    }
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  /** A table; a sentence saying so when it has no row. */
  private static void table(StringBuilder out, Report report, Report.Table table) {
    if (table.rows().stream().allMatch(Report.Row::total)) {
      out.append("<p class=\"note empty\">").append(escape(report.label(ReportLabel.EMPTY_TABLE, table.caption())))
          .append("</p>\n");
      return;
    }
    out.append("<table>\n<caption>").append(escape(table.caption())).append("</caption>\n<thead><tr>");
    for (Report.Column column : table.columns()) {
      out.append(column.numeric() ? "<th class=\"num\">" : "<th>").append(escape(column.name())).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    String notReported = escape(report.label(ReportLabel.NOT_REPORTED));
    for (Report.Row row : table.rows()) {
      String classes = (row.total() ? "total" : "") + (row.flagged() ? (row.total() ? " flag" : "flag") : "");
      out.append(classes.isEmpty() ? "<tr>" : "<tr class=\"" + classes + "\">");
      for (int i = 0; i < table.columns().size(); i++) {
        String cell = row.cells().get(i);
        String type = table.columns().get(i).numeric() ? "num" : "";
        if (cell.equals(Report.ABSENT)) {
          out.append("<td class=\"").append((type + " absent").strip()).append("\" title=\"").append(notReported)
              .append("\">");
        } else {
          out.append(type.isEmpty() ? "<td>" : "<td class=\"num\">");
        }
        out.append(escape(cell)).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  /** Escapes text for HTML element content and double-quoted attributes. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
