package org.keneya.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.keneya.core.value.Code;
import org.keneya.core.value.Ref;
import org.keneya.model.Actor;
import org.keneya.model.Budget;
import org.keneya.model.Finding;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Meeting;
import org.keneya.model.Recommendation;

/**
 * Pins what was transcribed from 004_946068f5b7174bd1.txt, the ministry's workshops page (document
 * {@code msds-ateliers}). Counted by reading: ten workshop reports (the RSU and PRUSS ones also on
 * the publications page, one record each); recommendations are the items of each « recommandations
 * suivantes » list — VBG 7 dashes, CHU-BSS Kati 10 numbered items, PRODESS HR group 16 dashes plus
 * 4 « prochaines étapes », COVID-19 risk-communication review 6 bullets, PRUSS 2 table rows; findings
 * are the CHU-BSS SWOT observations (7 strengths, 10 weaknesses) and the HR group's conclusion,
 * strength and 5 challenges.
 */
class MinistryWorkshopsSeedTest {
  private static final SeedDocument DOC = SeedDocument.MINISTRY_WORKSHOPS;

  private static <T> Map<String, Long> count(List<T> items, Function<T, Code> type) {
    return items.stream().collect(Collectors.groupingBy(i -> type.apply(i).value(), Collectors.counting()));
  }

  private static Meeting meeting(String id) {
    return Seeds.load().get(Ref.<Meeting>of("meeting", id)).orElseThrow();
  }

  @Test
  void tenWorkshopsOneOfThemOnlyAnnounced() {
    List<Meeting> meetings = Seeds.citing(DOC, Meeting.class);
    assertEquals(10, meetings.size());
    assertEquals(List.of("cartographie-personnel-sante-bamako-2020"),
        meetings.stream().filter(m -> m.status().equals(HealthCodelists.ANNOUNCED)).map(m -> m.id().value()).toList(),
        "« se tiendra »: announced, not reported");
  }

  @Test
  void recommendationsPerWorkshopAsListed() {
    List<Recommendation> recs = Seeds.citing(DOC, Recommendation.class);
    assertEquals(Map.of("recommendation", 41L, "next-step", 4L), count(recs, Recommendation::type));
    assertEquals(Map.of("atelier-vbg-points-focaux-2022", 7L, "atelier-plan-communication-chu-kati-2019", 10L,
            "gt-prodess-rh-2020", 20L, "revue-plan-crec-covid19-2021", 6L, "atelier-pruss-gao-2022", 2L),
        recs.stream().collect(Collectors.groupingBy(r -> r.meeting().orElseThrow().id().value(), Collectors.counting())));
    Recommendation internet = Seeds.load().get(Ref.<Recommendation>of("recommendation", "gt-prodess-rh-2020.r15")).orElseThrow();
    assertEquals("les DRS, CSRéf, Services centraux, les hôpitaux", internet.responsibleAsWritten().orElseThrow());
    assertEquals(4, internet.lead().size());
  }

  @Test
  void actorsAndNoBudget() {
    // every organisation, group and person in a role that the ten reports name, as transcribed
    assertEquals(92, Seeds.citing(DOC, Actor.class).size());
    assertEquals(0, Seeds.citing(DOC, Budget.class).size(), "no budget figure on the page");
  }

  @Test
  void findingsByType() {
    assertEquals(Map.of("weakness", 10L, "strength", 8L, "challenge", 5L, "conclusion", 1L),
        count(Seeds.citing(DOC, Finding.class), Finding::type));
  }

  @Test
  void aRecommendationsHeadingWithNothingAfterItIsRecorded() {
    Meeting ebola = meeting("atelier-supports-ebola-fana-2021");
    assertTrue(ebola.gaps().stream().anyMatch(g -> g.text().contains("les recommandations suivantes ont été formulées")), ebola.gaps()::toString);
    assertEquals(0, Seeds.citing(DOC, Recommendation.class).stream()
        .filter(r -> r.meeting().orElseThrow().id().value().equals("atelier-supports-ebola-fana-2021")).count());
  }

  @Test
  void datesAsTheReportsGiveThem() {
    Meeting hr = meeting("gt-prodess-rh-2020");
    assertEquals(LocalDate.of(2020, 6, 18), hr.dates().orElseThrow().start());
    assertEquals(LocalDate.of(2020, 6, 19), hr.dates().orElseThrow().end());
  }
}
