package org.keneya.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Draws a {@link Report.Chart} as inline SVG: horizontal bars, series stacked in one bar or grouped
 * as thin bars one under the other. The SVG is sized to what it holds: the label column is as wide
 * as its longest line, a long label is wrapped on two lines and cut with an ellipsis beyond, and
 * every bar carries a {@code <title>} tooltip with its full label and values. A value the data does
 * not give is no bar, written {@link Report#ABSENT} with a "not reported" tooltip.
 */
final class SvgBarChart {
  private static final String[] SERIES_COLOURS = {"#2b6cb0", "#dd6b20", "#2f855a", "#6b46c1"};
  private static final String[] OPEN_CLOSED = {"#dd6b20", "#2f855a"};
  /** A generous average advance of an 11px sans-serif character, so that estimated widths err wide. */
  private static final double CHAR_WIDTH = 6.6;
  private static final int LINE_HEIGHT = 13;
  private static final int MAX_LINE = 34;
  private static final int MAX_LINES = 2;
  private static final int BAR_AREA = 380;
  private static final int THIN = 12;

  private final Report report;
  private final String notReported;

  SvgBarChart(Report report) {
    this.report = report;
    this.notReported = report.label(ReportLabel.NOT_REPORTED);
  }

  /** Appends the chart as a figure whose caption is the chart's title, {@code id} naming it for the SVG. */
  void render(StringBuilder out, Report.Chart chart, String id) {
    List<Report.Bar> bars = chart.bars();
    int series = chart.series().size();
    String[] colours = chart.stacked() && series == 2 ? OPEN_CLOSED : SERIES_COLOURS;
    List<List<String>> labels = bars.stream().map(b -> lines(b.label())).toList();
    int labelWidth = 16 + width(labels.stream().flatMap(List::stream).mapToInt(SvgBarChart::length).max().orElse(0));
    int valueWidth = 12 + width(bars.stream().flatMap(b -> chart.stacked() || series == 1
        ? List.of(total(chart, b)).stream() : b.texts().stream()).mapToInt(SvgBarChart::length).max().orElse(0));
    int legendWidth = 0;
    for (String s : chart.series()) {
      legendWidth += 28 + width(length(s));
    }
    int totalWidth = Math.max(labelWidth + BAR_AREA + valueWidth, labelWidth + legendWidth);
    int barRow = chart.stacked() || series == 1 ? 22 : series * THIN + 10;
    int legend = series > 1 ? 24 : 4;
    int height = legend + 6;
    for (List<String> label : labels) {
      height += rowHeight(barRow, label);
    }
    BigDecimal max = max(chart);
    out.append("<figure>\n<figcaption id=\"").append(id).append("\">").append(HtmlReport.escape(chart.title()))
        .append("</figcaption>\n<svg role=\"img\" aria-labelledby=\"").append(id).append("\" width=\"").append(totalWidth)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(totalWidth).append(' ').append(height)
        .append("\">\n");
    legend(out, chart, colours, labelWidth);
    int top = legend;
    for (int b = 0; b < bars.size(); b++) {
      int rowHeight = rowHeight(barRow, labels.get(b));
      bar(out, chart, bars.get(b), labels.get(b), new int[] {top, rowHeight, labelWidth}, max, colours);
      top += rowHeight;
    }
    out.append("</svg>\n</figure>\n");
  }

  /** The height of a bar's row: its bars, or its label's lines if taller. */
  private static int rowHeight(int barRow, List<String> label) {
    return Math.max(barRow, label.size() * LINE_HEIGHT + 9);
  }

  /** The series' colours and names, above the bars, when there are several. */
  private void legend(StringBuilder out, Report.Chart chart, String[] colours, int labelWidth) {
    if (chart.series().size() < 2) {
      return;
    }
    int x = labelWidth;
    for (int s = 0; s < chart.series().size(); s++) {
      String name = chart.series().get(s);
      out.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"")
          .append(colours[s % colours.length]).append("\"/><text x=\"").append(x + 16).append("\" y=\"16\">")
          .append(HtmlReport.escape(name)).append("</text>\n");
      x += 28 + width(length(name));
    }
  }

  /** One bar: {@code box} is its top, its height and the width of the label column. */
  private void bar(StringBuilder out, Report.Chart chart, Report.Bar bar, List<String> label, int[] box, BigDecimal max,
      String[] colours) {
    int top = box[0];
    int rowHeight = box[1];
    int labelWidth = box[2];
    int middle = top + rowHeight / 2;
    out.append("<g><title>").append(HtmlReport.escape(report.label(ReportLabel.TOOLTIP, bar.label(), describe(chart, bar)))).append("</title>");
    labelText(out, label, labelWidth - 8, middle);
    int series = chart.series().size();
    if (chart.stacked() || series == 1) {
      double x = labelWidth;
      for (int s = 0; s < series; s++) {
        double w = scale(bar.values().get(s), max);
        out.append(rect(x, middle - 8, w, 16, colours[s % colours.length]));
        x += w;
      }
      value(out, x + 6, middle + 4, total(chart, bar));
    } else {
      int first = middle - (series * THIN) / 2;
      for (int s = 0; s < series; s++) {
        double w = scale(bar.values().get(s), max);
        int y = first + s * THIN;
        if (bar.values().get(s).isPresent()) {
          out.append(rect(labelWidth, y, w, THIN - 2, colours[s % colours.length]));
        }
        value(out, labelWidth + w + 6, y + THIN - 3, bar.texts().get(s));
      }
    }
    out.append("</g>\n");
  }

  /** The label, right-aligned against the bars, one {@code tspan} per line, centred on the bar. */
  private static void labelText(StringBuilder out, List<String> lines, int x, int middle) {
    double first = middle + 4 - (lines.size() - 1) * LINE_HEIGHT / 2.0;
    out.append("<text x=\"").append(x).append("\" text-anchor=\"end\">");
    for (int i = 0; i < lines.size(); i++) {
      out.append(String.format(Locale.ROOT, "<tspan x=\"%d\" y=\"%.1f\">", x, first + i * LINE_HEIGHT))
          .append(HtmlReport.escape(lines.get(i))).append("</tspan>");
    }
    out.append("</text>");
  }

  /**
   * {@code label} on at most {@link #MAX_LINES} lines of {@link #MAX_LINE} characters, broken
   * between words (inside a word longer than a line), the last line cut with an ellipsis when the
   * label is longer.
   */
  static List<String> lines(String label) {
    String rest = label.replaceAll("\\s+", " ").strip();
    List<String> lines = new ArrayList<>();
    while (!rest.isEmpty() && lines.size() < MAX_LINES) {
      if (length(rest) <= MAX_LINE) {
        lines.add(rest);
        rest = "";
        break;
      }
      int cut = rest.offsetByCodePoints(0, MAX_LINE);
      int space = rest.lastIndexOf(' ', cut);
      int end = space > 0 ? space : cut;
      lines.add(rest.substring(0, end));
      rest = rest.substring(end).strip();
    }
    if (!rest.isEmpty()) {
      String last = lines.remove(lines.size() - 1);
      String shortened = length(last) < MAX_LINE ? last : last.substring(0, last.offsetByCodePoints(0, MAX_LINE - 1));
      lines.add(shortened.strip() + "…");
    }
    return lines;
  }

  /** What is written after a stacked or single bar: its total, or its one value. */
  private static String total(Report.Chart chart, Report.Bar bar) {
    return chart.stacked() ? bar.total() : bar.texts().get(0);
  }

  /** Each series' name and value, for the tooltip. */
  private String describe(Report.Chart chart, Report.Bar bar) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < chart.series().size(); i++) {
      String text = bar.values().get(i).isPresent() ? bar.texts().get(i) : notReported;
      parts.add(chart.series().get(i) + " " + text);
    }
    return String.join(", ", parts);
  }

  /** The value after a bar; an absent one with a "not reported" tooltip. */
  private void value(StringBuilder out, double x, double y, String text) {
    out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">", x, y));
    if (text.equals(Report.ABSENT)) {
      out.append("<title>").append(HtmlReport.escape(notReported)).append("</title>");
    }
    out.append(HtmlReport.escape(text)).append("</text>");
  }

  /** The largest bar, the scale's end. */
  private static BigDecimal max(Report.Chart chart) {
    BigDecimal max = BigDecimal.ZERO;
    for (Report.Bar bar : chart.bars()) {
      List<BigDecimal> given = bar.values().stream().flatMap(Optional::stream).toList();
      if (chart.stacked()) {
        max = max.max(given.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
      } else {
        for (BigDecimal v : given) {
          max = max.max(v);
        }
      }
    }
    return max;
  }

  /** The length of a bar for {@code value}; none for an absent value. */
  private static double scale(Optional<BigDecimal> value, BigDecimal max) {
    return value.isEmpty() || max.signum() == 0 ? 0 : value.get().doubleValue() / max.doubleValue() * BAR_AREA;
  }

  /** A filled rectangle, its coordinates written the same whatever the default locale. */
  private static String rect(double x, double y, double width, double height, String colour) {
    return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
        x, y, width, height, colour);
  }

  /** The number of characters, as a reader counts them. */
  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /** The width, in pixels, that so many characters take at most. */
  private static int width(int characters) {
    return (int) Math.ceil(characters * CHAR_WIDTH);
  }
}
