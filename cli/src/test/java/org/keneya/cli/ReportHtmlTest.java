package org.keneya.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.keneya.core.value.Deadline;
import org.keneya.model.Recommendation;
import org.keneya.seeds.Seeds;

/**
 * The HTML report on the seeds, parsed with jsoup, in each language: {@code <html lang>}, every
 * heading, caption, column header, chart title, legend and sentence one of the language's labels (and, in
 * French, none that only English has), no external URL, absent amounts written "—" and never 0,
 * figures and dates as the language writes them, every deadline as written, chart labels that are
 * pillar names, neither repeated nor clipped.
 */
class ReportHtmlTest {
  /** The estimate of a character's width the chart is laid out with; a label must fit by it. */
  private static final double CHAR_WIDTH = 6.6;

  private static Document page(ReportLanguage language) {
    Cli.Result result = Cli.run("report", "--as-of", "2025-01-01", "--lang", language.tag(), "--format", "html");
    assertEquals(0, result.exit(), result::toString);
    return Jsoup.parse(result.out());
  }

  /** A label as a pattern: its text literally, each placeholder any text. */
  private static Pattern pattern(String label) {
    StringBuilder regex = new StringBuilder();
    for (String part : label.split("\\{\\d}", -1)) {
      regex.append(regex.length() == 0 ? "" : ".+").append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  private static List<Pattern> patterns(ReportLabels labels) {
    List<Pattern> patterns = new ArrayList<>();
    for (ReportLabel key : ReportLabel.values()) {
      patterns.add(pattern(labels.get(key)));
    }
    return patterns;
  }

  /** The labels of {@code language} that the other language does not share word for word. */
  private static List<Pattern> ownPatterns(ReportLanguage language) {
    ReportLabels own = ReportLabels.of(language);
    ReportLabels other = ReportLabels.of(language.other());
    Set<String> shared = new HashSet<>();
    for (ReportLabel key : ReportLabel.values()) {
      shared.add(other.get(key));
    }
    List<Pattern> patterns = new ArrayList<>();
    for (ReportLabel key : ReportLabel.values()) {
      // a label of punctuation around placeholders ("{0}: {1}") says nothing of the language
      boolean words = own.get(key).replaceAll("\\{\\d}", "").chars().anyMatch(Character::isLetter);
      if (words && !shared.contains(own.get(key))) {
        patterns.add(pattern(own.get(key)));
      }
    }
    return patterns;
  }

  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void everyHeadingAndLabelIsInTheLanguageAsked(ReportLanguage language) {
    Document page = page(language);
    assertEquals(language.tag(), page.selectFirst("html").attr("lang"));
    List<Pattern> mine = patterns(ReportLabels.of(language));
    List<Pattern> theirs = ownPatterns(language.other());
    Elements labelled = page.select("head > title, h1, h2, nav a, caption, th, figcaption, svg > text, p.note");
    assertTrue(labelled.size() > 50, "labelled elements: " + labelled.size());
    for (Element e : labelled) {
      String text = e.text();
      assertTrue(mine.stream().anyMatch(p -> p.matcher(text).matches()), () -> "not a " + language + " label: " + text);
      assertFalse(theirs.stream().anyMatch(p -> p.matcher(text).matches()),
          () -> "a " + language.other() + " label: " + text);
    }
  }

  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void noExternalUrl(ReportLanguage language) {
    Document page = page(language);
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertFalse(a.getValue().matches("(?is).*(https?:|url\\().*"), () -> e.tagName() + " " + a);
      }
    }
    assertTrue(page.select("script, link, img, iframe").isEmpty());
    assertFalse(page.select("style").html().contains("url("));
  }

  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void figuresAndDatesAreWrittenAsTheLanguageWritesThem(ReportLanguage language) {
    Document page = page(language);
    String text = page.text();
    if (language == ReportLanguage.FR) {
      assertTrue(text.contains("1\u202F140\u202F657\u202F000\u202FFCFA"), "French amounts");
      assertTrue(text.contains("51,71\u202F%"), "French rates");
      assertEquals("Rapport Keneya au 1er janvier 2025", page.title());
    } else {
      assertTrue(text.contains("XOF 1,140,657,000"), "English amounts");
      assertTrue(text.contains("51.71%"), "English rates");
      assertEquals("Keneya report as of 1 January 2025", page.title());
    }
  }

  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void absentAmountsAreNotReportedNeverZero(ReportLanguage language) {
    Document page = page(language);
    ReportLabels labels = ReportLabels.of(language);
    String notReported = labels.get(ReportLabel.NOT_REPORTED);
    Element budgets = page.getElementById("budgets");
    Elements absent = budgets.select("td.absent");
    assertFalse(absent.isEmpty(), "the seeds lack some amounts");
    absent.forEach(td -> {
      assertEquals(Report.ABSENT, td.text());
      assertEquals(notReported, td.attr("title"));
    });
    // ANTIM 2023: own resources state no notified amount
    Element table = budgets.select("table").stream().filter(t -> t.selectFirst("caption").text().contains("antim-2023"))
        .findFirst().orElseThrow();
    int notified = columnIndex(table, labels.get(ReportLabel.MEASURE_NOTIFIED));
    Element ownResources = table.select("tbody tr").get(1);
    assertEquals(Report.ABSENT, ownResources.child(notified).text());
    for (Element td : budgets.select("td.num")) {
      assertFalse(td.text().matches("(XOF )?0(\u202FFCFA)?"), () -> "an amount of 0: " + td);
    }
    // in the charts, no bar for it: a "—" whose tooltip says it was not reported
    assertFalse(budgets.select("svg text:has(title)").isEmpty());
    budgets.select("svg text:has(title)").forEach(t -> assertEquals(notReported, t.selectFirst("title").text()));
  }

  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void theDeadlinesSectionListsEveryDeadlineAsWritten(ReportLanguage language) {
    Element deadlines = page(language).getElementById("deadlines");
    Set<String> cells = new HashSet<>();
    deadlines.select("td").forEach(td -> cells.add(td.text()));
    int written = 0;
    for (Recommendation r : Seeds.load().entities(Recommendation.class)) {
      for (Optional<Deadline> deadline : List.of(r.deadline(), r.horizon())) {
        Optional<String> wording = deadline.flatMap(Deadline::asWritten);
        if (wording.isPresent()) {
          written++;
          String flat = wording.get().replaceAll("\\s+", " ").strip();
          assertTrue(cells.contains(flat), () -> r.id() + ": " + flat);
        }
      }
    }
    assertEquals(written, deadlines.select("tbody tr").size());
  }

  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void pillarChartLabelsAreNamesNeitherRepeatedNorClipped(ReportLanguage language) {
    Document page = page(language);
    Element chart = page.getElementById("pillars").selectFirst("svg");
    List<String> labels = new ArrayList<>();
    for (Element g : chart.select("g")) {
      String label = g.selectFirst("text[text-anchor=end]").select("tspan").eachText().stream()
          .reduce((a, b) -> a + " " + b).orElseThrow();
      String full = g.selectFirst("title").text();
      assertFalse(label.matches("P\\d+"), label);
      assertTrue(full.startsWith(label.endsWith("…") ? label.substring(0, label.length() - 1) : label), full);
      labels.add(label);
    }
    assertEquals(labels.size(), new HashSet<>(labels).size(), () -> "repeated: " + labels);
    for (Element svg : page.select("svg")) {
      double width = Double.parseDouble(svg.attr("width"));
      for (Element tspan : svg.select("tspan")) {
        double right = Double.parseDouble(tspan.attr("x"));
        assertTrue(right - tspan.text().length() * CHAR_WIDTH >= 0, () -> "clipped on the left: " + tspan.text());
        assertTrue(tspan.text().length() <= 34, () -> "too long a line: " + tspan.text());
      }
      for (Element value : svg.select("g > text:not([text-anchor])")) {
        double left = Double.parseDouble(value.attr("x"));
        assertTrue(left + value.ownText().length() * CHAR_WIDTH <= width, () -> "clipped on the right: " + value.text());
      }
    }
  }

  private static int columnIndex(Element table, String header) {
    Elements headers = table.select("thead th");
    for (int i = 0; i < headers.size(); i++) {
      if (headers.get(i).text().equals(header)) {
        return i;
      }
    }
    throw new AssertionError("no column " + header);
  }
}
