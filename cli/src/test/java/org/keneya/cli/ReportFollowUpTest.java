package org.keneya.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.PartialDate;
import org.keneya.core.value.Ref;
import org.keneya.model.Actor;
import org.keneya.model.Event;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Recommendation;

/**
 * The follow-up sections on {@link FollowUpFixture}, in French and in English: overdue and due-soon
 * items per responsible actor and role with how their date was derived, the undated item with the
 * reason, progress per actor, the timeline; and the text report's handling of control characters.
 */
class ReportFollowUpTest {
  @TempDir
  Path dir;

  private Document html(Dataset dataset, String language, String... more) {
    Path input = Cli.writeJson(dataset, dir.resolve("fixture-" + language + ".json"));
    List<String> args = new ArrayList<>(List.of("report", Cli.s(input), "--as-of", "2025-01-01", "--lang",
        language, "--format", "html"));
    args.addAll(List.of(more));
    Cli.Result result = Cli.run(args.toArray(String[]::new));
    assertEquals(0, result.exit(), result::toString);
    return Jsoup.parse(result.out());
  }

  /** The rows, as their cells' texts, of the table of section {@code id} whose caption starts with {@code caption}. */
  private static List<List<String>> rows(Document page, String id, String caption) {
    Element table = page.getElementById(id).select("table").stream()
        .filter(t -> t.selectFirst("caption").text().startsWith(caption)).findFirst()
        .orElseThrow(() -> new AssertionError("no table " + caption + " in\n" + page.getElementById(id)));
    return table.select("tbody tr").stream().map(tr -> tr.select("td").stream().map(Element::text).toList()).toList();
  }

  @Test
  void overdueDueSoonAndUndatedInFrench() {
    Document page = html(FollowUpFixture.dataset(), "fr");
    String dns = "DNS — Direction nationale de la santé";
    String antim = "ANTIM — Agence nationale de télésanté et d'informatique médicale";
    assertEquals(List.of(
        List.of(antim, "appui", "late", "Mettre en place une commission sur la gestion des ASC", "30 juin 2024", "185",
            "avant fin juin 2024", "le 30 juin 2024, date écrite"),
        List.of(dns, "chef de file", "before-ct", "Présenter le plan de suivi", "2 mai 2024", "244", "Avant CT 2024",
            "avant « CT 2024 » (Comité technique 2024), qui commence le 2 mai 2024"),
        List.of(dns, "chef de file", "late", "Mettre en place une commission sur la gestion des ASC", "30 juin 2024", "185",
            "avant fin juin 2024", "le 30 juin 2024, date écrite")),
        rows(page, "as-of", "En retard au 1er janvier 2025"));
    assertEquals(List.of(List.of(antim, "chef de file", "soon", "Former les agents de santé communautaire",
            "20 janvier 2025", "19", "d'ici le 20 janvier 2025", "le 20 janvier 2025, date écrite")),
        rows(page, "as-of", "À échéance d’ici le 31 janvier 2025 (dans les 30 jours)"));
    assertEquals(List.of(List.of("vague", "Renforcer la supervision dans les régions", "(aucun nommé)", "dans un bref délai",
            "aucune date ne peut être déduite de la formulation")),
        rows(page, "as-of", "Ouverts au 1er janvier 2025 avec une échéance"));
    assertEquals(List.of(
            List.of(antim, "chef de file", "1", "0", "0"),
            List.of(antim, "appui", "1", "0", "1"),
            List.of(dns, "chef de file", "2", "0", "2"),
            List.of("(aucun nommé)", "", "1", "0", "0")),
        rows(page, "as-of", "Avancement par acteur responsable"));
    assertEquals(List.of(List.of("2–3 mai 2024", "Réunion", "Comité technique", "Comité technique 2024")),
        rows(page, "timeline", "Chronologie"));
  }

  @Test
  void overdueDueSoonAndUndatedInEnglish() {
    Document page = html(FollowUpFixture.dataset(), "en", "--due-within", "10");
    String dns = "DNS — National Health Directorate";
    assertEquals(List.of("DNS — National Health Directorate", "lead", "before-ct", "Présenter le plan de suivi",
            "2 May 2024", "244", "Avant CT 2024", "before “CT 2024” (Technical committee 2024), which starts 2 May 2024"),
        rows(page, "as-of", "Overdue as of 1 January 2025").get(1));
    // due on the 20th: not within 10 days
    assertTrue(page.getElementById("as-of").select("p.empty").eachText()
        .contains("Due by 11 January 2025 (within 10 days), by responsible actor: none."), page::html);
    assertEquals(List.of(List.of("vague", "Renforcer la supervision dans les régions", "(none named)", "dans un bref délai",
            "no date can be derived from the wording")),
        rows(page, "as-of", "Open on 1 January 2025 with a deadline"));
    assertTrue(rows(page, "as-of", "Progress by responsible actor").contains(List.of(dns, "lead", "2", "0", "2")));
    assertEquals(List.of(List.of("2–3 May 2024", "Meeting", "Technical committee", "Technical committee 2024")),
        rows(page, "timeline", "Timeline"));
  }

