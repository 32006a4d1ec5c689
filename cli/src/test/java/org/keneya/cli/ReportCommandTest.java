package org.keneya.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keneya.core.data.Dataset;
import org.keneya.model.Budget;
import org.keneya.model.Recommendation;
import org.keneya.seeds.Seeds;

/** {@code keneya report}: the seeds, generated data and a dataset whose figures are known, as text and HTML. */
class ReportCommandTest {
  private static final List<String> HEADINGS = List.of(
      "Keneya report", "1. Overview", "2. Follow-up as of 1 January 2025", "3. Recommendations by pillar or theme",
      "4. Recommendations by responsible actor", "5. Recommendations by status", "6. Deadlines and horizons",
      "7. Timeline of events and decisions", "8. Budget execution");
  /** A resource fetched from elsewhere: src/href to http(s), a CSS url() or @import, a script. */
  private static final Pattern EXTERNAL = Pattern.compile(
      "(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//|url\\(|@import|<script|<link|<img|<iframe");

  @TempDir
  Path dir;

  @Test
  void reportsOnTheSeedsAsText() {
    Cli.Result result = Cli.run("report", "--as-of", "2025-01-01");
    assertEquals(0, result.exit(), result::toString);
    assertEquals("", result.err());
    HEADINGS.forEach(h -> assertTrue(result.out().contains(h), () -> "missing " + h + "\n" + result.out()));
    assertTrue(result.out().contains("Source: the embedded seeds"), result.out());
    Dataset seeds = Seeds.load();
    assertTrue(result.out().contains("Validation: " + Seeds.report().summary()), result.out());
    int recommendations = seeds.entities(Recommendation.class).size();
    assertTrue(Pattern.compile("(?m)^  Total +" + recommendations + " ").matcher(result.out()).find(), result.out());
    for (Budget budget : seeds.entities(Budget.class)) {
      assertTrue(result.out().contains("budget " + budget.id() + ")"), () -> budget.id() + " missing\n" + result.out());
    }
    // ANTIM 2023 by source, and the 2024 forecast known only by its stated total, its -11 % flagged
    String budgets = result.out().substring(result.out().indexOf("8. Budget execution"));
    assertTrue(Pattern.compile("State +XOF 860,657,000 +XOF 440,213,000 +XOF 422,284,190 +XOF 420,003,642")
        .matcher(budgets).find(), budgets);
    // the sources give no notified amount for own resources: "—", not 0
    assertTrue(Pattern.compile("Own resources +XOF 120,000,000 +— +XOF 36,168,157").matcher(budgets).find(), budgets);
    assertTrue(Pattern.compile("Stated totals +XOF 1,139,721,000").matcher(budgets).find(), budgets);
    assertTrue(Pattern.compile("! Variation from 2023 \\(antim-2023\\) +forecast change +-0.08% +-11%").matcher(budgets).find(), budgets);
    assertTrue(flat(budgets).contains("1 of 9 stated figures disagrees (flagged)."), budgets);
  }

  @Test
  void reportsOnTheSeedsAsOneSelfContainedHtmlPage() {
    Path html = dir.resolve("report.html");
    Cli.Result result = Cli.run("report", "--as-of", "2025-01-01", "--format", "html", "--output", Cli.s(html));
    assertEquals(0, result.exit(), result::toString);
    assertEquals("", result.out());
    String page = Cli.read(html);
    assertSelfContained(page);
    assertEquals(List.of("report.html"), Cli.list(dir));
  }

  @Test
  void showsPastDueDeadlinesLeadActorsAndDisagreeingFigures() {
    Path input = Cli.writeJson(ReportFixture.dataset(), dir.resolve("fixture.json"));
    Cli.Result result = Cli.run("report", Cli.s(input), "--as-of", "2025-01-01");
    assertEquals(0, result.exit(), result::toString);
    String text = result.out();
    HEADINGS.forEach(h -> assertTrue(text.contains(h), () -> "missing " + h + "\n" + text));

    String pillars = section(text, "3. ");
    assertTrue(Pattern.compile("HBHI +P1 Political engagement +2 +1 +1").matcher(pillars).find(), pillars);
    assertTrue(Pattern.compile("\\(no pillar or theme\\) +1 +1 +0").matcher(pillars).find(), pillars);

    String actors = section(text, "4. ");
    assertTrue(Pattern.compile("DNS — Direction nationale de la santé +2 +1 +1 +DNS").matcher(actors).find(), actors);
    assertTrue(Pattern.compile("\\(none named\\) +1 +1 +0 +DRS/DRSV/DRA/DREF/Partenaires").matcher(actors).find(), actors);

    String statuses = section(text, "5. ");
    assertTrue(Pattern.compile("Completed +completed +1 +25.00%").matcher(statuses).find(), statuses);
    assertTrue(Pattern.compile("not reported +2 +50.00%").matcher(statuses).find(), statuses);

    String asOf = section(text, "2. ");
    assertTrue(Pattern.compile("DNS — Direction nationale de la santé +lead +r1 +Mettre en place une commission sur la"
        + " gestion des… +30 June 2024 +185 +avant fin juin 2024 +due 30 June 2024, as written").matcher(asOf).find(), asOf);
    assertFalse(asOf.contains(" r2 "), asOf); // past its deadline but completed
    assertFalse(asOf.contains(" r3 "), asOf); // due in 2026
    assertTrue(flat(asOf).contains("4 items followed up on 1 January 2025: 3 open, 1 overdue, 0 due within 30 days,"), asOf);

    String budgets = section(text, "8. ");
    assertTrue(budgets.contains("ANTIM — Agence nationale de télésanté et d'informatique médicale — fiscal year 2023"), budgets);
    assertTrue(Pattern.compile("State +XOF 1,020,657,000 +XOF 553,610,884 +XOF 551,330,336 +54.02%").matcher(budgets).find(),
        budgets);
    assertTrue(Pattern.compile("Total of the lines +XOF 1,140,657,000 +XOF 589,779,041 +XOF 577,379,250 +50.62%")
        .matcher(budgets).find(), budgets);
    assertTrue(Pattern.compile("Own resources +Mobilized / Forecast +30.14% +30% +30% +agrees").matcher(budgets).find(), budgets);
    assertTrue(Pattern.compile("! Whole budget +Mobilized / Forecast +51.71% +60% +soit 60% +DISAGREES: rounds to 52%")
        .matcher(budgets).find(), budgets);
    assertTrue(Pattern.compile("! Variation from 2023 \\(antim-2023\\) +forecast change +-0.08% +-11% +moins 11% +DISAGREES: rounds to 0%")
        .matcher(budgets).find(), budgets);
    assertTrue(flat(budgets).contains("2 of 3 stated figures disagree (flagged)."), budgets);
  }

