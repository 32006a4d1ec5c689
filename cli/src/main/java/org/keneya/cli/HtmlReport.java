package org.keneya.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Report} as one self-contained HTML page: inline CSS, inline SVG bar charts, no
 * script and no external resource, so it opens offline and can be mailed as one file. Every text
 * from the data is escaped. The same report gives the same bytes.
 */
final class HtmlReport {
  private static final String[] SERIES_COLOURS = {"#2b6cb0", "#dd6b20", "#2f855a", "#6b46c1"};
  private static final String[] OPEN_CLOSED = {"#dd6b20", "#2f855a"};
  private static final int CHART_WIDTH = 760;
  private static final int LABEL_WIDTH = 230;
  private static final int VALUE_WIDTH = 120;

  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:2rem auto;max-width:72rem;"
          + "padding:0 1rem;color:#1a202c;line-height:1.45}",
      "h1{margin-bottom:.2rem}h2{margin-top:2.5rem;border-bottom:2px solid #e2e8f0;padding-bottom:.2rem}",
      ".meta{color:#4a5568;margin-top:0}nav ol{columns:2;color:#4a5568}",
      "table{border-collapse:collapse;margin:.6rem 0 1.4rem;font-size:.9rem}",
      "caption{text-align:left;font-weight:600;padding:.3rem 0}",
      "th,td{border-bottom:1px solid #e2e8f0;padding:.25rem .6rem;vertical-align:top;text-align:left}",
      "th{background:#f7fafc}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
      "tr.total td{font-weight:600;border-top:2px solid #a0aec0}tr.flag td{background:#fff5f5;color:#9b2c2c}",
      "figure{margin:.6rem 0 1.6rem}figcaption{font-weight:600;font-size:.9rem;margin-bottom:.3rem}",
      "svg text{font-size:11px;fill:#2d3748}.note{max-width:60rem}",
      "@media print{h2{break-before:auto}figure,table{break-inside:avoid}}");

  private HtmlReport() {}

  static String render(Report report) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Keneya report as of ").append(report.asOf()).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
    out.append("<header>\n<h1>Keneya report</h1>\n<p class=\"meta\">Source: ").append(escape(report.source()))
        .append(" · As of ").append(report.asOf()).append("</p>\n<nav><ol>\n");
    for (Report.Section section : report.sections()) {
      out.append("<li><a href=\"#").append(section.id()).append("\">").append(escape(section.title())).append("</a></li>\n");
    }
    out.append("</ol></nav>\n</header>\n<main>\n");
    int chart = 0;
    for (Report.Section section : report.sections()) {
      out.append("<section id=\"").append(section.id()).append("\">\n<h2>").append(escape(section.title())).append("</h2>\n");
      for (Report.Block block : section.blocks()) {
        if (block instanceof Report.Note) {
          out.append("<p class=\"note\">").append(escape(((Report.Note) block).text())).append("</p>\n");
        } else if (block instanceof Report.Table) {
          table(out, (Report.Table) block);
        } else {
          chart(out, (Report.Chart) block, "chart-" + ++chart);
        }
      }
      out.append("</section>\n");
    }
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void table(StringBuilder out, Report.Table table) {
    if (table.rows().stream().allMatch(Report.Row::total)) {
      out.append("<p class=\"note\"><strong>").append(escape(table.caption())).append(":</strong> none.</p>\n");
      return;
    }
    out.append("<table>\n<caption>").append(escape(table.caption())).append("</caption>\n<thead><tr>");
    for (Report.Column column : table.columns()) {
      out.append(column.numeric() ? "<th class=\"num\">" : "<th>").append(escape(column.name())).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (Report.Row row : table.rows()) {
      String classes = (row.total() ? "total" : "") + (row.flagged() ? (row.total() ? " flag" : "flag") : "");
      out.append(classes.isEmpty() ? "<tr>" : "<tr class=\"" + classes + "\">");
      for (int i = 0; i < table.columns().size(); i++) {
        out.append(table.columns().get(i).numeric() ? "<td class=\"num\">" : "<td>")
            .append(escape(row.cells().get(i))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  /** A horizontal bar chart; grouped series are thin bars one under the other. */
  private static void chart(StringBuilder out, Report.Chart chart, String id) {
    List<Report.Bar> bars = chart.bars();
    int series = chart.series().size();
    String[] colours = chart.stacked() && series == 2 ? OPEN_CLOSED : SERIES_COLOURS;
    BigDecimal max = BigDecimal.ZERO;
    for (Report.Bar bar : bars) {
      if (chart.stacked()) {
        max = max.max(bar.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
      } else {
        for (BigDecimal v : bar.values()) {
          max = max.max(v);
        }
      }
    }
    int thin = 12;
    int rowHeight = chart.stacked() || series == 1 ? 22 : series * thin + 10;
    int legend = series > 1 ? 24 : 4;
    int height = legend + bars.size() * rowHeight + 6;
    int area = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    out.append("<figure>\n<figcaption id=\"").append(id).append("\">").append(escape(chart.title())).append("</figcaption>\n")
        .append("<svg role=\"img\" aria-labelledby=\"").append(id).append("\" width=\"").append(CHART_WIDTH)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height)
        .append("\">\n");
    if (series > 1) {
      int x = LABEL_WIDTH;
      for (int s = 0; s < series; s++) {
        out.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"")
            .append(colours[s % colours.length]).append("\"/>")
            .append("<text x=\"").append(x + 16).append("\" y=\"16\">").append(escape(chart.series().get(s))).append("</text>\n");
        x += 28 + 7 * chart.series().get(s).length();
      }
    }
    for (int b = 0; b < bars.size(); b++) {
      Report.Bar bar = bars.get(b);
      int top = legend + b * rowHeight;
      out.append("<g><title>").append(escape(bar.label() + ": " + describe(chart, bar))).append("</title>")
          .append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(top + rowHeight / 2 + 4)
          .append("\" text-anchor=\"end\">").append(escape(shorten(bar.label(), 36))).append("</text>");
      if (chart.stacked() || series == 1) {
        double x = LABEL_WIDTH;
        BigDecimal sum = BigDecimal.ZERO;
        for (int s = 0; s < series; s++) {
          double w = scale(bar.values().get(s), max, area);
          out.append(rect(x, top + 3, w, rowHeight - 6, colours[s % colours.length]));
          x += w;
          sum = sum.add(bar.values().get(s));
        }
        out.append(value(x + 6, top + rowHeight / 2 + 4, format(chart, sum)));
      } else {
        for (int s = 0; s < series; s++) {
          double w = scale(bar.values().get(s), max, area);
          int y = top + 5 + s * thin;
          out.append(rect(LABEL_WIDTH, y, w, thin - 2, colours[s % colours.length]));
          out.append(value(LABEL_WIDTH + w + 6, y + thin - 3, format(chart, bar.values().get(s))));
        }
      }
      out.append("</g>\n");
    }
    out.append("</svg>\n</figure>\n");
  }

  private static String describe(Report.Chart chart, Report.Bar bar) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < chart.series().size(); i++) {
      s.append(i == 0 ? "" : ", ").append(chart.series().get(i)).append(' ').append(format(chart, bar.values().get(i)));
    }
    return s.toString();
  }

  private static String format(Report.Chart chart, BigDecimal value) {
    return chart.money() ? Report.amount(value) : value.toPlainString();
  }

  private static double scale(BigDecimal value, BigDecimal max, int area) {
    return max.signum() == 0 ? 0 : value.doubleValue() / max.doubleValue() * area;
  }

  private static String rect(double x, double y, double width, double height, String colour) {
    return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
        x, y, width, height, colour);
  }

  private static String value(double x, double y, String text) {
    return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>", x, y, escape(text));
  }

  private static String shorten(String text, int max) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.codePointCount(0, flat.length()) <= max ? flat : flat.substring(0, flat.offsetByCodePoints(0, max - 1)) + "…";
  }

  /** Escapes text for HTML element content and double-quoted attributes. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }
}