  @Test
  void aDeadlineAtAnEventKnownToTheMonthSaysWhichDayWasRead() {
    Actor antim = Actor.builder().id(Id.of("antim")).type(HealthCodelists.AGENCY).acronym("ANTIM")
        .name(LocalizedText.fr("Agence nationale de télésanté et d'informatique médicale")).build();
    Event letter = Event.builder().id(Id.of("lettre-accord")).type(HealthCodelists.LETTER_OF_AGREEMENT)
        .title(LocalizedText.fr("Lettre d'accord entre le projet SanDi et l'ANTIM")).date(PartialDate.ofMonth(2024, 6))
        .addActors(Actor.ref("antim")).build();
    Recommendation atSigning = Recommendation.builder().id(Id.of("at-signing")).type(HealthCodelists.RECOMMENDATION)
        .statement(LocalizedText.fr("Préparer le plan de travail")).addLead(Actor.ref("antim"))
        .deadline(Deadline.builder().from(Deadline.atEvent("à la signature de la lettre d'accord", "signature"))
            .eventRef(Ref.of("event", "lettre-accord")).build()).build();
    Dataset dataset = Dataset.of(KindRegistry.load(), List.of(antim, letter, atSigning));
    Document page = html(dataset, "fr");
    String reason = "à « signature » (Lettre d'accord entre le projet SanDi et l'ANTIM), qui se termine le 30 juin 2024 "
        + "(date connue seulement comme juin 2024)";
    assertEquals(List.of(List.of("ANTIM — Agence nationale de télésanté et d'informatique médicale", "chef de file",
            "at-signing", "Préparer le plan de travail", "30 juin 2024", "185", "à la signature de la lettre d'accord",
            reason)),
        rows(page, "as-of", "En retard au 1er janvier 2025"));
    assertTrue(rows(page, "timeline", "Chronologie").stream()
            .anyMatch(r -> r.get(0).equals("juin 2024") && r.get(1).equals("Événement ou décision")),
        () -> rows(page, "timeline", "Chronologie").toString());
  }

  @Test
  void theTextReportKeepsItsLayoutWhateverTheNamesHold() {
    Dataset fixture = ReportFixture.dataset();
    Actor antim = Actor.builder().id(Id.of("antim")).type(HealthCodelists.AGENCY).acronym("ANTIM")
        .name(LocalizedText.fr("Agence nationale\nde télésanté\tet d'informatique\r\nmédicale\u001B[31m")).build();
    Dataset dataset = Dataset.builder(fixture.registry())
        .addAll(fixture.entities().stream().filter(e -> !e.id().value().equals("antim")).toList())
        .add(antim).build();
    Path input = Cli.writeJson(dataset, dir.resolve("names.json"));
    for (String language : List.of("fr", "en")) {
      Cli.Result result = Cli.run("report", Cli.s(input), "--as-of", "2025-01-01", "--lang", language);
      assertEquals(0, result.exit(), result::toString);
      String text = result.out();
      assertFalse(text.contains("\t"), "a raw tab");
      assertFalse(text.contains("\r"), "a raw carriage return");
      assertFalse(text.contains("\u001B"), "a raw escape");
      String name = "ANTIM — Agence nationale de télésanté et d'informatique médicale\\u001B[31m";
      // the budget's caption, a heading made from the name, stays on one line
      String caption = name + (language.equals("fr") ? " — exercice 2023" : " — fiscal year 2023");
      assertTrue(text.lines().anyMatch(l -> l.startsWith(caption)), text);
      // and the rows of the table it heads stay aligned: each as wide as the ruler under the header
      List<String> lines = text.lines().toList();
      int at = lines.indexOf(lines.stream().filter(l -> l.startsWith(caption)).findFirst().orElseThrow());
      int ruler = lines.get(at + 2).length();
      assertTrue(lines.get(at + 3).length() <= ruler && lines.get(at + 3).length() > ruler - 10, lines.get(at + 3));
    }
  }
}