  @Test
  void isDeterministicForAFixedDate() {
    Path input = Cli.writeJson(Cli.generated(11, 60), dir.resolve("generated.json"));
    for (String language : List.of("fr", "en")) {
      for (String format : List.of("text", "html")) {
        Cli.Result first = Cli.run("report", Cli.s(input), "--as-of", "2024-07-01", "--lang", language, "--format", format);
        Cli.Result second = Cli.run("report", Cli.s(input), "--as-of", "2024-07-01", "--lang", language, "--format", format);
        assertEquals(0, first.exit(), first::toString);
        assertEquals(first.out(), second.out());
      }
    }
  }

  @Test
  void reportsOnGeneratedDataInEveryInputFormatAlike() {
    Path json = Cli.writeJson(Cli.generated(12, 40), dir.resolve("data.json"));
    Path zip = dir.resolve("data.zip");
    assertEquals(0, Cli.run("convert", Cli.s(json), Cli.s(zip)).exit());
    Cli.Result fromJson = Cli.run("report", Cli.s(json), "--as-of", "2025-01-01", "--format", "html");
    Cli.Result fromZip = Cli.run("report", Cli.s(zip), "--as-of", "2025-01-01", "--format", "html");
    assertEquals(0, fromJson.exit(), fromJson::toString);
    assertSelfContained(fromJson.out());
    assertTrue(fromJson.out().contains("<tr class=\"total\">"), "tables with totals");
    assertEquals(fromJson.out().replace("data.json", "data.zip"), fromZip.out());
  }

  @Test
  void htmlEscapesTheData() {
    Path input = Cli.writeJson(ReportFixture.dataset(), dir.resolve("fixture.json"));
    Cli.Result result = Cli.run("report", Cli.s(input), "--as-of", "2025-01-01", "--format", "html");
    assertEquals(0, result.exit(), result::toString);
    assertSelfContained(result.out());
    assertTrue(result.out().contains("d&#39;informatique médicale"), "apostrophes escaped");
    assertTrue(result.out().contains("<tr class=\"flag\">"), "disagreeing figures flagged");
  }

  @Test
  void aMissingInputIsAnIoFailure() {
    Cli.Result result = Cli.run("report", Cli.s(dir.resolve("nowhere.json")));
    assertEquals(4, result.exit(), result::toString);
    assertEquals(List.of("keneya: " + dir.resolve("nowhere.json") + ": no such file or directory"), result.errLines());
  }

  @Test
  void anUnknownLanguageOrANegativeDelayIsAUsageError() {
    Cli.Result language = Cli.run("report", "--lang", "de");
    assertEquals(2, language.exit(), language::toString);
    assertTrue(language.err().contains("--lang"), language.err());
    Cli.Result days = Cli.run("report", "--due-within", "-1");
    assertEquals(2, days.exit(), days::toString);
    assertTrue(days.err().contains("--due-within"), days.err());
  }

  @Test
  void aWrongDateIsAUsageError() {
    Cli.Result result = Cli.run("report", "--as-of", "2025-13-01");
    assertEquals(2, result.exit(), result::toString);
    assertTrue(result.err().contains("--as-of"), result.err());
  }

  private static void assertSelfContained(String page) {
    assertTrue(page.startsWith("<!DOCTYPE html>"), "an HTML page");
    assertTrue(page.contains("<svg"), "inline SVG charts");
    assertTrue(page.contains("<style>"), "inline CSS");
    assertFalse(page.contains("http://"), "no http:// resource");
    assertFalse(page.contains("https://"), "no https:// resource");
    assertFalse(Pattern.compile("=\"-?\\d+,\\d").matcher(page).find(), "no decimal comma from the default locale");
    assertFalse(EXTERNAL.matcher(page).find(), () -> "an external resource: " + EXTERNAL.matcher(page).results()
        .map(m -> m.group()).toList());
  }

  /** The text of the section whose heading starts with {@code number}, up to the next heading. */
  private static String section(String text, String number) {
    int start = text.indexOf("\n" + number);
    int end = text.indexOf("\n" + (Integer.parseInt(number.substring(0, 1)) + 1) + ". ", start + 1);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  /** Notes are wrapped: a sentence is looked for with its line breaks as spaces. */
  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
